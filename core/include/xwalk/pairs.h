/* SPDX-License-Identifier: MIT */
#ifndef XWALK_PAIRS_H
#define XWALK_PAIRS_H

/**
 * Pairs: what is known of (a, b) for leaf items a of one framework and b
 * of another, as relation masks with the rows they were derived from.
 * Only pairs something is known about are stored; any other pair is
 * XW_R_ALL (nothing known).
 *
 * Direct pairs come from the mapping sets between the two frameworks (a
 * row about a group says of each member only what follows for it).
 * Composed pairs follow chains: (a, m) then (m, c) for every shared
 * item m, intersected over all m. A chain never claims more than follows
 * from its links. An empty mask is a contradiction between chains; it
 * keeps the rows of all of them. Direct rows that contradict each other
 * are kept apart, in @conflicts.
 */

#include "xwalk/links.h"

struct xw_pair {
	size_t a, b;                    /* leaf item indexes */
	xw_rel rel;                     /* what (a, b) can be */
	const struct xw_row **rows;     /* the rows it rests on, sorted, unique */
	size_t n_rows;
	size_t via;                     /* middle item of a composed pair, else XW_NONE */
};

struct xw_pairs {
	const struct xw_framework *fa, *fb;
	struct xw_pair *v;              /* in order of (a, b) after xw_pairs_sort() */
	size_t n, cap;
	size_t *slots;                  /* hash table of indexes into v, or XW_NONE */
	size_t mask;
	/* direct pairs whose rows contradict each other */
	struct xw_pair *conflicts;
	size_t n_conflicts;
};

/** Pairs stated by the mapping sets between @fa and @fb in @cat. */
int xw_pairs_direct(struct xw_pairs *out, const struct xw_catalog *cat,
		    const struct xw_framework *fa, const struct xw_framework *fb,
		    struct xw_error *err);

/**
 * The pairs the links @l state (xw_pairs_direct without collecting the
 * links again, for a caller that has them, from xw_coverage_compute say).
 * With @rows false, as in xw_pairs_compose_masks: no rows, and
 * @out->conflicts stays empty (a contradicting row still leaves its pair
 * as it was). @out does not refer to @l.
 */
int xw_pairs_from_links(struct xw_pairs *out, const struct xw_links *l, bool rows,
			struct xw_error *err);

/** (a, c) from (a, b) in @ab and (b, c) in @bc. */
int xw_pairs_compose(struct xw_pairs *out, const struct xw_pairs *ab,
		     const struct xw_pairs *bc, struct xw_error *err);

/**
 * The same masks without provenance: pairs carry no rows and @out has
 * no lookup index (xw_pairs_get finds nothing). For bulk work where only
 * the relations are needed.
 */
int xw_pairs_compose_masks(struct xw_pairs *out, const struct xw_pairs *ab,
			   const struct xw_pairs *bc, struct xw_error *err);

/** The pair (a, b), or NULL when nothing is known. */
const struct xw_pair *xw_pairs_get(const struct xw_pairs *p, size_t a, size_t b);

/** Sorts by (a, b) for output; lookups keep working. */
void xw_pairs_sort(struct xw_pairs *p);

void xw_pairs_clear(struct xw_pairs *p);

#endif
