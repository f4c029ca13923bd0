/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/hub.h"

/* Room in a uint32_t for an item index beside a 5-bit mask. */
#define MAX_ITEMS ((size_t)1 << 27)
#define DROP 0xFF

static int check_size(const struct xw_pairs *p, struct xw_error *err)
{
	if (p->fa->n_items >= MAX_ITEMS || p->fb->n_items >= MAX_ITEMS)
		return xw_error_set(err, XW_ELIMIT, NULL, 0, 0,
				    "'%s' or '%s' has more than %zu items", p->fa->id,
				    p->fb->id, MAX_ITEMS - 1);
	if (p->n >= UINT32_MAX)
		return xw_error_set(err, XW_ELIMIT, NULL, 0, 0,
				    "more than %u pairs of '%s' and '%s'", UINT32_MAX - 1,
				    p->fa->id, p->fb->id);
	return 0;
}

/*
 * @p's pairs (a, b) grouped by a (counting sort, keeping their order),
 * each as b << 5 | map[its mask]; a pair whose mask maps to DROP is left
 * out. Returns -1 when out of memory.
 */
static int group(const struct xw_pairs *p, const uint8_t map[32], uint32_t **first,
		 uint32_t **v)
{
	size_t n_left = p->fa->n_items;
	uint32_t *at = calloc(n_left + 1, sizeof(*at));

	*first = calloc(n_left + 1, sizeof(**first));
	*v = malloc((p->n + 1) * sizeof(**v));
	if (!at || !*first || !*v) {
		free(at);
		return -1;
	}
	for (size_t i = 0; i < p->n; i++)
		if (map[p->v[i].rel] != DROP)
			(*first)[p->v[i].a + 1]++;
	for (size_t a = 0; a < n_left; a++) {
		(*first)[a + 1] += (*first)[a];
		at[a] = (*first)[a];
	}
	for (size_t i = 0; i < p->n; i++)
		if (map[p->v[i].rel] != DROP)
			(*v)[at[p->v[i].a]++] = (uint32_t)(p->v[i].b << 5 | map[p->v[i].rel]);
	free(at);
	return 0;
}

int xw_adjacency_init(struct xw_adjacency *adj, const struct xw_pairs *p,
		      struct xw_error *err)
{
	uint8_t same[32];
	int rc;

	memset(adj, 0, sizeof(*adj));
	rc = check_size(p, err);
	if (rc < 0)
		return rc;
	for (uint8_t x = 0; x < 32; x++)
		same[x] = x;
	adj->n_left = p->fa->n_items;
	adj->n_right = p->fb->n_items;
	if (group(p, same, &adj->first, &adj->v) < 0) {
		xw_adjacency_clear(adj);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < p->n; i++)
		adj->masks |= (uint32_t)1 << p->v[i].rel;
	return 0;
}

void xw_adjacency_clear(struct xw_adjacency *adj)
{
	free(adj->first);
	free(adj->v);
	memset(adj, 0, sizeof(*adj));
}

int xw_fanout_init(struct xw_fanout *fo, const struct xw_pairs *p,
		   uint32_t masks, struct xw_error *err)
{
	int rc;

	memset(fo, 0, sizeof(*fo));
	rc = check_size(p, err);
	if (rc < 0)
		return rc;
	fo->n_hub = p->fa->n_items;
	fo->n_right = p->fb->n_items;
	fo->masks = masks;
	for (xw_rel x = 0; x < 32; x++) {
		uint8_t composed[32];

		if (!(masks >> x & 1))
			continue;
		for (xw_rel y = 0; y < 32; y++) {
			composed[y] = xw_rel_compose(x, y);
			if (composed[y] == XW_R_ALL)
				composed[y] = DROP;   /* a step that says nothing */
		}
		if (group(p, composed, &fo->first[x], &fo->v[x]) < 0) {
			xw_fanout_clear(fo);
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		}
	}
	return 0;
}

void xw_fanout_clear(struct xw_fanout *fo)
{
	for (int x = 0; x < 32; x++) {
		free(fo->first[x]);
		free(fo->v[x]);
	}
	memset(fo, 0, sizeof(*fo));
}

void xw_through_init(struct xw_through *t)
{
	memset(t, 0, sizeof(*t));
}

void xw_through_clear(struct xw_through *t)
{
	free(t->mask);
	free(t->last);
	memset(t, 0, sizeof(*t));
}

static int reserve(struct xw_through *t, size_t n)
{
	uint8_t *mask;
	uint32_t *last;

	if (n <= t->cap)
		return 0;
	mask = malloc(2 * n);
	last = malloc(n * sizeof(*last));
	if (!mask || !last) {
		free(mask);
		free(last);
		return -1;
	}
	xw_through_clear(t);
	t->mask = mask;
	t->best = mask + n;
	t->last = last;
	t->cap = n;
	return 0;
}

/*
 * A item by A item, as xw_pairs_compose_masks does: the steps from a
 * narrow a mask per B item b they reach. When a later item reaches b,
 * the finished mask of the one before is folded into b's best status
 * first. Selects instead of branches: whether an item was reached
 * before is random, and this loop runs a billion times on a large hub.
 */
int xw_coverage_through(enum xw_cover *status, const struct xw_adjacency *ah,
			const struct xw_fanout *hb, struct xw_through *t,
			struct xw_error *err)
{
	uint8_t of_mask[32];
	uint8_t *mask, *best;
	uint32_t *last;

	if (ah->n_right != hb->n_hub || (ah->masks & ~hb->masks))
		return xw_error_set(err, XW_EUSAGE, NULL, 0, 0,
				    "the pairs with the hub and the fan-out do not match");
	if (reserve(t, hb->n_right) < 0)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	mask = t->mask;
	best = t->best;
	last = t->last;
	for (xw_rel r = 0; r < 32; r++)
		of_mask[r] = (uint8_t)xw_cover_of_chain(r);
	memset(mask, XW_R_ALL, hb->n_right);
	memset(best, XW_COVER_UNKNOWN, hb->n_right);
	memset(last, 0xFF, hb->n_right * sizeof(*last));
	for (uint32_t a = 0; a < ah->n_left; a++)
		for (uint32_t i = ah->first[a]; i < ah->first[a + 1]; i++) {
			uint32_t m = ah->v[i] >> 5, x = ah->v[i] & 31;
			const uint32_t *step = hb->v[x] + hb->first[x][m];
			const uint32_t *end = hb->v[x] + hb->first[x][m + 1];

			for (; step < end; step++) {
				uint32_t b = *step >> 5;
				uint8_t fresh = (uint8_t)-(last[b] != a);   /* 0xFF or 0 */
				uint8_t before = of_mask[mask[b]] & fresh;

				best[b] = before > best[b] ? before : best[b];
				mask[b] = (uint8_t)((mask[b] | (fresh & XW_R_ALL)) & (*step & XW_R_ALL));
				last[b] = a;
			}
		}
	for (size_t b = 0; b < hb->n_right; b++) {
		uint8_t c = of_mask[mask[b]];

		status[b] = (enum xw_cover)(c > best[b] ? c : best[b]);
	}
	return 0;
}
