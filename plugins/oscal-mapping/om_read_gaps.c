/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "om_rows.h"

static const char *const summaries[2] = { "source-gap-summary", "target-gap-summary" };

static int grow(struct om_r *r, void **v, size_t *cap, size_t n, size_t size)
{
	void *p;

	if (n < *cap)
		return 0;
	*cap = *cap ? *cap * 2 : 16;
	p = realloc(*v, *cap * size);
	if (!p)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	*v = p;
	return 0;
}

static int group_prop(struct om_r *r, const struct om_node *prop, const char *name,
		      const char *value, void *arg)
{
	struct om_rows *rows = arg;
	const char *group;
	int rc = om_r_text(r, prop, "group", &group);

	if (rc < 0)
		return rc;
	if (!group) {
		om_r_warn(r, prop, "unknown xwalk prop '%s' in a mapping; ignored", name);
		return 0;
	}
	rc = grow(r, (void **)&rows->pairs, &rows->cap_pairs, rows->n_pairs, sizeof(*rows->pairs));
	if (rc == 0)
		rows->pairs[rows->n_pairs] = (struct om_pair){ group, prop, rows->n_pairs };
	rows->n_pairs++;
	return rc;
}

static int by_group(const void *a, const void *b)
{
	const struct om_pair *x = a, *y = b;
	int c = strcmp(x->group, y->group);

	return c ? c : (x->index > y->index) - (x->index < y->index);
}

static int by_side_and_place(const void *a, const void *b)
{
	const struct om_gap *x = a, *y = b;

	if (x->side != y->side)
		return x->side - y->side;
	return (x->position > y->position) - (x->position < y->position);
}

static int add_gap(struct om_r *r, struct om_rows *rows, const struct om_gap *g)
{
	int rc = grow(r, (void **)&rows->gaps, &rows->cap_gaps, rows->n_gaps, sizeof(*rows->gaps));

	if (rc == 0)
		rows->gaps[rows->n_gaps++] = *g;
	return rc;
}

/* "row-N": the row's place in the set. */
static size_t place_of(const char *group)
{
	size_t n = 0;

	if (strncmp(group, "row-", 4) != 0 || !group[4] || strlen(group) > 13 || group[4] == '0')
		return 0;
	for (const char *p = group + 4; *p; p++) {
		if (*p < '0' || *p > '9')
			return 0;
		n = n * 10 + (size_t)(*p - '0');
	}
	return n;
}

/* One gap row for each group of props, sorted by side and place. */
static int groups(struct om_r *r, struct om_rows *rows, const struct om_node *mapping,
		  size_t start, size_t *first_gap)
{
	int rc = 0;

	if (rows->n_pairs > start)
		qsort(rows->pairs + start, rows->n_pairs - start, sizeof(*rows->pairs), by_group);
	*first_gap = rows->n_gaps;
	for (size_t i = start; rc == 0 && i < rows->n_pairs;) {
		struct om_gap g = { mapping, NULL, rows->pairs[i].prop, -1, i, 0, NULL, 0 };

		while (i + g.n < rows->n_pairs && strcmp(rows->pairs[i + g.n].group,
							  rows->pairs[i].group) == 0) {
			const struct om_node *p = rows->pairs[i + g.n].prop;
			const struct om_node *name = om_member(p, "name");

			if (strcmp(name->text, "gap-side") == 0)
				g.side = strcmp(om_member(p, "value")->text, "source") == 0 ? 0
				       : strcmp(om_member(p, "value")->text, "target") == 0 ? 1 : -1;
			g.n++;
		}
		g.position = place_of(rows->pairs[i].group);
		if (!g.position)
			return om_r_fail(r, g.at, XW_EINVAL,
					 "xwalk's prop group '%s' is not 'row-N'", rows->pairs[i].group);
		if (g.side < 0)
			return om_r_fail(r, g.at, XW_EINVAL, "gap row %s has no gap-side "
					 "'source' or 'target'", rows->pairs[i].group);
		rc = add_gap(r, rows, &g);
		i += g.n;
	}
	if (rc == 0 && rows->n_gaps > *first_gap)
		qsort(rows->gaps + *first_gap, rows->n_gaps - *first_gap, sizeof(*rows->gaps),
		      by_side_and_place);
	return rc;
}

/* A summary's entries: xwalk's gap rows in order, else a gap row each. */
static int summary(struct om_r *r, struct om_rows *rows, const struct om_node *mapping,
		   size_t first_gap, size_t last_gap, int side)
{
	const struct om_node *s = om_member(mapping, summaries[side]), *entries = NULL, *e;
	const char *uuid = NULL;
	size_t mine = 0, k = 0;
	int rc = 0;

	for (size_t i = first_gap; i < last_gap; i++)
		mine += rows->gaps[i].side == side;
	if (s) {
		rc = om_r_object(r, s, &om_k_gap_summary);
		if (rc == 0)
			rc = om_r_need(r, s, &om_k_gap_summary, "uuid", &uuid);
		if (rc == 0)
			rc = om_r_array(r, s, "unmapped-controls", &entries);
	}
	if (rc < 0)
		return rc;
	e = entries ? entries->first : NULL;
	if (mine) {
		if (!entries || entries->count != mine)
			return om_r_fail(r, s ? s : mapping, XW_EINVAL, "%s lists %zu entries for "
					 "%zu of xwalk's gap rows", summaries[side],
					 entries ? entries->count : 0, mine);
		for (size_t i = first_gap; i < last_gap; i++)
			if (rows->gaps[i].side == side) {
				rows->gaps[i].entry = e;
				e = e->next;
			}
		return 0;
	}
	for (; rc == 0 && e; e = e->next) {
		struct om_gap g = { mapping, e, e, side, 0, 0, NULL, 0 };

		g.id = om_r_id(r, uuid, entries->count > 1 ? ++k : 0);
		rc = g.id ? add_gap(r, rows, &g) : om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	}
	return rc;
}

int om_r_collect_gaps(struct om_r *r, struct om_rows *rows, const struct om_node *mapping)
{
	size_t start = rows->n_pairs, first_gap, last_gap;
	int rc = om_r_props(r, mapping, &om_k_mapping, group_prop, rows);

	if (rc == 0)
		rc = groups(r, rows, mapping, start, &first_gap);
	last_gap = rows->n_gaps;
	if (rc == 0)
		rc = summary(r, rows, mapping, first_gap, last_gap, 0);
	if (rc == 0)
		rc = summary(r, rows, mapping, first_gap, last_gap, 1);
	return rc;
}
