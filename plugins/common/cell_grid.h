/* SPDX-License-Identifier: MIT */
#ifndef CELL_GRID_H
#define CELL_GRID_H

/*
 * Cells of a table, whatever file it came in: the records of a CSV file
 * (csv_table.h) or one sheet of a workbook (xlsx.h), for plugins that
 * read both. Rows and columns are 1-based. Messages name the cell: a CSV
 * cell by the host's file:line:column, a workbook cell in the message
 * ("Relationships!C5: ..."), as Excel names it.
 */

#include <stdint.h>

#include "xwalk/plugin.h"

struct csv_table;
struct xlsx_error;
struct xlsx_sheet;

struct cell_grid {
	const struct xw_host *h;
	struct xw_call *call;        /* NULL while probing: nothing is reported */
	const struct csv_table *csv; /* one of the two */
	const struct xlsx_sheet *sheet;
	uint32_t rows;
};

uint32_t cell_grid_cols(const struct cell_grid *g, uint32_t row);
/* The text shown in the cell; "" when empty. */
const char *cell_grid_cell(const struct cell_grid *g, uint32_t row, uint32_t col);

/*
 * Sets the host's position to the cell (a sheet's as row:column), for
 * what is built from it next.
 */
void cell_grid_at(const struct cell_grid *g, uint32_t row, uint32_t col);

__attribute__((format(printf, 5, 6)))
int cell_grid_fail(const struct cell_grid *g, uint32_t row, uint32_t col,
		   int code, const char *fmt, ...);
__attribute__((format(printf, 4, 5)))
void cell_grid_warn(const struct cell_grid *g, uint32_t row, uint32_t col,
		    const char *fmt, ...);

/* Reports an error of the .xlsx reader ("where: message"); returns its code. */
int cell_grid_xlsx_error(const struct cell_grid *g, const struct xlsx_error *e);

#endif
