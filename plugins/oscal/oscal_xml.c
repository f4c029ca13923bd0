/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "oscal_text.h"
#include "oscal_xml.h"

/* The element names the view asks for. */
enum {
	E_OTHER,
	E_CATALOG, E_PROFILE,
	E_METADATA, E_GROUP, E_CONTROL, E_PART, E_PROP, E_LINK, E_PARAM,
	E_SELECT, E_CHOICE, E_IMPORT, E_INCLUDE_ALL, E_INCLUDE_CONTROLS,
	E_EXCLUDE_CONTROLS, E_WITH_ID, E_MATCHING, E_BACK_MATTER, E_RESOURCE,
	E_VERSION, E_PUBLISHED, E_LAST_MODIFIED,
	E_TITLE, E_LABEL, E_DESCRIPTION, E_INSERT, E_Q,
	/* prose blocks, two runs that render_blocks() tests as ranges:
	 * containers, then paragraphs */
	E_UL, E_OL, E_TABLE, E_THEAD, E_TBODY, E_BLOCKQUOTE,
	E_P, E_LI, E_TR, E_PRE, E_H1, E_H2, E_H3, E_H4, E_H5, E_H6,
	E_COUNT
};

static const char *const element_names[E_COUNT] = {
	[E_CATALOG] = "catalog", [E_PROFILE] = "profile",
	[E_METADATA] = "metadata", [E_GROUP] = "group", [E_CONTROL] = "control",
	[E_PART] = "part", [E_PROP] = "prop", [E_LINK] = "link",
	[E_PARAM] = "param", [E_SELECT] = "select", [E_CHOICE] = "choice",
	[E_IMPORT] = "import", [E_INCLUDE_ALL] = "include-all",
	[E_INCLUDE_CONTROLS] = "include-controls",
	[E_EXCLUDE_CONTROLS] = "exclude-controls", [E_WITH_ID] = "with-id",
	[E_MATCHING] = "matching", [E_BACK_MATTER] = "back-matter",
	[E_RESOURCE] = "resource", [E_VERSION] = "version",
	[E_PUBLISHED] = "published", [E_LAST_MODIFIED] = "last-modified",
	[E_TITLE] = "title", [E_LABEL] = "label", [E_DESCRIPTION] = "description",
	[E_INSERT] = "insert", [E_Q] = "q",
	[E_UL] = "ul", [E_OL] = "ol", [E_TABLE] = "table", [E_THEAD] = "thead",
	[E_TBODY] = "tbody", [E_BLOCKQUOTE] = "blockquote",
	[E_P] = "p", [E_LI] = "li", [E_TR] = "tr", [E_PRE] = "pre",
	[E_H1] = "h1", [E_H2] = "h2", [E_H3] = "h3", [E_H4] = "h4",
	[E_H5] = "h5", [E_H6] = "h6",
};

/* The attributes the view reads. */
enum {
	A_NONE,
	A_ID, A_CLASS, A_NAME, A_VALUE, A_HREF, A_REL, A_HOW_MANY, A_UUID,
	A_PATTERN, A_WITH_CHILD_CONTROLS,
	A_TYPE, A_ID_REF,           /* an insert's */
	A_COUNT
};

static const char *const attribute_names[A_COUNT] = {
	[A_ID] = "id", [A_CLASS] = "class", [A_NAME] = "name",
	[A_VALUE] = "value", [A_HREF] = "href", [A_REL] = "rel",
	[A_HOW_MANY] = "how-many", [A_UUID] = "uuid", [A_PATTERN] = "pattern",
	[A_WITH_CHILD_CONTROLS] = "with-child-controls",
	[A_TYPE] = "type", [A_ID_REF] = "id-ref",
};

/* The structure the view walks by its elements only: it reads their
 * attributes and children, never their own text. Prose containers (ul,
 * table...) are not among them: a list inside a list item is rendered
 * as inline text, blanks included. */
static const unsigned char element_only[E_COUNT] = {
	[E_CATALOG] = 1, [E_PROFILE] = 1, [E_METADATA] = 1, [E_GROUP] = 1,
	[E_CONTROL] = 1, [E_PART] = 1, [E_PROP] = 1, [E_LINK] = 1,
	[E_PARAM] = 1, [E_SELECT] = 1, [E_IMPORT] = 1, [E_INCLUDE_ALL] = 1,
	[E_INCLUDE_CONTROLS] = 1, [E_EXCLUDE_CONTROLS] = 1, [E_MATCHING] = 1,
	[E_BACK_MATTER] = 1, [E_RESOURCE] = 1, [E_DESCRIPTION] = 1,
};

static const struct ox_names oscal_names = {
	.ns = "http://csrc.nist.gov/ns/oscal/1.0",
	.elements = element_names, .n_elements = E_COUNT,
	.attributes = attribute_names, .n_attributes = A_COUNT,
	.element_only = element_only,
};

/* --- the view ------------------------------------------------------------ */

static const unsigned char list_elements[OC_LIST_COUNT] = {
	[OC_METADATA] = E_METADATA, [OC_GROUPS] = E_GROUP,
	[OC_CONTROLS] = E_CONTROL, [OC_PARTS] = E_PART, [OC_PROPS] = E_PROP,
	[OC_LINKS] = E_LINK, [OC_PARAMS] = E_PARAM, [OC_SELECT] = E_SELECT,
	[OC_CHOICES] = E_CHOICE, [OC_IMPORTS] = E_IMPORT,
	[OC_INCLUDE_ALL] = E_INCLUDE_ALL, [OC_INCLUDE_CONTROLS] = E_INCLUDE_CONTROLS,
	[OC_EXCLUDE_CONTROLS] = E_EXCLUDE_CONTROLS, [OC_WITH_IDS] = E_WITH_ID,
	[OC_MATCHING] = E_MATCHING, [OC_BACK_MATTER] = E_BACK_MATTER,
	[OC_RESOURCES] = E_RESOURCE,
};

/* Fields are attributes, but for these child elements. */
static const unsigned char field_attributes[OC_FIELD_COUNT] = {
	[OC_ID] = A_ID, [OC_CLASS] = A_CLASS, [OC_NAME] = A_NAME,
	[OC_VALUE] = A_VALUE, [OC_HREF] = A_HREF, [OC_REL] = A_REL,
	[OC_HOW_MANY] = A_HOW_MANY, [OC_UUID] = A_UUID, [OC_PATTERN] = A_PATTERN,
	[OC_WITH_CHILD_CONTROLS] = A_WITH_CHILD_CONTROLS,
};

static const unsigned char field_elements[OC_FIELD_COUNT] = {
	[OC_VERSION] = E_VERSION, [OC_PUBLISHED] = E_PUBLISHED,
	[OC_LAST_MODIFIED] = E_LAST_MODIFIED,
};

static int is_oscal(const struct ox_node *n, unsigned name)
{
	return n->type == OX_ELEMENT && n->name == name && n->in_ns;
}

static const struct ox_node *find_from(const struct ox_node *n, unsigned name)
{
	for (; n; n = n->next)
		if (is_oscal(n, name))
			return n;
	return NULL;
}

static const void *x_first(const void *node, enum oc_list l)
{
	return find_from(((const struct ox_node *)node)->children, list_elements[l]);
}

static const void *x_next(const void *node, enum oc_list l)
{
	return find_from(((const struct ox_node *)node)->next, list_elements[l]);
}

/* The text of a node holding one text (or nothing: ""); else NULL. */
static const char *only_text(const struct ox_node *first)
{
	if (!first)
		return "";
	return first->type == OX_TEXT && !first->next ? first->text : NULL;
}

static const char *attr(const struct ox_node *n, unsigned name)
{
	for (unsigned i = 0; i < n->n_attrs; i++)
		if (n->attrs[i].name == name)
			return n->attrs[i].value;
	return NULL;
}

static const char *x_field(const void *node, enum oc_field f)
{
	const struct ox_node *n = node;

	if (f == OC_TEXT)
		return only_text(n->children);
	if (field_elements[f]) {
		const struct ox_node *e = find_from(n->children, field_elements[f]);
		return e ? only_text(e->children) : NULL;
	}
	return attr(n, field_attributes[f]);
}

/* Inline markup: formatting is dropped, quotes kept, inserts rendered.
 * An insert or a quote is known by its name in any namespace. */
static void render_inline(const struct ox_node *n, struct oc_text *out)
{
	for (const struct ox_node *c = n->children; c; c = c->next) {
		if (c->type == OX_TEXT) {
			oc_text_puts(out, c->text);
		} else if (c->type != OX_ELEMENT) {
			continue;  /* comments, processing instructions */
		} else if (c->name == E_INSERT) {
			const char *type = attr(c, A_TYPE), *id = attr(c, A_ID_REF);

			if (type && id)
				oc_text_insert(out, type, strlen(type), id, strlen(id));
		} else if (c->name == E_Q) {
			/* OSCAL's Markdown writes <q> as quote marks */
			oc_text_puts(out, "\"");
			render_inline(c, out);
			oc_text_puts(out, "\"");
		} else {
			render_inline(c, out);
		}
	}
}

/* Block markup: each paragraph, list item or table row is a paragraph. */
static void render_blocks(const struct ox_node *n, struct oc_text *out, int *first)
{
	for (const struct ox_node *c = n->children; c; c = c->next) {
		if (c->type != OX_ELEMENT || !c->in_ns)
			continue;
		if (c->name >= E_UL && c->name <= E_BLOCKQUOTE) {
			render_blocks(c, out, first);
		} else if (c->name >= E_P && c->name <= E_H6) {
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
	const struct ox_node *n = node;
	int first = 1;

	switch (m) {
	case OC_TITLE:
		n = find_from(n->children, E_TITLE);
		break;
	case OC_LABEL:
		n = find_from(n->children, E_LABEL);
		break;
	case OC_PROSE:
		render_blocks(n, out, &first);
		return;
	case OC_DESCRIPTION:
		n = find_from(n->children, E_DESCRIPTION);
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
	return ((const struct ox_node *)node)->line;
}

/* SAX tells where a start tag ends, not where it begins */
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

int oscal_xml_open(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, const char *root_name,
		   struct ox_doc *doc, struct oc_view *view)
{
	const struct ox_node *root;
	int rc = ox_parse(h, call, in, &oscal_names, doc);

	if (rc < 0)
		return rc;
	root = doc->root;
	if (!root || !root->in_ns || !root->name ||
	    strcmp(element_names[root->name], root_name) != 0) {
		ox_free(doc);
		return XW_EUNSUPPORTED;
	}
	view->ops = &xml_ops;
	view->root = root;
	return 0;
}
