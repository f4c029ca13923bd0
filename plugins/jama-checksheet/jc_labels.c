/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "jc_labels.h"

/* The row's label cell: its group and the label's name, from the name column if any. */
struct cell {
	char group[6];
	const char *name;
	size_t len;
};

int jc_set_text(const struct jc_table *t, struct xw_item *it, uint32_t row,
		enum jc_col c, const char *key, bool *official)
{
	const struct xw_host *h = t->g.h;
	const char *v = jc_table_get(t, row, c);

	if (!t->col[c])
		return 0;
	if (jc_blank(v))
		return h->item_set(t->g.call, it, "unknown", NULL, key);
	*official = true;
	return h->item_set(t->g.call, it, key, "ja", v);
}

static int read_cell(const struct jc_table *t, uint32_t row, const char *item,
		     struct cell *c)
{
	const char *v = jc_table_get(t, row, JC_LABEL);
	const char *own = jc_table_get(t, row, JC_LABEL_NAME);
	int rc = jc_label(v, c->group, &c->name, &c->len);

	if (rc < 0)
		return jc_table_fail(t, row, JC_LABEL, XW_EINVAL,
				     "'%s' is not a label of the guideline for %s "
				     "(1 to %d, or a sub-label such as 6-1, then the name)",
				     v, item, JC_LAST_LABEL);
	if (*own && c->len && (strlen(own) != c->len || memcmp(own, c->name, c->len) != 0))
		return jc_table_fail(t, row, JC_LABEL_NAME, XW_EINVAL,
				     "'%s' differs from the label name in the %s cell, '%s'",
				     own, jc_table_header(t, JC_LABEL), v);
	if (*own) {
		c->name = own;
		c->len = strlen(own);
	}
	return rc;
}

/* The row's text @value (@len bytes; none when 0) must be its first row's, @was. */
static int same(const struct jc_table *t, uint32_t row, enum jc_col c,
		const char *value, size_t len, const char *was, size_t was_len,
		const char *what, const char *id)
{
	if (!len || (len == was_len && memcmp(value, was, len) == 0))
		return 0;
	return jc_table_fail(t, row, c, XW_EINVAL,
			     "the %s of %s differs from its first row's, '%.*s'; merge the "
			     "cells or repeat the same text", what, id, (int)was_len, was);
}

/* Column @c of @row, if given, is what it is in the group's first row. */
static int same_cell(const struct jc_labels *l, const struct jc_table *t, uint32_t row,
		     enum jc_col c)
{
	const char *v = jc_table_get(t, row, c), *was = jc_table_get(t, l->group_row, c);

	return same(t, row, c, v, jc_blank(v) ? 0 : strlen(v), was, strlen(was),
		    jc_table_header(t, c), l->group);
}

static int add(const struct jc_table *t, struct xw_framework *fw, uint32_t row,
	       const char *id, const char *kind, const char *parent, struct xw_item **it)
{
	const struct xw_host *h = t->g.h;
	struct xw_call *call = t->g.call;
	int rc;

	jc_table_at(t, row, JC_LABEL);
	if ((rc = h->item_add(call, fw, it)) < 0 ||
	    (rc = h->item_set(call, *it, "id", NULL, id)) < 0 ||
	    (rc = h->item_set(call, *it, "kind", NULL, kind)) < 0)
		return rc;
	return parent ? h->item_set(call, *it, "parent", NULL, parent) : 0;
}

/* The label item, titled with its name, or with its title unknown. */
static int begin_label(struct jc_labels *l, const struct jc_table *t,
		       struct xw_framework *fw, uint32_t row, const struct cell *c,
		       const char *label)
{
	const struct xw_host *h = t->g.h;
	uint32_t *began = &l->label_began[atoi(label)];
	char *name, first[64];
	int rc;

	if (*began) {
		jc_grid_name(&t->g, *began, 0, first, sizeof(first));
		return jc_table_fail(t, row, JC_LABEL, XW_EINVAL,
				     "label %s begins again after other labels (first in %s); "
				     "a label's rows must stand together", label, first);
	}
	*began = row;
	memcpy(l->label, label, sizeof(l->label));
	l->name = c->name;
	l->name_len = c->len;
	if ((rc = add(t, fw, row, label, "label", NULL, &l->label_item)) < 0)
		return rc;
	if (!c->len)
		return h->item_set(t->g.call, l->label_item, "unknown", NULL, "title");
	if (!(name = strndup(c->name, c->len)))
		return h->error(t->g.call, XW_ENOMEM, "out of memory");
	if ((rc = h->item_set(t->g.call, l->label_item, "title", "ja", name)) == 0)
		rc = h->item_set(t->g.call, l->label_item, "authoritative", NULL, "ja");
	free(name);
	return rc;
}

/* A label group's purpose and requirement, on the label or on the sub-label @it. */
static int group_texts(const struct jc_table *t, struct xw_item *it, uint32_t row)
{
	const struct xw_host *h = t->g.h;
	const char *purpose = jc_table_get(t, row, JC_PURPOSE);
	bool official = false;
	int rc;

	if (!jc_blank(purpose) &&
	    (rc = h->item_set(t->g.call, it, "props", "purpose", purpose)) < 0)
		return rc;
	if ((rc = jc_set_text(t, it, row, JC_REQUIREMENT, "text", &official)) < 0 || !official)
		return rc;
	return h->item_set(t->g.call, it, "authoritative", NULL, "ja");
}

/* The group @group of the current label: the label itself, or a sub-label added here. */
static int begin_group(struct jc_labels *l, const struct jc_table *t,
		       struct xw_framework *fw, uint32_t row, const char *group)
{
	const char *dash = strchr(group, '-');
	uint32_t *began = &l->group_began[atoi(group)][dash ? dash[1] - '0' : 0];
	struct xw_item *it = l->label_item;
	char first[64];
	int rc;

	if (*began) {
		jc_grid_name(&t->g, *began, 0, first, sizeof(first));
		return jc_table_fail(t, row, JC_LABEL, XW_EINVAL,
				     "label group %s begins again after others (first in %s); "
				     "a group's rows must stand together", group, first);
	}
	*began = l->group_row = row;
	memcpy(l->group, group, sizeof(l->group));
	if (dash && (rc = add(t, fw, row, group, "category", l->label, &it)) < 0)
		return rc;
	return group_texts(t, it, row);
}

int jc_labels_row(struct jc_labels *l, struct jc_table *t, struct xw_framework *fw,
		  uint32_t row, const char *item, char group[6])
{
	struct cell c;
	char label[sizeof(c.group)]; /* the group, cut at its '-' */
	int rc = read_cell(t, row, item, &c);

	if (rc < 0)
		return rc;
	if (rc == 0 && !*l->group)
		return jc_table_fail(t, row, JC_LABEL, XW_EINVAL, "%s has no %s", item,
				     jc_table_header(t, JC_LABEL));
	if (rc == 0)
		memcpy(c.group, l->group, sizeof(c.group));
	memcpy(group, c.group, sizeof(c.group));
	memcpy(label, c.group, sizeof(label));
	label[strcspn(label, "-")] = '\0';
	if (strcmp(label, l->label) != 0)
		rc = begin_label(l, t, fw, row, &c, label);
	else
		rc = same(t, row, t->col[JC_LABEL_NAME] ? JC_LABEL_NAME : JC_LABEL, c.name,
			  c.len, l->name, l->name_len, "label name", label);
	if (rc < 0)
		return rc;
	if (strcmp(c.group, l->group) != 0)
		return begin_group(l, t, fw, row, c.group);
	if ((rc = same_cell(l, t, row, JC_PURPOSE)) < 0)
		return rc;
	return same_cell(l, t, row, JC_REQUIREMENT);
}
