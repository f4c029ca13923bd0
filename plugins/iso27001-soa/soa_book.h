/* SPDX-License-Identifier: MIT */
#ifndef SOA_BOOK_H
#define SOA_BOOK_H

/*
 * A Statement of Applicability as grids of text, whatever file it came
 * in: one grid for a CSV file, one per sheet for a workbook. Rows and
 * columns are 1-based. The grid reports errors at its cells: a CSV cell
 * as file:line:column, a workbook cell as "file: Sheet!B7: message".
 */

#include <stdarg.h>
#include <stdbool.h>
#include <stdint.h>

#include "xwalk/plugin.h"

struct soa_csv;
struct xlsx_book;
struct xlsx_sheet;

struct soa_book;

struct soa_grid {
	struct soa_book *book;
	struct xlsx_sheet *sheet;    /* NULL for CSV */
	uint32_t last_row;
};

struct soa_book {
	/* where errors go; a NULL @call keeps the book quiet (probing) */
	const struct xw_host *h;
	struct xw_call *call;
	struct soa_csv *csv;
	struct xlsx_book *xlsx;
	struct soa_grid *grids;
	size_t n_grids;
};

/*
 * Opens @in as a workbook when it is a zip, else as UTF-8 CSV, reading
 * at most @max_rows rows of a CSV file (0: all). XW_EUNSUPPORTED, with
 * nothing reported, for a zip that is no workbook; other errors are
 * reported. soa_book_close() in every case.
 */
int soa_book_open(struct soa_book *b, const struct xw_host *h,
		  struct xw_call *call, const struct xw_input *in,
		  uint32_t max_rows);
void soa_book_close(struct soa_book *b);

/* True when @in is a zip, which soa_book_open() opens as a workbook. */
bool soa_book_is_zip(const struct xw_input *in);

/* True for a workbook's grids, whose numbers may be Excel serial dates. */
bool soa_grid_is_sheet(const struct soa_grid *g);

uint32_t soa_grid_last_col(const struct soa_grid *g, uint32_t row);
/* The cell's own text ("" when empty): a merged range's lies in its first cell. */
const char *soa_grid_cell(const struct soa_grid *g, uint32_t row, uint32_t col);
/* The text shown in the cell: a merged range's in each of its cells. */
const char *soa_grid_value(const struct soa_grid *g, uint32_t row, uint32_t col);
/* True when the two cells are in one merged range. */
bool soa_grid_merged(const struct soa_grid *g, uint32_t row, uint32_t col1,
		     uint32_t col2);

/* "'SoA'!B7", or "line 7, column 2" of a CSV file, into @buf. */
void soa_grid_ref(const struct soa_grid *g, uint32_t row, uint32_t col,
		  char *buf, size_t size);

/* Sets the host's position to the cell, for the results added there. */
void soa_grid_at(const struct soa_grid *g, uint32_t row, uint32_t col);

/* Reports @fmt at the cell (a CSV cell past its record's end: its line). */
__attribute__((format(printf, 5, 6)))
int soa_grid_fail(const struct soa_grid *g, uint32_t row, uint32_t col,
		  int code, const char *fmt, ...);
__attribute__((format(printf, 5, 0)))
int soa_grid_vfail(const struct soa_grid *g, uint32_t row, uint32_t col,
		   int code, const char *fmt, va_list ap);
__attribute__((format(printf, 4, 5)))
void soa_grid_warn(const struct soa_grid *g, uint32_t row, uint32_t col,
		   const char *fmt, ...);

#endif
