/* SPDX-License-Identifier: MIT */
#ifndef XR_NAMES_H
#define XR_NAMES_H

/*
 * Sheet names as Excel wants them: at most 31 characters (UTF-16 units),
 * none of []:*?/\ or control characters, no apostrophe first or last,
 * unique without regard to case, and not "History". A name that is
 * taken gets " (2)", " (3)"... so the same report always gets the same
 * names.
 */

#include <stddef.h>

#define XR_NAME_UNITS 31
#define XR_NAME_SIZE 128    /* 31 units of UTF-8 and the NUL fit */

struct xr_names {
	char (*taken)[XR_NAME_SIZE];
	size_t n, cap;
};

/*
 * Fills @out with a valid name made from @wanted (UTF-8; "" or NULL
 * gives "Sheet") that no earlier call returned, and records it.
 * Returns 0 or XW_ENOMEM.
 */
int xr_names_make(struct xr_names *names, const char *wanted,
		  char out[XR_NAME_SIZE]);

void xr_names_free(struct xr_names *names);

#endif
