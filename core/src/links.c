/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/links.h"

bool xw_item_is_leaf(const struct xw_framework *fw, size_t i)
{
	return i + 1 >= fw->n_items || fw->items[i + 1]->parent != i;
}

static bool under(const struct xw_framework *fw, size_t i, size_t anc)
{
	return xw_item_under(fw, i, anc);
}

xw_rel xw_rel_member(const struct xw_framework *fw, size_t i,
		     const struct xw_strlist *ids)
{
	for (size_t k = 0; k < ids->n; k++) {
		size_t j = xw_framework_find(fw, ids->v[k]);

		if (j == XW_NONE || !under(fw, i, j))
			continue;
		if (ids->n == 1 && j == i)
			return XW_R_EQ;
		return XW_R_EQ | XW_R_PP;
	}
	return 0;
}

static int push(struct xw_links *l, size_t *cap, const struct xw_link *k,
		struct xw_error *err)
{
	if (l->n == *cap) {
		size_t c = *cap ? *cap * 2 : 256;
		struct xw_link *v = realloc(l->v, c * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		l->v = v;
		*cap = c;
	}
	l->v[l->n++] = *k;
	return 0;
}

size_t xw_items_outermost(const struct xw_framework *fw,
			  const struct xw_strlist *ids, size_t *idx)
{
	size_t n = 0, kept = 0;

	for (size_t k = 0; k < ids->n; k++) {
		idx[n] = xw_framework_find(fw, ids->v[k]);
		if (idx[n] != XW_NONE)
			n++;
	}
	for (size_t i = 0; i < n; i++) {
		bool nested = false;

		for (size_t k = 0; k < n && !nested; k++)
			nested = idx[k] != idx[i] && under(fw, idx[i], idx[k]);
		if (!nested)
			idx[kept++] = idx[i];
	}
	return kept;
}

/*
 * Appends the outermost items of @ids in the "from" framework to
 * l->from_items, once per row rather than once per link: a row about a
 * group has a link for every leaf of it.
 */
static int resolve_from(struct xw_links *l, const struct xw_strlist *ids, size_t *n)
{
	if (l->n_from_items + ids->n > l->cap_from_items) {
		size_t cap = 2 * (l->n_from_items + ids->n) + 64;
		size_t *v = realloc(l->from_items, cap * sizeof(*v));

		if (!v)
			return -1;
		l->from_items = v;
		l->cap_from_items = cap;
	}
	*n = xw_items_outermost(l->from, ids, l->from_items + l->n_from_items);
	l->n_from_items += *n;
	return 0;
}

/* Links of one row; @reversed reads it from its targets to its sources. */
static int add_row(struct xw_links *l, size_t *cap, const struct xw_mapping *m,
		   const struct xw_row *r, bool reversed, struct xw_error *err)
{
	const struct xw_strlist *from = reversed ? &r->targets : &r->sources;
	const struct xw_strlist *to = reversed ? &r->sources : &r->targets;
	const struct xw_framework *fw = l->to;
	xw_rel rel = xw_rel_from_relationship(r->relationship);
	struct xw_link k = { m, r, reversed, 0, 0, from, l->n_from_items, 0 };
	size_t total = 0, n, stack[8], *idx = stack;
	int rc = resolve_from(l, from, &k.n_from);

	if (rc < 0)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");

	if (to->n == 0) {
		/* a gap row: nothing on the "from" side relates to anything here */
		if (r->relationship != XW_REL_NONE)
			return 0;
		k.rel = XW_R_DR;
		for (k.item = 0; k.item < fw->n_items; k.item++)
			if (xw_item_is_leaf(fw, k.item) && !fw->items[k.item]->withdrawn &&
			    push(l, cap, &k, err) < 0)
				return XW_ENOMEM;
		return 0;
	}
	if (to->n > 8 && !(idx = malloc(to->n * sizeof(*idx))))
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	if (reversed)
		rel = xw_rel_converse(rel);
	n = xw_items_outermost(fw, to, idx);
	for (size_t i = 0; i < n; i++)
		total += fw->items[idx[i]]->leaves;
	/* (the "to" union, one of its leaves) is EQ for a single leaf, else
	 * PPi; EQ composes as the identity */
	k.rel = total == 1 ? rel : xw_rel_compose(rel, XW_R_PPI);
	for (size_t i = 0; i < n && rc == 0; i++)
		for (k.item = idx[i]; k.item < fw->items[idx[i]]->end && rc == 0; k.item++)
			if (xw_item_is_leaf(fw, k.item) && !fw->items[k.item]->withdrawn)
				rc = push(l, cap, &k, err);
	if (idx != stack)
		free(idx);
	return rc;
}

static int by_item(const void *a, const void *b)
{
	const struct xw_link *x = a, *y = b;

	if (x->item != y->item)
		return x->item < y->item ? -1 : 1;
	if (x->set != y->set)
		return strcmp(x->set->id, y->set->id);
	return x->row->line < y->row->line ? -1 : x->row->line > y->row->line;
}

/* Sorts by id, stably (catalog order among equal ids); there are few. */
static void sort_by_id(const struct xw_mapping **sets, size_t n)
{
	for (size_t i = 1; i < n; i++)
		for (size_t j = i; j > 0 && strcmp(sets[j - 1]->id, sets[j]->id) > 0; j--) {
			const struct xw_mapping *t = sets[j];

			sets[j] = sets[j - 1];
			sets[j - 1] = t;
		}
}

/* True when rows are in line order and no two sets share an id. */
static bool in_link_order(const struct xw_mapping *const *sets, size_t n)
{
	for (size_t s = 0; s < n; s++) {
		if (s > 0 && strcmp(sets[s - 1]->id, sets[s]->id) == 0)
			return false;
		for (size_t r = 1; r < sets[s]->n_rows; r++)
			if (sets[s]->rows[r - 1]->line >= sets[s]->rows[r]->line)
				return false;
	}
	return true;
}

/*
 * Orders the links by item, then set id, then row line, and indexes them
 * by item. When the links were pushed set by set in id order and row by
 * row in line order, a stable counting sort by item does it in linear
 * time; otherwise qsort with the full comparison.
 */
static int index_links(struct xw_links *l, bool pushed_in_order)
{
	size_t n_items = l->to->n_items;
	struct xw_link *sorted;

	l->first = calloc(n_items + 1, sizeof(*l->first));
	l->count = calloc(n_items + 1, sizeof(*l->count));
	if (!l->first || !l->count)
		return -1;
	for (size_t i = 0; i < l->n; i++)
		l->count[l->v[i].item]++;
	for (size_t i = 1; i < n_items; i++)
		l->first[i] = l->first[i - 1] + l->count[i - 1];
	if (!pushed_in_order) {
		qsort(l->v, l->n, sizeof(*l->v), by_item);
		return 0;
	}
	sorted = malloc((l->n + 1) * sizeof(*sorted));
	if (!sorted)
		return -1;
	for (size_t i = 0; i < n_items; i++)
		l->count[i] = 0;
	for (size_t i = 0; i < l->n; i++) {
		size_t item = l->v[i].item;

		sorted[l->first[item] + l->count[item]++] = l->v[i];
	}
	free(l->v);
	l->v = sorted;
	return 0;
}

int xw_links_collect(struct xw_links *out, const struct xw_catalog *cat,
		     const struct xw_framework *from,
		     const struct xw_framework *to, struct xw_error *err)
{
	const struct xw_mapping **sets;
	size_t cap = 0, n_sets = 0;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->from = from;
	out->to = to;
	sets = malloc((cat->n_docs + 1) * sizeof(*sets));
	if (!sets)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;

		if (cat->docs[d].kind != XW_DOC_MAPPING)
			continue;
		if ((!strcmp(m->source, from->id) && !strcmp(m->target, to->id)) ||
		    (!strcmp(m->source, to->id) && !strcmp(m->target, from->id)))
			sets[n_sets++] = m;
	}
	sort_by_id(sets, n_sets);
	out->n_sets = n_sets;
	for (size_t s = 0; s < n_sets && rc == 0; s++) {
		/* a set from @to to @from is read backwards, as is a self-map */
		bool rev = !strcmp(sets[s]->source, to->id) && !strcmp(sets[s]->target, from->id);

		for (size_t r = 0; r < sets[s]->n_rows && rc == 0; r++)
			rc = add_row(out, &cap, sets[s], sets[s]->rows[r], rev, err);
	}
	if (rc == 0 && index_links(out, in_link_order(sets, n_sets)) < 0)
		rc = xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	free(sets);
	if (rc < 0)
		xw_links_clear(out);
	return rc;
}

void xw_links_clear(struct xw_links *l)
{
	free(l->v);
	free(l->from_items);
	free(l->first);
	free(l->count);
	memset(l, 0, sizeof(*l));
}
