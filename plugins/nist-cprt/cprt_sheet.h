/* SPDX-License-Identifier: MIT */
#ifndef CPRT_SHEET_H
#define CPRT_SHEET_H

/*
 * The table of a CPRT export: the first sheet, in tab order, with a row
 * holding the headers Function, Category and Subcategory (NIST's sheet
 * "CSF 2.0", row 2). That row is the header row; every column is found
 * by its header text, never by its letter, and the rows below it are
 * read. Values are read as Excel shows them (merge-aware).
 */

#include <stdint.h>

#include "xlsx.h"
#include "xwalk/plugin.h"

enum cprt_col {
	CPRT_COL_FUNCTION, CPRT_COL_CATEGORY, CPRT_COL_SUBCATEGORY,
	CPRT_COL_EXAMPLES, CPRT_COL_REFERENCES,
	CPRT_N_COLS
};

struct cprt_sheet {
	const struct xw_host *h;
	struct xw_call *call;
	struct xlsx_book *book;
	struct xlsx_sheet *sheet;
	size_t index;                 /* the sheet's place in the tab order */
	uint32_t header_row;
	uint32_t col[CPRT_N_COLS];    /* 0 when the sheet has no such column */
};

/* The header text of column @c, as NIST writes it. */
const char *cprt_col_name(enum cprt_col c);

/* How sure probe() can be: 85 for a workbook with the table, else 0. */
int cprt_sheet_probe(const struct xw_input *in);

/*
 * Opens the workbook and finds the table. XW_EUNSUPPORTED, with nothing
 * reported, when @in is no workbook or has no such table; other errors
 * are reported. cprt_sheet_close() in every case.
 */
int cprt_sheet_open(struct cprt_sheet *s, const struct xw_host *h,
		    struct xw_call *call, const struct xw_input *in);
void cprt_sheet_close(struct cprt_sheet *s);

/* Reports, at the header row, that the table has no column @c (when so). */
int cprt_sheet_need(const struct cprt_sheet *s, enum cprt_col c);

/* The value shown in column @c of @row; "" when the table has no such column. */
const char *cprt_sheet_get(const struct cprt_sheet *s, uint32_t row, enum cprt_col c);

/* Reports an xlsx reader error. */
int cprt_sheet_report(const struct cprt_sheet *s, const struct xlsx_error *e);

/* Reports "Sheet!E12: message" for column @c (present) of @row. */
__attribute__((format(printf, 5, 6)))
int cprt_sheet_fail(const struct cprt_sheet *s, uint32_t row, enum cprt_col c,
		    int code, const char *fmt, ...);
__attribute__((format(printf, 4, 5)))
void cprt_sheet_warn(const struct cprt_sheet *s, uint32_t row, enum cprt_col c,
		     const char *fmt, ...);

/* Sets the host's position to the cell, for the items and rows added there. */
void cprt_sheet_at(const struct cprt_sheet *s, uint32_t row, enum cprt_col c);

#endif
