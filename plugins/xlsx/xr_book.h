/* SPDX-License-Identifier: MIT */
#ifndef XR_BOOK_H
#define XR_BOOK_H

/*
 * One report being laid out as a workbook: the host's report, the
 * libxlsxwriter workbook, its formats and the sheet names given so far.
 * Every function returns 0 or a negative XW_E* code already reported
 * through the host (as "section 'TITLE': what is wrong").
 */

#include <stdbool.h>
#include <stddef.h>
#include <xlsxwriter.h>

#include "xwalk/plugin.h"
#include "xr_names.h"
#include "xr_style.h"
#include "xr_titles.h"

struct xr_book {
	const struct xw_host *host;
	struct xw_call *call;
	const struct xw_report *report;
	lxw_workbook *wb;
	struct xr_style style;
	struct xr_names names;
	struct xr_titles titles;   /* of the report's items, both languages */
	const char *section;    /* the section being written, for messages */
	bool has_legend;        /* the matrix legend sheet is written once */
};

/* Writes the report @r as an .xlsx workbook onto @out. */
int xr_book_write(const struct xw_host *host, struct xw_call *call,
		  const struct xw_report *r, struct xw_output *out);

/* A new sheet named after @wanted (made valid and unique); NULL when
 * it could not be added, with the error reported and in *rc. */
lxw_worksheet *xr_book_sheet(struct xr_book *b, const char *wanted, int *rc);

/* One text cell; "" leaves the cell empty but formatted. */
int xr_book_text(struct xr_book *b, lxw_worksheet *ws, size_t row, size_t col,
		 const char *text, lxw_format *fmt);

/* Reports a libxlsxwriter failure @err (0 when @err is LXW_NO_ERROR). */
int xr_book_check(struct xr_book *b, lxw_error err);

#endif
