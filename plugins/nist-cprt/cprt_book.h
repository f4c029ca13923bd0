/* SPDX-License-Identifier: MIT */
#ifndef CPRT_BOOK_H
#define CPRT_BOOK_H

/*
 * Finding a table in a workbook: the first sheet, in tab order, that a
 * reader's test says holds it. Shared by the readers of NIST's workbooks
 * (nist-cprt, and nist-versions, which compiles this file in).
 */

#include <stdbool.h>
#include <stddef.h>

#include "xlsx.h"
#include "xwalk/plugin.h"

/* True when @sheet holds the table; may note where in @ctx. */
typedef bool (*cprt_table_fn)(const struct xlsx_sheet *sheet, void *ctx);

/*
 * Loads the sheets of @book in tab order until @holds says one holds the
 * table: 1 with it in *@out (and its place in *@index), 0 when none
 * does, or the reader's error in @e.
 */
int cprt_book_find(struct xlsx_book *book, cprt_table_fn holds, void *ctx,
		   struct xlsx_sheet **out, size_t *index, struct xlsx_error *e);

/* How sure a probe can be of @in: 85 for a workbook with the table, else 0. */
int cprt_book_probe(const struct xw_input *in, cprt_table_fn holds, void *ctx);

/*
 * Opens the workbook in @in and finds the table (cprt_book_find): 0 with
 * the book and sheet in *@book and *@sheet, XW_EUNSUPPORTED with nothing
 * reported when @in is no workbook or none of its sheets holds the table
 * (not the reader's), or the reader's error, reported. The caller frees
 * what it got in every case.
 */
int cprt_book_open(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		   cprt_table_fn holds, void *ctx, struct xlsx_book **book,
		   struct xlsx_sheet **sheet, size_t *index);

/* Reports an .xlsx reader error, "where: message". */
int cprt_book_report(const struct xw_host *h, struct xw_call *call, const struct xlsx_error *e);

#endif
