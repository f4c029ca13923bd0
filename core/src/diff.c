/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/buf.h"
#include "xwalk/diff.h"
#include "index.h"

const char *xw_item_change_name(enum xw_item_change c)
{
	static const char *const names[XW_ITEM_CHANGE_COUNT] = {
		"added", "removed", "renumbered", "moved", "reworded", "withdrawn",
		"uncompared",
	};
	return c < XW_ITEM_CHANGE_COUNT ? names[c] : NULL;
}

struct list {
	struct xw_item_diff *v;
	size_t n, cap;
};

static int push(struct list *l, enum xw_item_change c, size_t o, size_t n,
		struct xw_error *err)
{
	if (l->n == l->cap) {
		size_t cap = l->cap ? l->cap * 2 : 64;
		struct xw_item_diff *v = realloc(l->v, cap * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		l->v = v;
		l->cap = cap;
	}
	l->v[l->n++] = (struct xw_item_diff){ c, o, n };
	return 0;
}

static bool same_str(const char *a, const char *b)
{
	return (!a && !b) || (a && b && strcmp(a, b) == 0);
}

/* The text hash says nothing of an item whose title or text is not known. */
static bool wording_known(const struct xw_item *it)
{
	return xw_strlist_find(&it->unknown, "title") < 0 &&
	       xw_strlist_find(&it->unknown, "text") < 0;
}

/*
 * An item only in the new version whose text hash no other new-only item
 * shares: the match for a renumbered old item with that hash.
 */
static size_t renumbered_to(const struct xw_framework *old,
			    const struct xw_framework *new_, const struct xw_item *it,
			    const char *taken)
{
	size_t found = XW_NONE;

	for (size_t j = 0; j < new_->n_items; j++) {
		const struct xw_item *n = new_->items[j];

		if (taken[j] || xw_item_hash(n) != xw_item_hash(it) ||
		    !wording_known(n) || xw_framework_find(old, n->id) != XW_NONE)
			continue;
		if (found != XW_NONE)
			return XW_NONE;   /* ambiguous: say removed and added */
		found = j;
	}
	return found;
}

/* What became of an item both versions have. */
static int push_changes(struct list *l, const struct xw_item *o, const struct xw_item *n,
			size_t i, size_t j, struct xw_error *err)
{
	int rc = 0;

	if (n->withdrawn)
		return o->withdrawn ? 0 : push(l, XW_ITEM_WITHDRAWN, i, j, err);
	if (!same_str(o->parent_id, n->parent_id))
		rc = push(l, XW_ITEM_MOVED, i, j, err);
	if (rc == 0 && (!wording_known(o) || !wording_known(n)))
		return push(l, XW_ITEM_UNCOMPARED, i, j, err);
	if (rc == 0 && xw_item_hash(o) != xw_item_hash(n))
		rc = push(l, XW_ITEM_REWORDED, i, j, err);
	return rc;
}

int xw_framework_diff(const struct xw_framework *old,
		      const struct xw_framework *new_,
		      struct xw_item_diff **out, size_t *n, struct xw_error *err)
{
	struct list l = { NULL, 0, 0 };
	char *taken = calloc(new_->n_items + 1, 1);
	int rc = taken ? 0 : xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");

	for (size_t i = 0; rc == 0 && i < old->n_items; i++) {
		const struct xw_item *o = old->items[i];
		size_t j = xw_framework_find(new_, o->id);

		if (j == XW_NONE) {
			j = wording_known(o) ? renumbered_to(old, new_, o, taken) : XW_NONE;
			if (j != XW_NONE)
				taken[j] = 1;
			rc = push(&l, j == XW_NONE ? XW_ITEM_REMOVED : XW_ITEM_RENUMBERED,
				  i, j, err);
			continue;
		}
		taken[j] = 1;
		rc = push_changes(&l, o, new_->items[j], i, j, err);
	}
	for (size_t j = 0; rc == 0 && j < new_->n_items; j++)
		if (!taken[j])
			rc = push(&l, XW_ITEM_ADDED, XW_NONE, j, err);
	free(taken);
	if (rc < 0) {
		free(l.v);
		return rc;
	}
	*out = l.v;
	*n = l.n;
	return 0;
}

static bool same_list(const struct xw_strlist *a, const struct xw_strlist *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

/* "relationship, strength": the fields that differ, in the format's order. */
static void changed_fields(const struct xw_row *a, const struct xw_row *b,
			   char *buf, size_t size)
{
	const struct { const char *name; bool same; } f[] = {
		{ "sources", same_list(&a->sources, &b->sources) },
		{ "targets", same_list(&a->targets, &b->targets) },
		{ "relationship", a->relationship == b->relationship },
		{ "rationale", a->rationale == b->rationale },
		{ "strength", a->strength == b->strength },
		{ "justification", same_str(a->justification, b->justification) },
		{ "conditions", same_list(&a->conditions, &b->conditions) },
		{ "review", a->review == b->review && same_str(a->reviewer, b->reviewer) &&
				    same_str(a->review_date, b->review_date) },
	};
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < sizeof(f) / sizeof(f[0]) && len < size; i++)
		if (!f[i].same)
			len += (size_t)snprintf(buf + len, size - len, "%s%s",
						len ? ", " : "", f[i].name);
}

static const struct xw_row *row_by_id(const struct xw_mapping *m, const char *id)
{
	for (size_t i = 0; i < m->n_rows; i++)
		if (strcmp(m->rows[i]->id, id) == 0)
			return m->rows[i];
	return NULL;
}

int xw_mapping_diff(const struct xw_mapping *old, const struct xw_mapping *new_,
		    struct xw_row_diff **out, size_t *n, struct xw_error *err)
{
	struct xw_row_diff *v = calloc(old->n_rows + new_->n_rows + 1, sizeof(*v));
	size_t k = 0;

	if (!v)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t i = 0; i < old->n_rows; i++) {
		const struct xw_row *o = old->rows[i], *nr = row_by_id(new_, o->id);

		if (!nr) {
			v[k++] = (struct xw_row_diff){ XW_ROW_REMOVED, o, NULL, "" };
			continue;
		}
		v[k] = (struct xw_row_diff){ XW_ROW_CHANGED, o, nr, "" };
		changed_fields(o, nr, v[k].fields, sizeof(v[k].fields));
		if (v[k].fields[0])
			k++;
	}
	for (size_t i = 0; i < new_->n_rows; i++)
		if (!row_by_id(old, new_->rows[i]->id))
			v[k++] = (struct xw_row_diff){ XW_ROW_ADDED, NULL, new_->rows[i], "" };
	*out = v;
	*n = k;
	return 0;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* The pair a row maps, independent of the order its ids are listed in. */
static char *pair_key(const struct xw_row *r)
{
	const struct xw_strlist *side[2] = { &r->sources, &r->targets };
	struct xw_buf b = XW_BUF_INIT;

	for (int s = 0; s < 2; s++) {
		char **v = malloc((side[s]->n + 1) * sizeof(*v));
		if (!v) {
			xw_buf_reset(&b);
			return NULL;
		}
		memcpy(v, side[s]->v, side[s]->n * sizeof(*v));
		qsort(v, side[s]->n, sizeof(*v), cmp_str);
		for (size_t i = 0; i < side[s]->n; i++) {
			xw_buf_puts(&b, v[i]);
			xw_buf_putc(&b, ';');
		}
		xw_buf_puts(&b, "->");
		free(v);
	}
	if (b.failed) {
		xw_buf_reset(&b);
		return NULL;
	}
	return b.data;
}

int xw_mapping_agreement(const struct xw_mapping *a, const struct xw_mapping *b,
			 struct xw_agreement *out, struct xw_error *err)
{
	/* per pair, the row of each set that maps it (NULL: unmapped, which
	 * counts as a category of its own) */
	const struct xw_mapping *sets[2] = { a, b };
	size_t total = a->n_rows + b->n_rows, n = 0;
	char **keys = calloc(total + 1, sizeof(*keys));
	const struct xw_row *(*pair)[2] = calloc(total + 1, sizeof(*pair));
	struct xw_index *ix = xw_index_new(total);
	double pa[XW_REL_COUNT] = { 0 }, pb[XW_REL_COUNT] = { 0 }, pe = 0;
	int rc = 0;

	memset(out, 0, sizeof(*out));
	out->disagree = calloc(total + 1, sizeof(*out->disagree));
	if (!keys || !pair || !ix || !out->disagree) {
		rc = xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		goto out;
	}
	for (int s = 0; s < 2; s++)
		for (size_t i = 0; i < sets[s]->n_rows; i++) {
			const struct xw_row *r = sets[s]->rows[i];
			char *key = pair_key(r);
			size_t at;

			if (!key) {
				rc = xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
				goto out;
			}
			at = xw_index_get(ix, key);
			if (at == XW_NONE) {
				at = n;
				keys[n] = key;
				if (xw_index_put(ix, keys[n++], at) < 0) {
					rc = xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
					goto out;
				}
			} else {
				free(key);
			}
			pair[at][s] = r;
		}
	for (size_t i = 0; i < n; i++) {
		int ca = pair[i][0] ? (int)pair[i][0]->relationship : XW_REL_UNSET;
		int cb = pair[i][1] ? (int)pair[i][1]->relationship : XW_REL_UNSET;

		if (ca == cb)
			out->agree++;
		else
			out->disagree[out->n_disagree++] =
				(struct xw_disagreement){ pair[i][0], pair[i][1] };
		pa[ca]++;
		pb[cb]++;
	}
	out->pairs = n;
	if (n) {
		out->observed = (double)out->agree / (double)n;
		for (int c = 0; c < XW_REL_COUNT; c++)
			pe += pa[c] / (double)n * pb[c] / (double)n;
		out->kappa = pe < 1.0 ? (out->observed - pe) / (1.0 - pe) : 1.0;
	}
out:
	for (size_t i = 0; keys && i < n; i++)
		free(keys[i]);
	free(keys);
	free(pair);
	xw_index_free(ix);
	if (rc < 0) {
		free(out->disagree);
		out->disagree = NULL;
		out->n_disagree = 0;
	}
	return rc;
}
