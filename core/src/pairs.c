/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/pairs.h"

static size_t hash(size_t a, size_t b)
{
	uint64_t h = ((uint64_t)a << 32 ^ (uint64_t)b) * 0x9E3779B97F4A7C15ull;

	return (size_t)(h ^ h >> 31);
}

static size_t *slot(const struct xw_pairs *p, size_t a, size_t b)
{
	size_t i = hash(a, b) & p->mask;

	while (p->slots[i] != XW_NONE &&
	       (p->v[p->slots[i]].a != a || p->v[p->slots[i]].b != b))
		i = (i + 1) & p->mask;
	return &p->slots[i];
}

static int rehash(struct xw_pairs *p, size_t cap)
{
	size_t *old = p->slots;

	p->slots = malloc(cap * sizeof(*p->slots));
	if (!p->slots) {
		p->slots = old;
		return -1;
	}
	memset(p->slots, 0xFF, cap * sizeof(*p->slots));   /* all XW_NONE */
	p->mask = cap - 1;
	for (size_t i = 0; i < p->n; i++)
		*slot(p, p->v[i].a, p->v[i].b) = i;
	free(old);
	return 0;
}

const struct xw_pair *xw_pairs_get(const struct xw_pairs *p, size_t a, size_t b)
{
	size_t i;

	if (!p->slots)
		return NULL;
	i = *slot(p, a, b);
	return i == XW_NONE ? NULL : &p->v[i];
}

/* Adds @rows to @dst's rows, kept sorted by id and unique. */
static int add_rows(struct xw_pair *dst, const struct xw_row *const *rows,
		    size_t n)
{
	for (size_t k = 0; k < n; k++) {
		const struct xw_row **v;
		size_t i = 0;
		int c = 1;

		while (i < dst->n_rows && (c = strcmp(dst->rows[i]->id, rows[k]->id)) < 0)
			i++;
		if (i < dst->n_rows && (c == 0 && dst->rows[i] == rows[k]))
			continue;
		v = realloc(dst->rows, (dst->n_rows + 1) * sizeof(*v));
		if (!v)
			return -1;
		memmove(v + i + 1, v + i, (dst->n_rows - i) * sizeof(*v));
		v[i] = rows[k];
		dst->rows = v;
		dst->n_rows++;
	}
	return 0;
}

/* Finds or creates (a, b); a new pair knows nothing (XW_R_ALL). */
static struct xw_pair *pair(struct xw_pairs *p, size_t a, size_t b)
{
	size_t *s;

	if ((p->n + 1) * 2 > p->mask + 1 &&
	    rehash(p, p->mask ? (p->mask + 1) * 2 : 1024) < 0)
		return NULL;
	s = slot(p, a, b);
	if (*s != XW_NONE)
		return &p->v[*s];
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 512;
		struct xw_pair *v = realloc(p->v, cap * sizeof(*v));
		if (!v)
			return NULL;
		p->v = v;
		p->cap = cap;
	}
	*s = p->n;
	p->v[p->n] = (struct xw_pair){ a, b, XW_R_ALL, NULL, 0, XW_NONE };
	return &p->v[p->n++];
}

static int conflict(struct xw_pairs *p, const struct xw_pair *was,
		    const struct xw_row *row)
{
	struct xw_pair *v = realloc(p->conflicts, (p->n_conflicts + 1) * sizeof(*v));
	struct xw_pair *c;

	if (!v)
		return -1;
	p->conflicts = v;
	c = &v[p->n_conflicts++];
	*c = (struct xw_pair){ was->a, was->b, 0, NULL, 0, XW_NONE };
	if (add_rows(c, was->rows, was->n_rows) < 0 || add_rows(c, &row, 1) < 0)
		return -1;
	return 0;
}

/*
 * Narrows (a, b) by @rel from one direct row; rows that contradict each
 * other leave the pair as it was and are recorded as a conflict.
 */
static int narrow_direct(struct xw_pairs *p, size_t a, size_t b, xw_rel rel,
			 const struct xw_row *row)
{
	struct xw_pair *q = pair(p, a, b);

	if (!q)
		return -1;
	if (!(q->rel & rel))
		return conflict(p, q, row);
	q->rel &= rel;
	return add_rows(q, &row, 1);
}

/*
 * Narrows (a, c) by what the chain through @via implies. Chains through
 * different middle items are intersected; an empty result is the
 * contradiction, kept with the rows of every chain.
 */
static int narrow_chain(struct xw_pairs *p, const struct xw_pair *x,
			const struct xw_pair *y, xw_rel rel)
{
	struct xw_pair *q = pair(p, x->a, y->b);

	if (!q)
		return -1;
	q->rel &= rel;
	q->via = x->b;
	if (add_rows(q, x->rows, x->n_rows) < 0)
		return -1;
	return add_rows(q, y->rows, y->n_rows);
}

int xw_pairs_direct(struct xw_pairs *out, const struct xw_catalog *cat,
		    const struct xw_framework *fa, const struct xw_framework *fb,
		    struct xw_error *err)
{
	struct xw_links l;
	int rc;

	memset(out, 0, sizeof(*out));
	out->fa = fa;
	out->fb = fb;
	rc = xw_links_collect(&l, cat, fa, fb, err);
	if (rc < 0)
		return rc;
	for (size_t k = 0; k < l.n && rc == 0; k++) {
		const struct xw_link *link = &l.v[k];

		for (size_t s = 0; s < fa->n_items && rc == 0; s++) {
			/* an empty side is the whole framework: every item is in it */
			xw_rel in = link->from->n ? xw_rel_member(fa, s, link->from)
						  : XW_R_EQ | XW_R_PP;
			xw_rel rel;

			if (!in || !xw_item_is_leaf(fa, s) || fa->items[s]->withdrawn)
				continue;
			rel = xw_rel_compose(in, link->rel);
			if (rel != XW_R_ALL)
				rc = narrow_direct(out, s, link->item, rel, link->row);
		}
	}
	xw_links_clear(&l);
	if (rc < 0) {
		xw_pairs_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

int xw_pairs_compose(struct xw_pairs *out, const struct xw_pairs *ab,
		     const struct xw_pairs *bc, struct xw_error *err)
{
	size_t *first, *count;
	size_t *order;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->fa = ab->fa;
	out->fb = bc->fb;
	/* index bc by its first item */
	first = calloc(bc->fa->n_items + 1, sizeof(*first));
	count = calloc(bc->fa->n_items + 1, sizeof(*count));
	order = malloc((bc->n + 1) * sizeof(*order));
	if (!first || !count || !order) {
		rc = -1;
		goto out;
	}
	for (size_t i = 0; i < bc->n; i++)
		count[bc->v[i].a]++;
	for (size_t m = 0, at = 0; m < bc->fa->n_items; m++) {
		first[m] = at;
		at += count[m];
		count[m] = 0;
	}
	for (size_t i = 0; i < bc->n; i++)
		order[first[bc->v[i].a] + count[bc->v[i].a]++] = i;
	for (size_t i = 0; i < ab->n && rc == 0; i++) {
		const struct xw_pair *x = &ab->v[i];

		for (size_t k = 0; k < count[x->b] && rc == 0; k++) {
			const struct xw_pair *y = &bc->v[order[first[x->b] + k]];
			xw_rel rel = xw_rel_compose(x->rel, y->rel);

			if (rel == XW_R_ALL)
				continue;
			rc = narrow_chain(out, x, y, rel);
		}
	}
out:
	free(first);
	free(count);
	free(order);
	if (rc < 0) {
		xw_pairs_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

static int by_pair(const void *x, const void *y)
{
	const struct xw_pair *a = x, *b = y;

	if (a->a != b->a)
		return a->a < b->a ? -1 : 1;
	return a->b < b->b ? -1 : a->b > b->b;
}

void xw_pairs_sort(struct xw_pairs *p)
{
	qsort(p->v, p->n, sizeof(*p->v), by_pair);
	if (p->slots)
		rehash(p, p->mask + 1);
}

void xw_pairs_clear(struct xw_pairs *p)
{
	for (size_t i = 0; i < p->n; i++)
		free(p->v[i].rows);
	for (size_t i = 0; i < p->n_conflicts; i++)
		free(p->conflicts[i].rows);
	free(p->v);
	free(p->conflicts);
	free(p->slots);
	memset(p, 0, sizeof(*p));
}
