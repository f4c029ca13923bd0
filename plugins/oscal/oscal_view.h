/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_VIEW_H
#define OSCAL_VIEW_H

/*
 * A read-only view of a parsed OSCAL document that hides whether it was
 * XML or JSON. OSCAL defines one model with two spellings: a control's
 * parts are <part> children in XML and a "parts" array in JSON, its id
 * is an attribute in XML and a key in JSON, its prose is mixed content
 * in XML and Markdown in JSON. The catalog and profile walkers are
 * written once against this view, so the two syntaxes cannot drift
 * apart; each syntax supplies the few operations below.
 *
 * Nodes are opaque pointers into the parsed document (an XML or a JSON
 * tree node) and live as long as it does; so do the strings the view
 * returns.
 */

#include <stddef.h>

struct oc_text;

/* The OSCAL lists a node can hold: in XML, child elements named by the
 * singular; in JSON, the array under the plural key (or a lone object). */
enum oc_list {
	OC_METADATA,   /* metadata / "metadata" */
	OC_GROUPS,     /* group / "groups" */
	OC_CONTROLS,   /* control / "controls" */
	OC_PARTS,      /* part / "parts" */
	OC_PROPS,      /* prop / "props" */
	OC_LINKS,      /* link / "links" */
	OC_PARAMS,     /* param / "params" */
	OC_SELECT,     /* select / "select" */
	OC_CHOICES,    /* choice / "choice" */
	/* a profile's */
	OC_IMPORTS,           /* import / "imports" */
	OC_INCLUDE_ALL,       /* include-all / "include-all" */
	OC_INCLUDE_CONTROLS,  /* include-controls / "include-controls" */
	OC_EXCLUDE_CONTROLS,  /* exclude-controls / "exclude-controls" */
	OC_WITH_IDS,          /* with-id / "with-ids": strings, read as OC_TEXT */
	OC_MATCHING,          /* matching / "matching" */
	OC_BACK_MATTER,       /* back-matter / "back-matter" */
	OC_RESOURCES,         /* resource / "resources" */
	OC_LIST_COUNT
};

/* Plain string fields: attributes or text-only child elements in XML. */
enum oc_field {
	OC_ID,
	OC_CLASS,
	OC_NAME,
	OC_VALUE,
	OC_HREF,
	OC_REL,
	OC_HOW_MANY,
	OC_VERSION,
	OC_PUBLISHED,
	OC_LAST_MODIFIED,
	OC_UUID,
	OC_PATTERN,
	OC_WITH_CHILD_CONTROLS,
	OC_TEXT,       /* the node's own text: a with-id */
	OC_FIELD_COUNT
};

/* Marked-up text, rendered to plain text through an oc_text. */
enum oc_markup {
	OC_TITLE,      /* markup-line: title / "title" */
	OC_LABEL,      /* markup-line: a param's label / "label" */
	OC_PROSE,      /* markup-multiline: a part's paragraphs / "prose" */
	OC_DESCRIPTION,   /* markup-multiline: description / "description" */
	OC_SELF,       /* the node itself is markup-line (a choice) */
};

struct oc_view_ops {
	/* The first node of list @l under @node, or NULL. */
	const void *(*first)(const void *node, enum oc_list l);
	/* The node after @node in the same list, or NULL. */
	const void *(*next)(const void *node, enum oc_list l);
	/* Field @f of @node, or NULL when absent or not plain text. */
	const char *(*field)(const void *node, enum oc_field f);
	/* Appends markup @m of @node to @out; nothing when absent. Paragraphs
	 * after the first start with oc_text_break(); inserts go to the
	 * text's insert callback. */
	void (*markup)(const void *node, enum oc_markup m, struct oc_text *out);
	/* Where @node starts in the file, 1-based; 0 when not known. */
	unsigned (*line)(const void *node);
	unsigned (*column)(const void *node);
};

struct oc_view {
	const struct oc_view_ops *ops;
	const void *root;             /* the catalog or profile object */
};

static inline const void *oc_first(const struct oc_view *v, const void *n,
				   enum oc_list l)
{
	return v->ops->first(n, l);
}

static inline const void *oc_next(const struct oc_view *v, const void *n,
				  enum oc_list l)
{
	return v->ops->next(n, l);
}

static inline const char *oc_field(const struct oc_view *v, const void *n,
				   enum oc_field f)
{
	return v->ops->field(n, f);
}

#endif
