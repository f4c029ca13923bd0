/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "csv_table.h"
#include "olir_book.h"
#include "olir_text.h"
#include "xlsx.h"

#define INFO_SHEET "General Information"

/* True when @row heads both element columns. */
static bool heads_table(const struct cell_grid *g, uint32_t row)
{
	bool focal = false, reference = false;

	for (uint32_t c = 1; c <= cell_grid_cols(g, row); c++) {
		int k = olir_column_find(cell_grid_cell(g, row, c));

		focal |= k == OLIR_FOCAL;
		reference |= k == OLIR_REFERENCE;
	}
	return focal && reference;
}

/* The table's header row in @g, or 0. */
static uint32_t header_row(const struct cell_grid *g)
{
	uint32_t last = g->rows < OLIR_HEADER_ROWS ? g->rows : OLIR_HEADER_ROWS;

	for (uint32_t r = 1; r <= last; r++)
		if (heads_table(g, r))
			return r;
	return 0;
}

/* Notes each column of the header row; one headed twice is an error. */
static int take_columns(struct olir_book *b)
{
	const struct cell_grid *g = &b->table;

	for (uint32_t c = 1; c <= cell_grid_cols(g, b->header); c++) {
		int k = olir_column_find(cell_grid_cell(g, b->header, c));

		if (k < 0)
			continue;
		if (b->col[k])
			return cell_grid_fail(g, b->header, c, XW_EINVAL,
					      "a second column headed '%s' (the first is column %u)",
					      olir_column_header((enum olir_col)k), b->col[k]);
		b->col[k] = c;
	}
	return 0;
}

static int open_csv(struct olir_book *b, const struct xw_input *in)
{
	int rc = csv_table_load(b->table.h, b->table.call, in,
				b->table.call ? 0 : OLIR_HEADER_ROWS, &b->csv);

	if (rc < 0)
		return rc;
	b->table.csv = b->csv;
	b->table.rows = csv_table_rows(b->csv);
	b->header = header_row(&b->table);
	return b->header ? 0 : XW_EUNSUPPORTED;
}

/* Loads every sheet; the first holding a table is the table's grid. */
static int open_workbook(struct olir_book *b, const struct xw_input *in)
{
	struct cell_grid g = b->table;
	struct xlsx_error e;
	int rc = xlsx_open(in->data, in->size, &b->xlsx, &e);

	if (rc == XW_EUNSUPPORTED)
		return rc;
	if (rc < 0)
		return cell_grid_xlsx_error(&g, &e);
	b->sheets = calloc(xlsx_sheet_count(b->xlsx) + 1, sizeof(*b->sheets));
	if (!b->sheets)
		return g.call ? g.h->error(g.call, XW_ENOMEM, "out of memory") : XW_ENOMEM;
	for (size_t i = 0; i < xlsx_sheet_count(b->xlsx); i++) {
		if ((rc = xlsx_sheet_load(b->xlsx, i, &b->sheets[i], &e)) < 0)
			return cell_grid_xlsx_error(&g, &e);
		b->n_sheets++;
		g.sheet = b->sheets[i];
		g.rows = xlsx_last_row(g.sheet);
		if (olir_says(xlsx_sheet_title(g.sheet), INFO_SHEET))
			b->info = g;
		else if (!b->header && (b->header = header_row(&g)))
			b->table = g;
	}
	return b->header ? 0 : XW_EUNSUPPORTED;
}

int olir_book_open(struct olir_book *b, const struct xw_host *h,
		   struct xw_call *call, const struct xw_input *in)
{
	int rc;

	memset(b, 0, sizeof(*b));
	b->table.h = h;
	b->table.call = call;
	if (in->size >= 4 && memcmp(in->data, "PK\x03\x04", 4) == 0)
		rc = open_workbook(b, in);
	else
		rc = open_csv(b, in);
	return rc == 0 ? take_columns(b) : rc;
}

void olir_book_close(struct olir_book *b)
{
	for (size_t i = 0; i < b->n_sheets; i++)
		xlsx_sheet_free(b->sheets[i]);
	free(b->sheets);
	xlsx_close(b->xlsx);
	csv_table_free(b->csv);
	memset(b, 0, sizeof(*b));
}
