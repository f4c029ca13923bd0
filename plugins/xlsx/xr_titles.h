/* SPDX-License-Identifier: MIT */
#ifndef XR_TITLES_H
#define XR_TITLES_H

/*
 * The titles of items in both languages, from every section of kind
 * "items" of a report, found by framework and item id. The strings are
 * the report's (borrowed).
 */

#include <stddef.h>

#include "xwalk/plugin.h"

struct xr_title {
	const char *framework, *item, *ja, *en;
};

struct xr_titles {
	struct xr_title *v;
	size_t n;
};

/* Returns 0 or XW_ENOMEM. */
int xr_titles_init(struct xr_titles *t, const struct xw_host *h,
		   const struct xw_report *r);

/* The item's titles, or NULL when the report lists none. */
const struct xr_title *xr_titles_find(const struct xr_titles *t,
				      const char *framework, const char *item);

/* Its title in @lang ("ja" or anything else for English), else the
 * other language's; "" when it has neither. */
const char *xr_title_in(const struct xr_title *t, const char *lang);

void xr_titles_free(struct xr_titles *t);

#endif
