/* SPDX-License-Identifier: MIT */
#ifndef XR_STYLE_H
#define XR_STYLE_H

/*
 * The cell formats of a report workbook. They belong to the workbook
 * (libxlsxwriter frees them with it); only those used reach the file.
 */

#include <stdbool.h>
#include <xlsxwriter.h>

#include "xr_coverage.h"

struct xr_style {
	lxw_format *header;          /* bold, shaded, bordered, wrapped */
	lxw_format *header_rotated;  /* the same, text turned upright */
	lxw_format *title;           /* a sheet's heading line */
	lxw_format *wrap;            /* long text, top-aligned */
	lxw_format *top;             /* short text, top-aligned */
	lxw_format *mark;            /* a ○/△/✖ cell: large, centred */
	/* matrix cells by coverage, jointly (hatched) and strength band */
	lxw_format *coverage[XR_COVERAGE_COUNT][2][XR_BAND_COUNT];
};

/* Adds the formats to @wb. Returns 0 or XW_ENOMEM. */
int xr_style_init(struct xr_style *st, lxw_workbook *wb);

#endif
