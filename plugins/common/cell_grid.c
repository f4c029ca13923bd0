/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>

#include "cell_grid.h"
#include "csv_table.h"
#include "xlsx.h"

uint32_t cell_grid_cols(const struct cell_grid *g, uint32_t row)
{
	return g->sheet ? xlsx_last_col(g->sheet) : csv_table_cols(g->csv, row);
}

const char *cell_grid_cell(const struct cell_grid *g, uint32_t row, uint32_t col)
{
	return g->sheet ? xlsx_value(g->sheet, row, col) : csv_table_text(g->csv, row, col);
}

void cell_grid_at(const struct cell_grid *g, uint32_t row, uint32_t col)
{
	unsigned line = row, column = col;

	if (!g->call)
		return;
	if (g->csv)
		csv_table_where(g->csv, row, col, &line, &column);
	g->h->at(g->call, line, column);
}

/* The message @fmt, after the cell's name for a workbook, into @out. */
__attribute__((format(printf, 6, 0)))
static void compose(const struct cell_grid *g, uint32_t row, uint32_t col,
		    char *out, size_t size, const char *fmt, va_list ap)
{
	char ref[400], msg[1024];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (!g->sheet) {
		cell_grid_at(g, row, col);
		snprintf(out, size, "%s", msg);
		return;
	}
	/* a workbook's cell is named in the message, as Excel names it */
	g->h->at(g->call, 0, 0);
	xlsx_ref(g->sheet, row, col, ref, sizeof(ref));
	snprintf(out, size, "%s: %s", ref, msg);
}

int cell_grid_fail(const struct cell_grid *g, uint32_t row, uint32_t col,
		   int code, const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	if (!g->call)
		return code;
	va_start(ap, fmt);
	compose(g, row, col, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return g->h->error(g->call, code, "%s", msg);
}

void cell_grid_warn(const struct cell_grid *g, uint32_t row, uint32_t col,
		    const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	if (!g->call)
		return;
	va_start(ap, fmt);
	compose(g, row, col, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	g->h->warn(g->call, "%s", msg);
}

int cell_grid_xlsx_error(const struct cell_grid *g, const struct xlsx_error *e)
{
	if (!g->call)
		return e->code;
	g->h->at(g->call, 0, 0);
	if (e->where[0])
		return g->h->error(g->call, e->code, "%s: %s", e->where, e->message);
	return g->h->error(g->call, e->code, "%s", e->message);
}
