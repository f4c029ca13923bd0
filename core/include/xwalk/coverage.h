/* SPDX-License-Identifier: MIT */
#ifndef XWALK_COVERAGE_H
#define XWALK_COVERAGE_H

/**
 * Coverage: for each leaf item of one framework, how much of it another
 * framework's items cover, by the loaded mapping sets.
 *
 * - covered: some row's source side contains the item (EQ or PPi, alone
 *   or as a group of sources together);
 * - partly covered: a row's source side certainly overlaps it, no more;
 * - not covered: a gap row says nothing in the "from" framework relates
 *   to it (a row about one unrelated item decides nothing);
 * - unknown: no row about it, or none that decides. Unknown is never
 *   counted as covered, and "not mapped" is never read as "no
 *   relationship".
 */

#include "xwalk/links.h"
#include "xwalk/pairs.h"

enum xw_cover {
	XW_COVER_UNKNOWN,
	XW_COVER_NONE,
	XW_COVER_PARTLY,
	XW_COVER_FULL,
	XW_COVER_COUNT
};

struct xw_coverage {
	struct xw_links links;      /* from -> to */
	enum xw_cover *status;      /* per "to" item (leaves; others UNKNOWN) */
	const struct xw_link **why; /* per "to" item: the deciding link, or NULL */
};

struct xw_coverage_totals {
	size_t n[XW_COVER_COUNT];
	size_t total;
};

/** What a link's relation means for coverage. */
enum xw_cover xw_cover_of(xw_rel rel);
const char *xw_cover_name(enum xw_cover c);

/**
 * What a derived pair's relation means for coverage. A chain runs through
 * one specific item, so "no relationship" decides nothing here and, like
 * an empty (contradictory) mask, counts as unknown.
 */
enum xw_cover xw_cover_of_chain(xw_rel rel);

/** Coverage of @to by @from. Errors: XW_ENOMEM. */
int xw_coverage_compute(struct xw_coverage *out, const struct xw_catalog *cat,
			const struct xw_framework *from,
			const struct xw_framework *to, struct xw_error *err);
void xw_coverage_clear(struct xw_coverage *c);

/**
 * Coverage by derived pairs, such as those of xw_pairs_compose_masks:
 * @status[b] (@ab->fb->n_items entries) is the best xw_cover_of_chain of
 * the pairs (a, b), or unknown when there is none.
 */
void xw_coverage_of_pairs(enum xw_cover *status, const struct xw_pairs *ab);

/**
 * Totals over the active leaf items of @to in profile @profile
 * (XW_NONE: all of them).
 */
void xw_coverage_totals(const struct xw_coverage *c, size_t profile,
			struct xw_coverage_totals *out);

#endif
