/* SPDX-License-Identifier: MIT */
#include "oscal_json.h"
#include "oscal_markdown.h"

static const char *const list_keys[OC_LIST_COUNT] = {
	[OC_METADATA] = "metadata", [OC_GROUPS] = "groups",
	[OC_CONTROLS] = "controls", [OC_PARTS] = "parts", [OC_PROPS] = "props",
	[OC_LINKS] = "links", [OC_PARAMS] = "params", [OC_SELECT] = "select",
	[OC_CHOICES] = "choice", [OC_IMPORTS] = "imports",
	[OC_INCLUDE_ALL] = "include-all", [OC_INCLUDE_CONTROLS] = "include-controls",
	[OC_EXCLUDE_CONTROLS] = "exclude-controls", [OC_WITH_IDS] = "with-ids",
	[OC_MATCHING] = "matching", [OC_BACK_MATTER] = "back-matter",
	[OC_RESOURCES] = "resources",
};

static const char *const field_keys[OC_FIELD_COUNT] = {
	[OC_ID] = "id", [OC_CLASS] = "class", [OC_NAME] = "name",
	[OC_VALUE] = "value", [OC_HREF] = "href", [OC_REL] = "rel",
	[OC_HOW_MANY] = "how-many", [OC_VERSION] = "version",
	[OC_PUBLISHED] = "published", [OC_LAST_MODIFIED] = "last-modified",
	[OC_UUID] = "uuid", [OC_PATTERN] = "pattern",
	[OC_WITH_CHILD_CONTROLS] = "with-child-controls",
};

/* A list is an array; a lone object or string counts as a list of one. */
static const void *j_first(const void *node, enum oc_list l)
{
	const struct oc_jnode *v = oc_json_get(node, list_keys[l]);

	return v && v->type == OC_JARRAY ? v->first : v;
}

/* Array elements have no key; a keyed node is a lone member, not a list. */
static const void *j_next(const void *node, enum oc_list l)
{
	const struct oc_jnode *n = node;

	return n->key ? NULL : n->next;
}

static const char *j_field(const void *node, enum oc_field f)
{
	const struct oc_jnode *v = f == OC_TEXT ? node : oc_json_get(node, field_keys[f]);

	return v && v->type == OC_JSTRING ? v->str : NULL;
}

static void j_markup(const void *node, enum oc_markup m, struct oc_text *out)
{
	static const char *const keys[] = {
		[OC_TITLE] = "title", [OC_LABEL] = "label", [OC_PROSE] = "prose",
		[OC_DESCRIPTION] = "description",
	};
	const struct oc_jnode *v = m == OC_SELF ? node : oc_json_get(node, keys[m]);

	if (v && v->type == OC_JSTRING)
		oc_markdown(v->str, v->len, m == OC_PROSE || m == OC_DESCRIPTION, out);
}

static unsigned j_line(const void *node)
{
	return ((const struct oc_jnode *)node)->line;
}

static unsigned j_column(const void *node)
{
	return ((const struct oc_jnode *)node)->column;
}

static const struct oc_view_ops json_ops = {
	.first = j_first,
	.next = j_next,
	.field = j_field,
	.markup = j_markup,
	.line = j_line,
	.column = j_column,
};

int oscal_json_open(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, const char *root_key,
		    struct oc_jdoc *doc, struct oc_view *view)
{
	const struct oc_jnode *root;
	int rc = oc_json_parse(h, call, in, doc);

	if (rc < 0)
		return rc;
	root = oc_json_get(doc->root, root_key);
	if (!root) {
		oc_json_free(doc);
		return XW_EUNSUPPORTED;
	}
	if (root->type != OC_JOBJECT) {
		h->at(call, root->line, root->column);
		oc_json_free(doc);
		return h->error(call, XW_EINVAL, "'%s' is not an object", root_key);
	}
	view->ops = &json_ops;
	view->root = root;
	return 0;
}
