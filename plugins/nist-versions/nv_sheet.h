/* SPDX-License-Identifier: MIT */
#ifndef NV_SHEET_H
#define NV_SHEET_H

/*
 * The table of NIST's "Analysis of updates between 800-53 Rev. 5 and
 * Rev. 4" workbook: the first sheet, in tab order, whose top rows head
 * the columns ID, TITLE, "More than editorial or administrative change?
 * (Y/N)", Changed Elements and Change Details (NIST's sheet "Rev4 Rev5
 * Compared", rows 1 and 2). Columns are found by their header text
 * (blanks, line breaks and ASCII case aside), never by their letter; the
 * rows below the last header row are read, as Excel shows them.
 */

#include <stdint.h>

#include "xlsx.h"
#include "xwalk/plugin.h"

enum nv_col { NV_COL_ID, NV_COL_TITLE, NV_COL_EDITORIAL, NV_COL_CHANGES, NV_COL_DETAILS, NV_N_COLS };

/* The top rows the headers are looked for in. */
#define NV_HEADER_ROWS 10

struct nv_sheet {
	const struct xw_host *h;
	struct xw_call *call;
	struct xlsx_book *book;
	struct xlsx_sheet *sheet;
	uint32_t first_row;           /* the first row below the headers */
	uint32_t last_row;
	uint32_t col[NV_N_COLS];
};

/* How sure probe() can be: 85 for a workbook with the table, else 0. */
int nv_sheet_probe(const struct xw_input *in);

/*
 * Opens the workbook and finds the table. XW_EUNSUPPORTED, with nothing
 * reported, when @in is no workbook or has no such table; other errors
 * are reported. nv_sheet_close() in every case.
 */
int nv_sheet_open(struct nv_sheet *s, const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in);
void nv_sheet_close(struct nv_sheet *s);

/* The value shown in column @c of @row. */
const char *nv_sheet_get(const struct nv_sheet *s, uint32_t row, enum nv_col c);

/* Reports "Sheet!A12: message" for column @c of @row. */
__attribute__((format(printf, 5, 6)))
int nv_sheet_fail(const struct nv_sheet *s, uint32_t row, enum nv_col c, int code,
		  const char *fmt, ...);

/* Sets the host's position to the cell, for the items and rows added there. */
void nv_sheet_at(const struct nv_sheet *s, uint32_t row, enum nv_col c);

#endif
