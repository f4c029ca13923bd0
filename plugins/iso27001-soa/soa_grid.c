/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>

#include "soa_book.h"
#include "soa_csv.h"
#include "xlsx.h"

bool soa_grid_is_sheet(const struct soa_grid *g)
{
	return g->sheet != NULL;
}

uint32_t soa_grid_last_col(const struct soa_grid *g, uint32_t row)
{
	return g->sheet ? xlsx_last_col(g->sheet) : soa_csv_cols(g->book->csv, row);
}

const char *soa_grid_cell(const struct soa_grid *g, uint32_t row, uint32_t col)
{
	return g->sheet ? xlsx_cell(g->sheet, row, col)
			: soa_csv_text(g->book->csv, row, col);
}

const char *soa_grid_value(const struct soa_grid *g, uint32_t row, uint32_t col)
{
	return g->sheet ? xlsx_value(g->sheet, row, col)
			: soa_csv_text(g->book->csv, row, col);
}

bool soa_grid_merged(const struct soa_grid *g, uint32_t row, uint32_t col1,
		     uint32_t col2)
{
	const struct xlsx_range *r = g->sheet ? xlsx_merge_at(g->sheet, row, col1) : NULL;

	return r && col2 >= r->col1 && col2 <= r->col2;
}

void soa_grid_ref(const struct soa_grid *g, uint32_t row, uint32_t col,
		  char *buf, size_t size)
{
	unsigned line, column;

	if (g->sheet) {
		xlsx_ref(g->sheet, row, col, buf, size);
		return;
	}
	soa_csv_where(g->book->csv, row, col, &line, &column);
	if (column)
		snprintf(buf, size, "line %u, column %u", line, column);
	else
		snprintf(buf, size, "line %u", line);
}

void soa_grid_at(const struct soa_grid *g, uint32_t row, uint32_t col)
{
	unsigned line = row, column = col;

	if (!g->book->call)
		return;
	if (!g->sheet)
		soa_csv_where(g->book->csv, row, col, &line, &column);
	g->book->h->at(g->book->call, line, column);
}

/* Sets the position for a message about the cell; its text into @out. */
__attribute__((format(printf, 6, 0)))
static void locate(const struct soa_grid *g, uint32_t row, uint32_t col,
		   char *out, size_t size, const char *fmt, va_list ap)
{
	char ref[400], msg[1024];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (!g->sheet) {
		soa_grid_at(g, row, col);
		snprintf(out, size, "%s", msg);
		return;
	}
	/* a workbook's cell is named in the message, as Excel names it */
	xlsx_ref(g->sheet, row, col, ref, sizeof(ref));
	snprintf(out, size, "%s: %s", ref, msg);
	g->book->h->at(g->book->call, 0, 0);
}

int soa_grid_vfail(const struct soa_grid *g, uint32_t row, uint32_t col,
		   int code, const char *fmt, va_list ap)
{
	char msg[1500];

	if (!g->book->call)
		return code;
	locate(g, row, col, msg, sizeof(msg), fmt, ap);
	return g->book->h->error(g->book->call, code, "%s", msg);
}

int soa_grid_fail(const struct soa_grid *g, uint32_t row, uint32_t col,
		  int code, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = soa_grid_vfail(g, row, col, code, fmt, ap);
	va_end(ap);
	return rc;
}

void soa_grid_warn(const struct soa_grid *g, uint32_t row, uint32_t col,
		   const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	if (!g->book->call)
		return;
	va_start(ap, fmt);
	locate(g, row, col, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	g->book->h->warn(g->book->call, "%s", msg);
}
