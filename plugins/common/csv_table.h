/* SPDX-License-Identifier: MIT */
#ifndef CSV_TABLE_H
#define CSV_TABLE_H

/*
 * A CSV file held whole as a table of records, for readers that look at
 * rows out of order (a header found below some leading rows, rows read
 * again after the header). Built on the tokenizer of csv_parse.h, within
 * its limits. Rows and columns are 1-based, as in a spreadsheet.
 */

#include <stdint.h>

#include "xwalk/plugin.h"

struct csv_table;

/*
 * Checks that @in is UTF-8 (when @call is set) and reads its records,
 * at most @max_rows of them (0: all) into *@out, which the caller frees
 * with csv_table_free(). With a NULL @call (probing) nothing is reported
 * and a syntax error ends the table where it stands. Errors: those of
 * the tokenizer and of the UTF-8 check, already reported; XW_ENOMEM.
 */
int csv_table_load(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, uint32_t max_rows,
		   struct csv_table **out);
/* Accepts NULL. */
void csv_table_free(struct csv_table *t);

uint32_t csv_table_rows(const struct csv_table *t);
/* The number of cells of record @row; 0 past the end. */
uint32_t csv_table_cols(const struct csv_table *t, uint32_t row);
/* The cell's text, unquoted; "" past the end of the table or the record. */
const char *csv_table_text(const struct csv_table *t, uint32_t row, uint32_t col);
/*
 * Where the cell begins in the file (line, column in characters); a cell
 * past its record's end gives the record's line and column 0.
 */
void csv_table_where(const struct csv_table *t, uint32_t row, uint32_t col,
		     unsigned *line, unsigned *column);

#endif
