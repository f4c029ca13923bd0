/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "oscal_catalog.h"
#include "oscal_index.h"
#include "oscal_meta.h"
#include "oscal_props.h"
#include "oscal_prose.h"
#include "oscal_successors.h"

struct walker {
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_framework *fw;
	const struct oc_view *v;
	struct oc_meta meta;
	struct oc_index *ix;
	struct oc_prose prose;        /* statements, and the scope of inserts */
	struct oc_text title;
	struct oc_text props;
	struct oc_successors succ;
	bool id_chars[128];           /* ASCII characters seen in ids */
	bool id_non_ascii;
};

static int oom(struct walker *w)
{
	return w->h->error(w->call, XW_ENOMEM, "out of memory");
}

/* --- kinds ---------------------------------------------------------------- */

/*
 * A class that names one of our item kinds (docs/formats.md) is taken as
 * the kind: the CSF catalog's "function", "category", "subcategory".
 * Other groups are categories (the SP 800-53 families), other controls
 * controls (controls and enhancements alike).
 */
static const char *kind_of(const char *cls, bool group)
{
	static const char *const kinds[] = {
		"function", "category", "subcategory", "requirement", "criterion",
		"clause", "theme", "control", "question", "label", "item",
	};

	for (size_t i = 0; cls && i < sizeof(kinds) / sizeof(kinds[0]); i++)
		if (strcmp(cls, kinds[i]) == 0)
			return kinds[i];
	return group ? "category" : "control";
}

/* --- items ---------------------------------------------------------------- */

static void note_id_chars(struct walker *w, const char *id)
{
	for (const unsigned char *p = (const unsigned char *)id; *p; p++) {
		if (*p < 128)
			w->id_chars[*p] = true;
		else
			w->id_non_ascii = true;
	}
}

static int set_texts(struct walker *w, const void *node, struct xw_item *it,
		     const char *item_id)
{
	int rc = 0;

	oc_text_clear(&w->title);
	w->v->ops->markup(node, OC_TITLE, &w->title);
	if (w->title.failed || oc_prose_statement(&w->prose, node, w->ix, item_id) < 0)
		return oom(w);
	if (w->title.len)
		rc = w->h->item_set(w->call, it, "title", "en", w->title.buf);
	if (rc == 0 && w->prose.text.len)
		rc = w->h->item_set(w->call, it, "text", "en", w->prose.text.buf);
	/* the English title and statement are the publisher's words */
	if (rc == 0 && (w->title.len || w->prose.text.len))
		rc = w->h->item_set(w->call, it, "authoritative", NULL, "en");
	return rc;
}

static int walk(struct walker *w, const void *node, bool group,
		const char *parent);

static int walk_children(struct walker *w, const void *node, const char *parent)
{
	const struct oc_view *v = w->v;
	int rc = 0;

	/* JSON keeps a group's controls and subgroups in separate lists, so
	 * XML is read the same way: controls first, then groups */
	for (const void *c = oc_first(v, node, OC_CONTROLS); c && rc == 0;
	     c = oc_next(v, c, OC_CONTROLS))
		rc = walk(w, c, false, parent);
	for (const void *g = oc_first(v, node, OC_GROUPS); g && rc == 0;
	     g = oc_next(v, g, OC_GROUPS))
		rc = walk(w, g, true, parent);
	return rc;
}

static int add_item(struct walker *w, const void *node, bool group,
		    const char *parent, const char *item_id)
{
	const struct oc_view *v = w->v;
	bool gone = oc_props_withdrawn(v, node);
	struct xw_item *it;
	int rc;

	rc = w->h->item_add(w->call, w->fw, &it);
	if (rc == 0)
		rc = w->h->item_set(w->call, it, "id", NULL, item_id);
	if (rc == 0 && parent)
		rc = w->h->item_set(w->call, it, "parent", NULL, parent);
	if (rc == 0)
		rc = w->h->item_set(w->call, it, "kind", NULL,
				    kind_of(oc_field(v, node, OC_CLASS), group));
	if (rc == 0)
		rc = set_texts(w, node, it, item_id);
	if (rc == 0 && gone)
		rc = w->h->item_set(w->call, it, "status", NULL, "withdrawn");
	if (rc == 0)
		rc = oc_props_set(w->h, w->call, v, node, it, &w->props);
	if (rc == 0 && gone && oc_successors_note(&w->succ, v, node, it, item_id) < 0)
		rc = oom(w);
	return rc;
}

/* One group or control, then what it holds: depth-first, as required. */
static int walk(struct walker *w, const void *node, bool group,
		const char *parent)
{
	const struct oc_view *v = w->v;
	const char *oscal_id = oc_field(v, node, OC_ID), *item_id;
	int rc;

	w->h->at(w->call, v->ops->line(node), v->ops->column(node));
	if (w->prose.depth == OC_MAX_NESTING)
		return w->h->error(w->call, XW_ELIMIT,
				   "groups and controls nested deeper than %d levels",
				   OC_MAX_NESTING);
	if (!oscal_id && !group)
		return w->h->error(w->call, XW_EINVAL, "a control without an id");
	w->prose.scope[w->prose.depth++] = node;
	if (!oscal_id) {
		/* an id-less group only gathers; its members go to its parent */
		rc = walk_children(w, node, parent);
		w->prose.depth--;
		return rc;
	}
	item_id = oc_meta_item_id(&w->meta, oscal_id);
	note_id_chars(w, item_id);
	if (oc_index_put(w->ix, oscal_id, item_id) < 0 ||
	    oc_index_put(w->ix, item_id, item_id) < 0)
		rc = oom(w);
	else
		rc = add_item(w, node, group, parent, item_id);
	if (rc == 0)
		rc = walk_children(w, node, item_id);
	w->prose.depth--;
	return rc;
}

/* --- the id pattern ------------------------------------------------------- */

/* For a catalog we do not know: a class of exactly the characters used. */
static int set_pattern(struct walker *w)
{
	char pat[3 * 128 + 32];
	size_t n = 0;

	if (w->meta.pattern)
		return w->h->framework_set(w->call, w->fw, "id-pattern", NULL,
					   w->meta.pattern);
	pat[n++] = '[';
	for (int c = 1; c < 128; c++) {
		if (!w->id_chars[c])
			continue;
		if (!((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')))
			pat[n++] = '\\';   /* PCRE2 takes any escaped punctuation literally */
		pat[n++] = (char)c;
	}
	if (w->id_non_ascii) {
		memcpy(pat + n, "\\x{80}-\\x{10ffff}", 17);
		n += 17;
	}
	if (n == 1)
		pat[n++] = 'a';   /* no items: any pattern will do */
	memcpy(pat + n, "]+", 3);
	return w->h->framework_set(w->call, w->fw, "id-pattern", NULL, pat);
}

int oc_catalog_read(const struct xw_host *h, struct xw_call *call,
		    const struct oc_view *v, struct xw_framework *fw)
{
	struct walker w = { .h = h, .call = call, .fw = fw, .v = v };
	int rc;

	oc_prose_init(&w.prose, v);
	oc_prose_text_init(&w.prose, &w.title);
	oc_text_init(&w.props, NULL, NULL);
	w.ix = oc_index_new();
	rc = w.ix ? oc_meta_read(h, call, v, fw, &w.meta) : oom(&w);
	if (rc == 0) {
		/* the catalog's own params are in scope for every statement */
		w.prose.scope[w.prose.depth++] = v->root;
		rc = walk_children(&w, v->root, NULL);
	}
	if (rc == 0)
		rc = oc_successors_resolve(&w.succ, h, call, w.ix);
	if (rc == 0)
		rc = set_pattern(&w);
	oc_successors_free(&w.succ);
	oc_index_free(w.ix);
	oc_text_free(&w.props);
	oc_text_free(&w.title);
	oc_prose_free(&w.prose);
	return rc;
}
