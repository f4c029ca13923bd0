/* SPDX-License-Identifier: MIT */
#ifndef XWALK_DIFF_H
#define XWALK_DIFF_H

/**
 * Differences between two versions of a framework, and between two
 * mapping sets (two versions, or two reviewers mapping independently).
 */

#include <stddef.h>

#include "xwalk/framework.h"
#include "xwalk/mapping.h"

enum xw_item_change {
	XW_ITEM_ADDED,       /* only in the new version */
	XW_ITEM_REMOVED,     /* only in the old version */
	XW_ITEM_RENUMBERED,  /* same text under another id */
	XW_ITEM_MOVED,       /* same id, another parent */
	XW_ITEM_REWORDED,    /* same id, another text hash */
	XW_ITEM_WITHDRAWN,   /* same id, now withdrawn */
	XW_ITEM_UNCOMPARED,  /* same id, but a version's title or text is not known */
	XW_ITEM_CHANGE_COUNT
};

struct xw_item_diff {
	enum xw_item_change change;
	size_t old_item;     /* index in the old version, or XW_NONE */
	size_t new_item;     /* index in the new version, or XW_NONE */
};

/**
 * Lists what changed from @old to @new, in the old version's order, then
 * the added items in the new version's order. One item may appear more
 * than once (moved and reworded). An item withdrawn in the new version
 * is only "withdrawn": its place and words there are no requirement. An
 * item whose title or text either version lists as unknown is
 * "uncompared", never "reworded", and is no candidate for renumbering.
 * Errors: XW_ENOMEM.
 */
int xw_framework_diff(const struct xw_framework *old,
		      const struct xw_framework *new_,
		      struct xw_item_diff **out, size_t *n, struct xw_error *err);

const char *xw_item_change_name(enum xw_item_change c);

enum xw_row_change { XW_ROW_ADDED, XW_ROW_REMOVED, XW_ROW_CHANGED };

struct xw_row_diff {
	enum xw_row_change change;
	const struct xw_row *old_row;   /* NULL when added */
	const struct xw_row *new_row;   /* NULL when removed */
	char fields[160];               /* changed fields, "relationship, strength" */
};

/** Rows matched by id. Errors: XW_ENOMEM. */
int xw_mapping_diff(const struct xw_mapping *old, const struct xw_mapping *new_,
		    struct xw_row_diff **out, size_t *n, struct xw_error *err);

/**
 * Agreement of two sets on the relationship of each pair of item sets
 * (sources, targets) that either maps, unmapped counting as a category
 * of its own: observed agreement, and Cohen's kappa.
 */
struct xw_disagreement {
	const struct xw_row *a;   /* NULL: the first set does not map the pair */
	const struct xw_row *b;   /* NULL: the second set does not */
};

struct xw_agreement {
	size_t pairs;        /* pairs mapped by either set */
	size_t agree;
	double observed;     /* agree / pairs */
	double kappa;        /* 1: full agreement; 0: what chance gives */
	struct xw_disagreement *disagree;  /* owned; free() it */
	size_t n_disagree;
};

int xw_mapping_agreement(const struct xw_mapping *a, const struct xw_mapping *b,
			 struct xw_agreement *out, struct xw_error *err);

#endif
