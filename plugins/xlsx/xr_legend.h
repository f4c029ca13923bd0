/* SPDX-License-Identifier: MIT */
#ifndef XR_LEGEND_H
#define XR_LEGEND_H

/*
 * The Legend sheet: every colour a matrix cell can take, by coverage,
 * jointly or not and strength band, drawn with the matrix's own formats
 * and said in words.
 */

#include "xr_book.h"

/* Returns 0 or a negative XW_E* code, already reported. */
int xr_legend_write(struct xr_book *b);

#endif
