/* SPDX-License-Identifier: MIT */
/* The .xlsx sink, with libxlsxwriter (plugins/common/xlsx_out.h). */
#include <stdlib.h>
#include <xlsxwriter.h>

#include "olir_write.h"
#include "xlsx_out.h"

#define INFO_SHEET "General Information"
#define TABLE_SHEET "Relationships"
/* Writes @text at @row, @col (0-based); an empty cell is left out. */
static lxw_error put(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text)
{
	return *text ? worksheet_write_string(ws, row, col, text, NULL) : LXW_NO_ERROR;
}

static lxw_error fill_info(lxw_worksheet *ws, const struct olir_table *t)
{
	lxw_row_t row = 0;
	lxw_error e = LXW_NO_ERROR;

	for (int k = 0; k < OLIR_N_INFO && !e; k++)
		if (t->info[k] && !(e = put(ws, row, 0, olir_info_fields[k].label)))
			e = put(ws, row++, 1, t->info[k]);
	return e;
}

/* A strength is a number in Excel; the rest is text. */
static lxw_error put_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			  enum olir_col c, const char *text)
{
	if (c == OLIR_STRENGTH && *text)
		return worksheet_write_number(ws, row, col, atoi(text), NULL);
	return put(ws, row, col, text);
}

static lxw_error fill_table(lxw_worksheet *ws, const struct olir_table *t)
{
	lxw_error e = LXW_NO_ERROR;
	lxw_col_t col = 0;

	for (int c = 0; c < OLIR_N_WRITTEN && !e; c++)
		if (t->used[c])
			e = put(ws, 0, col++, olir_column_header((enum olir_col)c));
	for (size_t r = 0; r < t->n_rows && !e; r++) {
		col = 0;
		for (int c = 0; c < OLIR_N_WRITTEN && !e; c++)
			if (t->used[c])
				e = put_cell(ws, (lxw_row_t)(r + 1), col++, (enum olir_col)c,
					     olir_table_cell(t, r, (enum olir_col)c));
	}
	return e;
}

struct book {
	const struct xw_host *h;
	struct xw_call *call;
	const struct olir_table *t;
};

/* Both sheets; rows are written in order, so libxlsxwriter can keep one
 * row in memory at a time (strings then go inline, which the .xlsx
 * reader reads). */
static int fill(lxw_workbook *wb, void *ctx)
{
	const struct book *b = ctx;
	lxw_worksheet *info = workbook_add_worksheet(wb, INFO_SHEET);
	lxw_worksheet *table = workbook_add_worksheet(wb, TABLE_SHEET);
	lxw_error e = info && table ? LXW_NO_ERROR : LXW_ERROR_MEMORY_MALLOC_FAILED;

	if (!e)
		e = fill_info(info, b->t);
	if (!e)
		e = fill_table(table, b->t);
	return e ? b->h->error(b->call, XW_EIO, "cannot write the workbook: %s",
			       lxw_strerror(e)) : 0;
}

int olir_write_xlsx(const struct xw_host *h, struct xw_call *call,
		    const struct olir_table *t, struct xw_output *out)
{
	const struct xlsx_out opt = {
		.date = t->info[OLIR_INFO_DATE],
		.constant_memory = true,
	};
	struct book b = { h, call, t };

	h->at(call, 0, 0);
	return xlsx_out_write(h, call, out, &opt, fill, &b);
}
