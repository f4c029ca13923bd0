/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/hub.h"

/* Room in a uint32_t for an item index beside a byte (a mask, and the
 * status bits it leaves alone in xw_through's state). */
#define MAX_ITEMS ((size_t)1 << 24)

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

/* Pairs to be grouped by key: a key (below n_keys) and a value each. */
struct keyed {
	uint32_t *key, *val;
	size_t n, n_keys;
};

#define BURST 8             /* steps copied at once, whatever the chain's length */

/*
 * Groups @k by key (counting sort, keeping their order): the values of
 * key i end up at (*v)[(*first)[i] .. (*first)[i + 1]), with room for a
 * burst read past the end. Returns -1 when out of memory.
 */
static int group(const struct keyed *k, uint32_t **first, uint32_t **v)
{
	uint32_t *at = calloc(k->n_keys + 1, sizeof(*at));

	*first = calloc(k->n_keys + 1, sizeof(**first));
	*v = malloc((k->n + BURST) * sizeof(**v));
	if (!at || !*first || !*v) {
		free(at);
		return -1;
	}
	for (size_t i = 0; i < k->n; i++)
		(*first)[k->key[i] + 1]++;
	for (size_t i = 0; i < k->n_keys; i++) {
		(*first)[i + 1] += (*first)[i];
		at[i] = (*first)[i];
	}
	for (size_t i = 0; i < k->n; i++)
		(*v)[at[k->key[i]]++] = k->val[i];
	memset(*v + k->n, 0, BURST * sizeof(**v));
	free(at);
	return 0;
}

static int keyed_init(struct keyed *k, size_t n, size_t n_keys)
{
	k->key = malloc((n + 1) * sizeof(*k->key));
	k->val = malloc((n + 1) * sizeof(*k->val));
	k->n = 0;
	k->n_keys = n_keys;
	return k->key && k->val ? 0 : -1;
}

static void keyed_clear(struct keyed *k)
{
	free(k->key);
	free(k->val);
}

int xw_adjacency_init(struct xw_adjacency *adj, const struct xw_pairs *p,
		      struct xw_error *err)
{
	struct keyed k;
	int rc;

	memset(adj, 0, sizeof(*adj));
	rc = check_size(p, err);
	if (rc < 0)
		return rc;
	adj->n_left = p->fa->n_items;
	adj->n_right = p->fb->n_items;
	rc = keyed_init(&k, p->n, adj->n_left);
	for (size_t i = 0; rc == 0 && i < p->n; i++) {
		k.key[k.n] = p->v[i].a;
		k.val[k.n++] = (uint32_t)(p->v[i].b << 5 | p->v[i].rel);
		adj->masks |= (uint32_t)1 << p->v[i].rel;
	}
	if (rc == 0)
		rc = group(&k, &adj->first, &adj->v);
	keyed_clear(&k);
	adj->left = rc == 0 ? malloc((p->n + 1) * sizeof(*adj->left)) : NULL;
	if (adj->left)
		for (uint32_t a = 0; a < adj->n_left; a++)
			for (uint32_t i = adj->first[a]; i < adj->first[a + 1]; i++)
				adj->left[i] = a;
	else
		rc = -1;
	if (rc < 0) {
		xw_adjacency_clear(adj);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

void xw_adjacency_clear(struct xw_adjacency *adj)
{
	free(adj->first);
	free(adj->v);
	free(adj->left);
	memset(adj, 0, sizeof(*adj));
}

int xw_fanout_init(struct xw_fanout *fo, const struct xw_pairs *p,
		   uint32_t masks, struct xw_error *err)
{
	struct keyed k;
	int rc;

	memset(fo, 0, sizeof(*fo));
	rc = check_size(p, err);
	if (rc < 0)
		return rc;
	fo->n_hub = p->fa->n_items;
	fo->n_right = p->fb->n_items;
	fo->masks = masks;
	for (xw_rel x = 0; x < 32; x++)
		if (masks >> x & 1)
			fo->slot[x] = (uint8_t)fo->n_slots++;
	if (p->n * fo->n_slots >= UINT32_MAX - BURST)
		return xw_error_set(err, XW_ELIMIT, NULL, 0, 0,
				    "too many chain steps from '%s' to '%s'", p->fa->id, p->fb->id);
	rc = keyed_init(&k, p->n * fo->n_slots, fo->n_hub * fo->n_slots);
	for (xw_rel x = 0; rc == 0 && x < 32; x++) {
		xw_rel with_x[32];

		if (!(masks >> x & 1))
			continue;
		for (xw_rel y = 0; y < 32; y++)
			with_x[y] = xw_rel_compose(x, y);
		for (size_t i = 0; i < p->n; i++) {
			xw_rel c = with_x[p->v[i].rel];

			if (c == XW_R_ALL)
				continue;   /* a step that says nothing */
			k.key[k.n] = (uint32_t)(p->v[i].a * fo->n_slots + fo->slot[x]);
			k.val[k.n++] = (uint32_t)(p->v[i].b << 8 | 0x60 | c);
		}
	}
	if (rc == 0)
		rc = group(&k, &fo->first, &fo->v);
	keyed_clear(&k);
	if (rc < 0) {
		xw_fanout_clear(fo);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}

void xw_fanout_clear(struct xw_fanout *fo)
{
	free(fo->first);
	free(fo->v);
	memset(fo, 0, sizeof(*fo));
}

void xw_through_init(struct xw_through *t)
{
	memset(t, 0, sizeof(*t));
}

void xw_through_clear(struct xw_through *t)
{
	free(t->state);
	free(t->step);
	free(t->from);
	memset(t, 0, sizeof(*t));
}

/* Grows @*v to hold @n entries of @size bytes; @*cap counts them. */
static int grow(void *v, size_t *cap, size_t n, size_t size)
{
	void *p;

	if (n <= *cap)
		return 0;
	p = realloc(*(void **)v, n * size);
	if (!p)
		return -1;
	*(void **)v = p;
	*cap = n;
	return 0;
}

static int reserve_state(struct xw_through *t, size_t n)
{
	return grow(&t->state, &t->cap_state, n, sizeof(*t->state));
}

static int reserve_steps(struct xw_through *t, size_t n)
{
	return grow(&t->step, &t->cap_step, n, sizeof(*t->step)) < 0 ||
	       grow(&t->from, &t->cap_from, n, sizeof(*t->from)) < 0 ? -1 : 0;
}

#define LOW 0x7F            /* best status << 5 | mask */
#define SAME 0x80           /* fold[] index: the step is from the same A item */
#define NO_ITEM (UINT32_MAX << 7)

/*
 * Every step of every chain of A, in order, into @t: t->step the fan-out's
 * steps, t->from the A item of the chain each belongs to. Copies BURST
 * steps of each chain at once whether it has that many or not (the next
 * chain's copy overwrites the excess), so that only the rare longer chain
 * branches. Returns the number of steps, or -1 when out of memory.
 */
static ptrdiff_t gather(struct xw_through *t, const struct xw_adjacency *ah,
			const struct xw_fanout *hb)
{
	size_t n = ah->first[ah->n_left], steps = 0;

	for (size_t i = 0; i < n; i++) {
		uint32_t key = (ah->v[i] >> 5) * (uint32_t)hb->n_slots + hb->slot[ah->v[i] & 31];
		uint32_t start = hb->first[key], len = hb->first[key + 1] - start;
		uint32_t a = ah->left[i];

		if (steps + len + BURST > t->cap_step && reserve_steps(t, 2 * (steps + len + BURST)) < 0)
			return -1;
		memcpy(t->step + steps, hb->v + start, BURST * sizeof(*t->step));
		for (int j = 0; j < BURST; j++)
			t->from[steps + j] = a;
		for (uint32_t j = BURST; j < len; j++) {
			t->step[steps + j] = hb->v[start + j];
			t->from[steps + j] = a;
		}
		steps += len;
	}
	return (ptrdiff_t)steps;
}

/*
 * The steps in one stream, as xw_pairs_compose_masks does: the steps
 * from a narrow a mask per B item b they reach. When a later item
 * reaches b, the finished mask of the one before is folded into b's best
 * status first (fold[]: the better status of the two, with a fresh
 * mask). No branch depends on the data: on a large hub this loop runs a
 * billion times, and chains are a few steps long, so a mispredicted exit
 * per chain would cost more than all the rest.
 */
int xw_coverage_through(enum xw_cover *status, const struct xw_adjacency *ah,
			const struct xw_fanout *hb, struct xw_through *t,
			struct xw_error *err)
{
	uint8_t fold[2 * (LOW + 1)];
	uint32_t *state;
	ptrdiff_t steps;

	if (ah->n_right != hb->n_hub || (ah->masks & ~hb->masks))
		return xw_error_set(err, XW_EUSAGE, NULL, 0, 0,
				    "the pairs with the hub and the fan-out do not match");
	if (reserve_state(t, hb->n_right) < 0 || (steps = gather(t, ah, hb)) < 0)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	state = t->state;
	for (uint32_t low = 0; low <= LOW; low++) {
		uint32_t best = low >> 5, m = (uint32_t)xw_cover_of_chain(low & XW_R_ALL);

		fold[low] = (uint8_t)((m > best ? m : best) << 5 | XW_R_ALL);
		fold[SAME | low] = (uint8_t)low;   /* the same A item goes on narrowing */
	}
	for (size_t b = 0; b < hb->n_right; b++)
		state[b] = NO_ITEM | XW_COVER_UNKNOWN << 5 | XW_R_ALL;
	for (ptrdiff_t k = 0; k < steps; k++) {
		uint32_t step = t->step[k], a = t->from[k];
		uint32_t b = step >> 8, s = state[b];

		state[b] = a << 7 | (fold[(s & LOW) | ((s >> 7) == a) << 7] & step);
	}
	for (size_t b = 0; b < hb->n_right; b++)
		status[b] = (enum xw_cover)(fold[state[b] & LOW] >> 5);
	return 0;
}
