/* SPDX-License-Identifier: MIT */
#ifndef XR_STRENGTH_H
#define XR_STRENGTH_H

/*
 * The strength behind a matrix cell: the report's "links" section says
 * which mapping row decides each (sources, target) pair and with what
 * coverage, and its "rows" section gives each row's strength. Either
 * may be missing; then no cell has a strength.
 */

#include <stddef.h>

#include "xwalk/plugin.h"
#include "xr_coverage.h"

struct xr_link {
	const char *target, *sources, *coverage;   /* borrowed */
	int strength;                              /* -1: none given */
};

struct xr_strengths {
	struct xr_link *v;    /* sorted by target */
	size_t n;
};

/* Returns 0 or XW_ENOMEM. */
int xr_strengths_init(struct xr_strengths *st, const struct xw_host *h,
		      const struct xw_report *r);

/*
 * The highest strength among the links from @source to @target that give
 * coverage @c (the cell's), or -1 when none gives one.
 */
int xr_strength_of(const struct xr_strengths *st, const char *source,
		   const char *target, enum xr_coverage c);

void xr_strengths_free(struct xr_strengths *st);

#endif
