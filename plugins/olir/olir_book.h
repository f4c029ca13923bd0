/* SPDX-License-Identifier: MIT */
#ifndef OLIR_BOOK_H
#define OLIR_BOOK_H

/*
 * An OLIR file opened: a CSV file, or a workbook (a zip). The
 * relationship table is the first row, within the first
 * OLIR_HEADER_ROWS rows of the file or of a sheet in tab order, that
 * heads a column "Focal Document Element" and one "Reference Document
 * Element". General information is read from a sheet named "General
 * Information" and from the rows above the table's header.
 */

#include <stdint.h>

#include "olir_columns.h"
#include "cell_grid.h"

#define OLIR_HEADER_ROWS 64

struct xlsx_book;

struct olir_book {
	struct csv_table *csv;
	struct xlsx_book *xlsx;
	struct xlsx_sheet **sheets;  /* the workbook's, loaded */
	size_t n_sheets;
	struct cell_grid table;      /* the grid of the relationship table */
	struct cell_grid info;       /* "General Information"; .rows 0 when none */
	uint32_t header;             /* the table's header row */
	uint32_t col[OLIR_N_COLS];   /* each column's number; 0 when absent */
};

/*
 * Opens @in and finds its table. With a NULL @call (probing) nothing is
 * reported and a CSV file is read only as far as a header may be.
 * XW_EUNSUPPORTED, unreported, when there is no table; other errors
 * (the workbook's, a column headed twice) are reported.
 * olir_book_close() in every case.
 */
int olir_book_open(struct olir_book *b, const struct xw_host *h,
		   struct xw_call *call, const struct xw_input *in);
void olir_book_close(struct olir_book *b);

#endif
