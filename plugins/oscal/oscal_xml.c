/* SPDX-License-Identifier: MIT */
#include <limits.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/tree.h>
#include <libxml/xmlerror.h>

#include "oscal_text.h"
#include "oscal_xml.h"

#define OSCAL_NS "http://csrc.nist.gov/ns/oscal/1.0"

/* libxml2 2.12 made the error argument const */
#if LIBXML_VERSION >= 21200
typedef const xmlError *error_ptr;
#else
typedef xmlErrorPtr error_ptr;
#endif

/* --- the view ------------------------------------------------------------ */

static int is_oscal(const xmlNode *n, const char *local)
{
	/* the name first: it differs far more often than the namespace */
	return n->type == XML_ELEMENT_NODE &&
	       strcmp((const char *)n->name, local) == 0 && n->ns &&
	       strcmp((const char *)n->ns->href, OSCAL_NS) == 0;
}

static const char *const list_names[OC_LIST_COUNT] = {
	[OC_METADATA] = "metadata", [OC_GROUPS] = "group",
	[OC_CONTROLS] = "control", [OC_PARTS] = "part", [OC_PROPS] = "prop",
	[OC_LINKS] = "link", [OC_PARAMS] = "param", [OC_SELECT] = "select",
	[OC_CHOICES] = "choice", [OC_IMPORTS] = "import",
	[OC_INCLUDE_ALL] = "include-all", [OC_INCLUDE_CONTROLS] = "include-controls",
	[OC_EXCLUDE_CONTROLS] = "exclude-controls", [OC_WITH_IDS] = "with-id",
	[OC_MATCHING] = "matching", [OC_BACK_MATTER] = "back-matter",
	[OC_RESOURCES] = "resource",
};

static const char *const field_names[OC_FIELD_COUNT] = {
	[OC_ID] = "id", [OC_CLASS] = "class", [OC_NAME] = "name",
	[OC_VALUE] = "value", [OC_HREF] = "href", [OC_REL] = "rel",
	[OC_HOW_MANY] = "how-many", [OC_VERSION] = "version",
	[OC_PUBLISHED] = "published", [OC_LAST_MODIFIED] = "last-modified",
	[OC_UUID] = "uuid", [OC_PATTERN] = "pattern",
	[OC_WITH_CHILD_CONTROLS] = "with-child-controls",
};

/* These fields are child elements in XML; the others are attributes. */
static int field_is_element(enum oc_field f)
{
	return f == OC_VERSION || f == OC_PUBLISHED || f == OC_LAST_MODIFIED;
}

static const xmlNode *find_from(const xmlNode *n, const char *local)
{
	for (; n; n = n->next)
		if (is_oscal(n, local))
			return n;
	return NULL;
}

static const void *x_first(const void *node, enum oc_list l)
{
	return find_from(((const xmlNode *)node)->children, list_names[l]);
}

static const void *x_next(const void *node, enum oc_list l)
{
	return find_from(((const xmlNode *)node)->next, list_names[l]);
}

/* The text of a node holding one text node (or none: ""); else NULL. */
static const char *only_text(const xmlNode *first)
{
	if (!first)
		return "";
	if (first->type == XML_TEXT_NODE && !first->next)
		return (const char *)first->content;
	return NULL;
}

static const char *attr(const xmlNode *n, const char *name)
{
	for (const xmlAttr *a = n->properties; a; a = a->next)
		if (!a->ns && strcmp((const char *)a->name, name) == 0)
			return only_text(a->children);
	return NULL;
}

static const char *x_field(const void *node, enum oc_field f)
{
	const xmlNode *n = node;

	if (f == OC_TEXT)
		return only_text(n->children);
	if (field_is_element(f)) {
		const xmlNode *e = find_from(n->children, field_names[f]);
		return e ? only_text(e->children) : NULL;
	}
	return attr(n, field_names[f]);
}

/* Inline markup: formatting is dropped, quotes kept, inserts rendered. */
static void render_inline(const xmlNode *n, struct oc_text *out)
{
	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE) {
			oc_text_puts(out, (const char *)c->content);
		} else if (c->type != XML_ELEMENT_NODE) {
			continue;  /* comments, processing instructions */
		} else if (strcmp((const char *)c->name, "insert") == 0) {
			const char *type = attr(c, "type"), *id = attr(c, "id-ref");

			if (type && id)
				oc_text_insert(out, type, strlen(type), id, strlen(id));
		} else if (strcmp((const char *)c->name, "q") == 0) {
			/* OSCAL's Markdown writes <q> as quote marks */
			oc_text_puts(out, "\"");
			render_inline(c, out);
			oc_text_puts(out, "\"");
		} else {
			render_inline(c, out);
		}
	}
}

static int name_in(const xmlNode *n, const char *const *names)
{
	for (; *names; names++)
		if (strcmp((const char *)n->name, *names) == 0)
			return 1;
	return 0;
}

/* Block markup: each paragraph, list item or table row is a paragraph. */
static void render_blocks(const xmlNode *n, struct oc_text *out, int *first)
{
	static const char *const containers[] = {
		"ul", "ol", "table", "thead", "tbody", "blockquote", NULL,
	};
	static const char *const paragraphs[] = {
		"p", "li", "tr", "pre", "h1", "h2", "h3", "h4", "h5", "h6", NULL,
	};

	for (const xmlNode *c = n->children; c; c = c->next) {
		if (c->type != XML_ELEMENT_NODE || !c->ns ||
		    strcmp((const char *)c->ns->href, OSCAL_NS) != 0)
			continue;
		if (name_in(c, containers)) {
			render_blocks(c, out, first);
		} else if (name_in(c, paragraphs)) {
			if (!*first)
				oc_text_break(out);
			*first = 0;
			render_inline(c, out);
		}
		/* anything else is structure (title, prop, part...), not prose */
	}
}

static void x_markup(const void *node, enum oc_markup m, struct oc_text *out)
{
	const xmlNode *n = node;
	int first = 1;

	switch (m) {
	case OC_TITLE:
		n = find_from(n->children, "title");
		break;
	case OC_LABEL:
		n = find_from(n->children, "label");
		break;
	case OC_PROSE:
		render_blocks(n, out, &first);
		return;
	case OC_DESCRIPTION:
		n = find_from(n->children, "description");
		if (n)
			render_blocks(n, out, &first);
		return;
	case OC_SELF:
		break;
	}
	if (n)
		render_inline(n, out);
}

static unsigned x_line(const void *node)
{
	long l = xmlGetLineNo((const xmlNode *)node);

	return l > 0 && l <= (long)UINT_MAX ? (unsigned)l : 0;
}

/* libxml2 keeps no column for elements */
static unsigned x_column(const void *node)
{
	return 0;
}

static const struct oc_view_ops xml_ops = {
	.first = x_first,
	.next = x_next,
	.field = x_field,
	.markup = x_markup,
	.line = x_line,
	.column = x_column,
};

/* --- parsing ------------------------------------------------------------- */

struct parse_state {
	int doctype;                /* a DOCTYPE was met; parsing stopped there */
	unsigned doctype_line, doctype_col;
	int failed;                 /* the first error is below */
	unsigned line, col;
	char message[256];
};

/*
 * SAX calls this when it has read "<!DOCTYPE name ExternalID" and before
 * it reads the internal subset, so stopping here means no declaration
 * is ever parsed, let alone an entity expanded.
 */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id,
		       const xmlChar *system_id)
{
	xmlParserCtxtPtr c = ctx;
	struct parse_state *s = c->_private;

	if (!s->doctype && c->input) {
		const xmlChar *p = c->input->cur;

		s->doctype = 1;
		s->doctype_line = (unsigned)c->input->line;
		s->doctype_col = (unsigned)c->input->col;
		/* the parser is past "<!DOCTYPE name ..."; point at its start
		 * when it is on the same line */
		while (p > c->input->base && *p != '\n' &&
		       xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) != 0)
			p--;
		if (xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) == 0 &&
		    (unsigned)(c->input->cur - p) < s->doctype_col)
			s->doctype_col -= (unsigned)(c->input->cur - p);
	}
	xmlStopParser(c);
}

/* Keeps the first error: later ones are usually its consequences. */
static void on_error(void *ctx, error_ptr e)
{
	xmlParserCtxtPtr c = ctx;
	struct parse_state *s = c->_private;
	const char *m = e->message ? e->message : "not well-formed";
	size_t n;

	if (s->failed || e->level == XML_ERR_WARNING)
		return;
	s->failed = 1;
	s->line = e->line > 0 ? (unsigned)e->line : 0;
	s->col = e->int2 > 0 ? (unsigned)e->int2 : 0;
	/* its first line: the next ones quote the input */
	snprintf(s->message, sizeof(s->message), "%.*s", (int)strcspn(m, "\n"), m);
	n = strlen(s->message);
	while (n && s->message[n - 1] == ' ')
		s->message[--n] = '\0';
}

void oscal_xml_init(void)
{
	xmlInitParser();
}

/* Not an entity, no DTD, no network; errors come to on_error only.
 * COMPACT keeps short texts (the indentation) inside their nodes, which
 * makes the tree cheaper to build and to free. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
		       XML_PARSE_BIG_LINES | XML_PARSE_NOCDATA | XML_PARSE_COMPACT)

int oscal_xml_open(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, const char *root_name,
		   struct oscal_xml **out, struct oc_view *view)
{
	struct parse_state s = { 0 };
	xmlParserCtxtPtr ctxt;
	xmlDocPtr doc;
	xmlNodePtr root;

	*out = NULL;
	if (in->size > INT_MAX)
		return h->error(call, XW_ELIMIT, "XML file too large for libxml2");
	ctxt = xmlNewParserCtxt();
	if (!ctxt)
		return h->error(call, XW_ENOMEM, "out of memory");
	ctxt->_private = &s;
	ctxt->sax->internalSubset = on_doctype;
	ctxt->sax->serror = on_error;
	doc = xmlCtxtReadMemory(ctxt, (const char *)in->data, (int)in->size,
				in->path, NULL, PARSE_OPTIONS);
	xmlFreeParserCtxt(ctxt);
	if (s.doctype) {
		xmlFreeDoc(doc);
		h->at(call, s.doctype_line, s.doctype_col);
		return h->error(call, XW_EINVAL,
				"DOCTYPE not allowed: OSCAL needs none, and xwalk never "
				"reads DTDs or expands entities");
	}
	if (!doc || s.failed) {
		xmlFreeDoc(doc);
		h->at(call, s.line, s.col);
		return h->error(call, XW_ESYNTAX, "malformed XML: %s",
				s.failed ? s.message : "not well-formed");
	}
	root = xmlDocGetRootElement(doc);
	if (!root || !is_oscal(root, root_name)) {
		xmlFreeDoc(doc);
		return XW_EUNSUPPORTED;
	}
	view->ops = &xml_ops;
	view->root = root;
	*out = (struct oscal_xml *)doc;
	return 0;
}

void oscal_xml_close(struct oscal_xml *doc)
{
	xmlFreeDoc((xmlDocPtr)doc);
}
