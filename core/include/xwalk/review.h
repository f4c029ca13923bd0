/* SPDX-License-Identifier: MIT */
#ifndef XWALK_REVIEW_H
#define XWALK_REVIEW_H

/**
 * The review workflow kept in the mapping files themselves: selecting
 * rows, and recording a review on a row together with the text hashes
 * of the items as they were reviewed (so a later rewording shows up as a
 * stale row in lint).
 */

#include <stdbool.h>

#include "xwalk/framework.h"
#include "xwalk/mapping.h"

/** Which rows: all given conditions must hold; unset fields match anything. */
struct xw_row_filter {
	const char *const *ids;          /* row ids; NULL or empty: any */
	size_t n_ids;
	enum xw_relationship relationship; /* XW_REL_UNSET: any */
	const char *source_prefix;       /* a source id starts with it */
	const char *target_prefix;       /* a target id starts with it */
	int review;                      /* enum xw_review_status, or -1: any */
};

bool xw_row_matches(const struct xw_row *r, const struct xw_row_filter *f);

/**
 * Records a review on @r: status, reviewer, date (YYYY-MM-DD), and the
 * current text hashes of its source items (in @src) and target items (in
 * @tgt), replacing any recorded before.
 * Errors: XW_EINVAL (a bad date, a cited item missing), XW_ENOMEM.
 */
int xw_row_review(struct xw_row *r, enum xw_review_status status,
		  const char *reviewer, const char *date,
		  const struct xw_framework *src, const struct xw_framework *tgt,
		  struct xw_error *err);

/**
 * How many items @r recorded a text hash for at review whose text has
 * changed since (in @src for its sources, @tgt for its targets; either
 * may be NULL). A row with any is stale: it needs reviewing again.
 */
size_t xw_row_changed_items(const struct xw_row *r, const struct xw_framework *src,
			    const struct xw_framework *tgt);

#endif
