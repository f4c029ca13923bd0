/* SPDX-License-Identifier: MIT */
#ifndef JC_GRID_H
#define JC_GRID_H

/*
 * A check sheet as a grid of text cells, rows and columns 1-based, from
 * either kind of file: the first sheet of an .xlsx workbook that holds
 * the table (its values read merge-aware, so a label's cells merged
 * over its items' rows give every row the label), or a CSV file, where
 * row N is the file's Nth record. The grid also knows how to say where
 * a cell is: "Sheet!B7: message" for a workbook, line:column for CSV.
 */

#include <stdint.h>

#include "xlsx.h"
#include "xwalk/plugin.h"

struct jc_records;

/* The table's header row is one of the first JC_HEADER_ROWS rows of its sheet. */
#define JC_HEADER_ROWS 100

struct jc_grid {
	const struct xw_host *h;
	struct xw_call *call;        /* NULL while probing: nothing is reported */
	struct xlsx_book *book;      /* a workbook and its sheet, or NULL ... */
	struct xlsx_sheet *sheet;
	struct jc_records *csv;      /* ... for a CSV file */
};

/* The header row of a table in @g, or 0 when @g holds none. */
typedef uint32_t (*jc_find_fn)(const struct jc_grid *g, void *ctx);

/*
 * Opens @in as a workbook, else as CSV, and finds the table with @find:
 * in a workbook, on the first sheet (in tab order) where @find finds a
 * header row. Returns the header row; XW_EUNSUPPORTED, reporting
 * nothing, when @in holds no table; other errors are reported (quietly
 * returned while probing). jc_grid_close() in every case.
 */
int jc_grid_open(struct jc_grid *g, const struct xw_host *h, struct xw_call *call,
		 const struct xw_input *in, jc_find_fn find, void *ctx,
		 uint32_t *header_row);
void jc_grid_close(struct jc_grid *g);

uint32_t jc_grid_rows(const struct jc_grid *g);
uint32_t jc_grid_cols(const struct jc_grid *g);

/* The value shown in the cell; "" past the end of its row or of the grid. */
const char *jc_grid_value(const struct jc_grid *g, uint32_t row, uint32_t col);

/* Sets the host's position to the cell, for what is added or reported next. */
void jc_grid_at(const struct jc_grid *g, uint32_t row, uint32_t col);

/* Reports @fmt as an error (or a warning) at the cell. */
__attribute__((format(printf, 5, 6)))
int jc_grid_fail(const struct jc_grid *g, uint32_t row, uint32_t col, int code,
		 const char *fmt, ...);
__attribute__((format(printf, 4, 5)))
void jc_grid_warn(const struct jc_grid *g, uint32_t row, uint32_t col,
		  const char *fmt, ...);

/* "B7" (workbook) or "line 7" (CSV) into @buf, for messages naming another cell. */
void jc_grid_name(const struct jc_grid *g, uint32_t row, uint32_t col, char *buf,
		  size_t size);

#endif
