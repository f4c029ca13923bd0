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

/* True when another listed item holds @j, so its leaves are counted there. */
static bool nested(const struct xw_framework *fw, const struct xw_strlist *ids,
		   size_t j)
{
	for (size_t k = 0; k < ids->n; k++) {
		size_t a = xw_framework_find(fw, ids->v[k]);
		if (a != XW_NONE && a != j && under(fw, j, a))
			return true;
	}
	return false;
}

/* Links of one row; @reversed reads it from its targets to its sources. */
static int add_row(struct xw_links *l, size_t *cap, const struct xw_mapping *m,
		   const struct xw_row *r, bool reversed, struct xw_error *err)
{
	const struct xw_strlist *from = reversed ? &r->targets : &r->sources;
	const struct xw_strlist *to = reversed ? &r->sources : &r->targets;
	const struct xw_framework *fw = l->to;
	xw_rel rel = xw_rel_from_relationship(r->relationship);
	struct xw_link k = { m, r, reversed, 0, 0, from };
	size_t total = 0;

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
	if (reversed)
		rel = xw_rel_converse(rel);
	for (size_t n = 0; n < to->n; n++) {
		size_t j = xw_framework_find(fw, to->v[n]);
		if (j != XW_NONE && !nested(fw, to, j))
			total += fw->items[j]->leaves;
	}
	/* (the "to" union, one of its leaves) is EQ for a single leaf, else PPi */
	k.rel = xw_rel_compose(rel, total == 1 ? XW_R_EQ : XW_R_PPI);
	for (size_t n = 0; n < to->n; n++) {
		size_t j = xw_framework_find(fw, to->v[n]);

		if (j == XW_NONE || nested(fw, to, j))
			continue;
		for (k.item = j; k.item < fw->items[j]->end; k.item++)
			if (xw_item_is_leaf(fw, k.item) && !fw->items[k.item]->withdrawn &&
			    push(l, cap, &k, err) < 0)
				return XW_ENOMEM;
	}
	return 0;
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

int xw_links_collect(struct xw_links *out, const struct xw_catalog *cat,
		     const struct xw_framework *from,
		     const struct xw_framework *to, struct xw_error *err)
{
	size_t cap = 0;

	memset(out, 0, sizeof(*out));
	out->from = from;
	out->to = to;
	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;
		bool fwd, rev;

		if (cat->docs[d].kind != XW_DOC_MAPPING)
			continue;
		fwd = !strcmp(m->source, from->id) && !strcmp(m->target, to->id);
		rev = !strcmp(m->source, to->id) && !strcmp(m->target, from->id);
		if (!fwd && !rev)
			continue;
		out->n_sets++;
		for (size_t r = 0; r < m->n_rows; r++)
			if (add_row(out, &cap, m, m->rows[r], rev, err) < 0) {
				xw_links_clear(out);
				return XW_ENOMEM;
			}
	}
	qsort(out->v, out->n, sizeof(*out->v), by_item);
	out->first = calloc(to->n_items + 1, sizeof(*out->first));
	out->count = calloc(to->n_items + 1, sizeof(*out->count));
	if (!out->first || !out->count) {
		xw_links_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = out->n; i-- > 0;) {
		out->first[out->v[i].item] = i;
		out->count[out->v[i].item]++;
	}
	return 0;
}

void xw_links_clear(struct xw_links *l)
{
	free(l->v);
	free(l->first);
	free(l->count);
	memset(l, 0, sizeof(*l));
}
