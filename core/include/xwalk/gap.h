/* SPDX-License-Identifier: MIT */
#ifndef XWALK_GAP_H
#define XWALK_GAP_H

/**
 * Reuse: which items of a target framework a company's existing results
 * (assessments on any frameworks, several at once) already satisfy,
 * through the loaded mapping sets.
 *
 * Per target leaf item:
 * - satisfied: a row's source side contains the item (EQ/PPi) and every
 *   source item is implemented;
 * - partly satisfied: such a row with sources only partly implemented,
 *   or a row that overlaps the item with sources implemented or partly;
 * - not satisfied: the rows about the item lead only to sources the
 *   results say are not implemented or not applicable;
 * - no evidence: no row about it, or no result for its sources.
 * Not-applicable and not-implemented results are never evidence. A
 * result on the target framework itself counts directly. Reuse is
 * conditional when the row has conditions or the assessment's
 * certificate has expired by the report date.
 */

#include "xwalk/coverage.h"

enum xw_reuse {
	XW_REUSE_NO_EVIDENCE,
	XW_REUSE_NOT,
	XW_REUSE_PARTLY,
	XW_REUSE_SATISFIED,
	XW_REUSE_COUNT
};

/** One piece of evidence: a result reached through a row, or directly. */
struct xw_evidence {
	const struct xw_assessment *assessment;
	const struct xw_link *link;          /* NULL: a result on the target itself */
	const struct xw_result *result;      /* the direct result, or NULL */
	enum xw_reuse outcome;
	bool expired;                        /* the assessment's certificate */
};

struct xw_gap_item {
	enum xw_reuse status;
	bool conditional;                    /* best evidence has conditions or expired */
	struct xw_evidence best;             /* what decided the status */
};

struct xw_gap {
	const struct xw_framework *target;
	struct xw_gap_item *items;           /* per target item; leaves are set */
	struct xw_links *links;              /* one per assessment */
	size_t n_links;
};

/**
 * Computes reuse of @n assessments (on frameworks found in @cat) for
 * @target. @today (YYYY-MM-DD) decides certificate expiry.
 * Errors: XW_ENOTFOUND for an assessment on an unknown framework, XW_ENOMEM.
 */
int xw_gap_compute(struct xw_gap *out, const struct xw_catalog *cat,
		   const struct xw_assessment *const *assessments, size_t n,
		   const struct xw_framework *target, const char *today,
		   struct xw_error *err);
void xw_gap_clear(struct xw_gap *g);

const char *xw_reuse_name(enum xw_reuse r);

#endif
