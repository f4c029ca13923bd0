/* SPDX-License-Identifier: MIT */
#ifndef XWALK_HUB_H
#define XWALK_HUB_H

/**
 * Coverage through a hub: how far framework A covers the leaves of
 * framework B along chains A -> H -> B, for the many pairs (A, B) that
 * share one hub H (every framework mapped onto ★, or onto one catalog).
 *
 * The statuses are exactly those of composing the direct pairs
 * (xw_pairs_compose_masks) and classifying the result
 * (xw_coverage_of_pairs), but no pair is built. Each framework's direct
 * pairs with the hub are prepared once: A's towards the hub as adjacency
 * lists, the hub's towards B as a fan-out that already holds every chain
 * step composed (for each mask A's pairs use). Then, per (A, B), the
 * steps of A's chains are copied into one stream, and one loop without
 * a branch on the data intersects the chains of each A item. Which rows a result rests
 * on is left to xw_pairs_compose, for the pairs a user asks about.
 *
 * Ownership: each structure owns its arrays until its _clear(); none
 * refers to the pairs or frameworks it was built from, and the calls only
 * read @ah and @hb, so threads may share them, each with its own
 * struct xw_through.
 */

#include <stdint.h>

#include "xwalk/coverage.h"
#include "xwalk/pairs.h"

/** A's direct pairs (a, m) with the hub, grouped by a. */
struct xw_adjacency {
	size_t n_left, n_right;   /* items of A and of the hub */
	uint32_t *first;          /* n_left + 1 entries: a's pairs are v[first[a]..first[a+1]) */
	uint32_t *v;              /* m << 5 | the mask of (a, m) */
	uint32_t *left;           /* per pair in v: its a */
	uint32_t masks;           /* bit x set when some pair has mask x */
};

/**
 * The adjacency lists of @p. Errors: XW_ENOMEM; XW_ELIMIT when a
 * framework has 2^24 items or more, or @p 2^32 - 1 pairs or more.
 */
int xw_adjacency_init(struct xw_adjacency *adj, const struct xw_pairs *p,
		      struct xw_error *err);
void xw_adjacency_clear(struct xw_adjacency *adj);

/**
 * The hub's direct pairs (m, b) with B, composed in advance: for each
 * mask x in @masks and each hub item m, the chain steps (b, x ∘ (m, b))
 * that say something (not XW_R_ALL). The steps of (m, x) are together,
 * at key m * n_slots + slot[x], so a chain costs one lookup.
 */
struct xw_fanout {
	size_t n_hub, n_right;    /* items of the hub and of B */
	uint32_t masks;           /* the masks x it holds steps for */
	uint8_t slot[32];         /* per x in @masks: its place among them */
	size_t n_slots;           /* how many masks @masks holds */
	uint32_t *first;          /* n_hub * n_slots + 1 offsets into v, by key */
	uint32_t *v;              /* b << 8 | 0x60 | the composed mask */
};

/**
 * The fan-out of @p (hub -> B) for the masks in @masks, such as the
 * union of the xw_adjacency masks of every A it will meet. Errors as
 * xw_adjacency_init, and XW_ELIMIT when the steps would be 2^32 - 9 or
 * more.
 */
int xw_fanout_init(struct xw_fanout *fo, const struct xw_pairs *p,
		   uint32_t masks, struct xw_error *err);
void xw_fanout_clear(struct xw_fanout *fo);

/** Working memory of xw_coverage_through, reusable (one per thread). */
struct xw_through {
	uint32_t *state;          /* per B item: last A item << 7 | best status << 5 | mask */
	uint32_t *step;           /* every chain's steps, one after the other */
	uint32_t *from;           /* per step: the A item of its chain */
	size_t cap_state, cap_step, cap_from;   /* entries of each */
};

void xw_through_init(struct xw_through *t);
void xw_through_clear(struct xw_through *t);

/**
 * Sets @status[b] for every item b of B (@hb->n_right entries) to the
 * coverage of b by A through the hub, from A's pairs with the hub @ah
 * and the hub's fan-out to B @hb. Only chains through specific items
 * exist here, so a status is covered, partly covered or unknown.
 * Errors: XW_ENOMEM; XW_EUSAGE when @ah and @hb do not meet at one hub
 * or @hb lacks a mask @ah uses.
 */
int xw_coverage_through(enum xw_cover *status, const struct xw_adjacency *ah,
			const struct xw_fanout *hb, struct xw_through *t,
			struct xw_error *err);

#endif
