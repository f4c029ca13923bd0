/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
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

static size_t pow2_above(size_t n)
{
	size_t cap = 1024;

	while (cap < n)
		cap *= 2;
	return cap;
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
 * other leave the pair as it was and, with @rows, are recorded as a
 * conflict.
 */
static int narrow_direct(struct xw_pairs *p, size_t a, size_t b, xw_rel rel,
			 const struct xw_row *row, bool rows)
{
	struct xw_pair *q = pair(p, a, b);

	if (!q)
		return -1;
	if (!(q->rel & rel))
		return rows ? conflict(p, q, row) : 0;
	q->rel &= rel;
	return rows ? add_rows(q, &row, 1) : 0;
}

/*
 * The pairs of one link: each active leaf s in the row's "from" union
 * (every leaf, when that side is empty: the whole framework) gets the
 * link's relation composed with how s sits in the union: EQ when s is
 * all of it, else part of it.
 */
static int add_link(struct xw_pairs *out, const struct xw_links *l,
		    const struct xw_link *link, bool rows)
{
	const struct xw_framework *fa = l->from;
	const struct xw_strlist *from = link->from;
	const size_t *idx = l->from_items + link->from_at;
	size_t n = from->n ? link->n_from : 1;
	/* EQ composes as the identity; "part of" is needed only when the union
	 * holds more than one leaf (composing costs more than all the rest) */
	bool one_leaf = from->n == 1 && n == 1 && fa->items[idx[0]]->end == idx[0] + 1;
	xw_rel alone = link->rel;
	xw_rel part = one_leaf ? XW_R_ALL : xw_rel_compose(XW_R_EQ | XW_R_PP, link->rel);
	int rc = 0;

	for (size_t r = 0; r < n && rc == 0; r++) {
		size_t j = from->n ? idx[r] : 0;
		size_t end = from->n ? fa->items[j]->end : fa->n_items;

		for (size_t s = j; s < end && rc == 0; s++) {
			xw_rel rel = from->n == 1 && s == j ? alone : part;

			if (!xw_item_is_leaf(fa, s) || fa->items[s]->withdrawn || rel == XW_R_ALL)
				continue;
			rc = narrow_direct(out, s, link->item, rel, link->row, rows);
		}
	}
	return rc;
}

int xw_pairs_from_links(struct xw_pairs *out, const struct xw_links *l, bool rows,
			struct xw_error *err)
{
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->fa = l->from;
	out->fb = l->to;
	/* most links give one pair: room for them all at once, not by doubling */
	if (l->n && rehash(out, pow2_above(2 * l->n)) < 0)
		rc = -1;
	for (size_t k = 0; k < l->n && rc == 0; k++)
		rc = add_link(out, l, &l->v[k], rows);
	if (rc < 0) {
		xw_pairs_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

int xw_pairs_direct(struct xw_pairs *out, const struct xw_catalog *cat,
		    const struct xw_framework *fa, const struct xw_framework *fb,
		    struct xw_error *err)
{
	struct xw_links l;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = xw_links_collect(&l, cat, fa, fb, err);
	if (rc < 0)
		return rc;
	rc = xw_pairs_from_links(out, &l, true, err);
	xw_links_clear(&l);
	return rc;
}

/* Indexes of @p's pairs grouped by their first item (counting sort). */
static size_t *group_by_a(const struct xw_pairs *p, size_t n_items, size_t **first,
			  size_t **count)
{
	size_t *order = malloc((p->n + 1) * sizeof(*order));

	*first = calloc(n_items + 1, sizeof(**first));
	*count = calloc(n_items + 1, sizeof(**count));
	if (!order || !*first || !*count) {
		free(order);
		return NULL;
	}
	for (size_t i = 0; i < p->n; i++)
		(*count)[p->v[i].a]++;
	for (size_t m = 0, at = 0; m < n_items; m++) {
		(*first)[m] = at;
		at += (*count)[m];
		(*count)[m] = 0;
	}
	for (size_t i = 0; i < p->n; i++)
		order[(*first)[p->v[i].a] + (*count)[p->v[i].a]++] = i;
	return order;
}

static int append(struct xw_pairs *p, const struct xw_pair *q)
{
	if (p->n == p->cap) {
		size_t cap = p->cap ? p->cap * 2 : 512;
		struct xw_pair *v = realloc(p->v, cap * sizeof(*v));
		if (!v)
			return -1;
		p->v = v;
		p->cap = cap;
	}
	p->v[p->n++] = *q;
	return 0;
}

/* One chain a -> m -> c that narrows (a, c): pair indexes in ab and bc. */
struct step {
	size_t c, x, y;
};

/*
 * Composes source item by source item: every chain from one item a
 * narrows a scratch mask per target item, so no lookups are needed; the
 * pairs of a are then appended. With @provenance each pair also gets the
 * rows of every chain it rests on, and the pairs an index for lookups.
 */
static int compose(struct xw_pairs *out, const struct xw_pairs *ab,
		   const struct xw_pairs *bc, bool provenance)
{
	size_t *bfirst, *bcount, *afirst, *acount, *border, *aorder;
	size_t n_c = bc->fb->n_items, n_steps = 0, cap_steps = 0, *touched;
	xw_rel *mask = malloc(n_c + 1);
	size_t *via = malloc((n_c + 1) * sizeof(*via));
	struct step *steps = NULL;
	int rc = 0;

	border = group_by_a(bc, bc->fa->n_items, &bfirst, &bcount);
	aorder = group_by_a(ab, ab->fa->n_items, &afirst, &acount);
	touched = malloc((n_c + 1) * sizeof(*touched));
	if (!border || !aorder || !mask || !via || !touched) {
		rc = -1;
		goto out;
	}
	memset(mask, 0, n_c);   /* 0 here: not touched yet for this source */
	for (size_t a = 0; a < ab->fa->n_items && rc == 0; a++) {
		size_t n_touched = 0;

		n_steps = 0;
		for (size_t i = 0; i < acount[a] && rc == 0; i++) {
			size_t xi = aorder[afirst[a] + i];
			const struct xw_pair *x = &ab->v[xi];

			for (size_t k = 0; k < bcount[x->b]; k++) {
				size_t yi = border[bfirst[x->b] + k];
				const struct xw_pair *y = &bc->v[yi];
				xw_rel rel = xw_rel_compose(x->rel, y->rel);

				if (rel == XW_R_ALL)
					continue;
				if (!mask[y->b]) {
					/* 0x80 marks "touched"; the mask lives in the low bits */
					mask[y->b] = 0x80 | XW_R_ALL;
					touched[n_touched++] = y->b;
				}
				mask[y->b] = (xw_rel)(0x80 | (mask[y->b] & rel));
				via[y->b] = x->b;
				if (!provenance)
					continue;
				if (n_steps == cap_steps) {
					size_t cap = cap_steps ? cap_steps * 2 : 64;
					struct step *v = realloc(steps, cap * sizeof(*v));
					if (!v) {
						rc = -1;
						break;
					}
					steps = v;
					cap_steps = cap;
				}
				steps[n_steps++] = (struct step){ y->b, xi, yi };
			}
		}
		for (size_t t = 0; t < n_touched && rc == 0; t++) {
			size_t c = touched[t];
			struct xw_pair q = { a, c, (xw_rel)(mask[c] & XW_R_ALL), NULL, 0, via[c] };

			mask[c] = 0;
			for (size_t k = 0; provenance && k < n_steps && rc == 0; k++)
				if (steps[k].c == c &&
				    (add_rows(&q, ab->v[steps[k].x].rows, ab->v[steps[k].x].n_rows) < 0 ||
				     add_rows(&q, bc->v[steps[k].y].rows, bc->v[steps[k].y].n_rows) < 0))
					rc = -1;
			if (rc == 0 && append(out, &q) < 0)
				rc = -1;
			if (rc < 0)
				free(q.rows);
		}
	}
	if (rc == 0 && provenance && out->n)
		rc = rehash(out, pow2_above(out->n * 2));
out:
	free(bfirst);
	free(bcount);
	free(border);
	free(afirst);
	free(acount);
	free(aorder);
	free(mask);
	free(via);
	free(touched);
	free(steps);
	return rc;
}

static int compose_into(struct xw_pairs *out, const struct xw_pairs *ab,
			const struct xw_pairs *bc, bool provenance,
			struct xw_error *err)
{
	memset(out, 0, sizeof(*out));
	out->fa = ab->fa;
	out->fb = bc->fb;
	if (compose(out, ab, bc, provenance) < 0) {
		xw_pairs_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

int xw_pairs_compose(struct xw_pairs *out, const struct xw_pairs *ab,
		     const struct xw_pairs *bc, struct xw_error *err)
{
	return compose_into(out, ab, bc, true, err);
}

int xw_pairs_compose_masks(struct xw_pairs *out, const struct xw_pairs *ab,
			   const struct xw_pairs *bc, struct xw_error *err)
{
	return compose_into(out, ab, bc, false, err);
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
