/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "csv_parse.h"
#include "jc_csv.h"
#include "jc_grid.h"

/* A workbook or zip error, as "where: message". */
static int report(const struct jc_grid *g, const struct xlsx_error *e)
{
	if (!g->call)
		return e->code;
	g->h->at(g->call, 0, 0);
	if (e->where[0])
		return g->h->error(g->call, e->code, "%s: %s", e->where, e->message);
	return g->h->error(g->call, e->code, "%s", e->message);
}

/* The first sheet holding a table: its header row, XW_EUNSUPPORTED, or an error. */
static int find_sheet(struct jc_grid *g, jc_find_fn find, void *ctx,
		      uint32_t *header_row, struct xlsx_error *e)
{
	for (size_t i = 0; i < xlsx_sheet_count(g->book); i++) {
		int rc = xlsx_sheet_load(g->book, i, &g->sheet, e);

		if (rc < 0)
			return rc;
		if ((*header_row = find(g, ctx)))
			return 0;
		xlsx_sheet_free(g->sheet);
		g->sheet = NULL;
	}
	return XW_EUNSUPPORTED;
}

/*
 * A CSV file: read quietly first, since a file without a table is not
 * ours and says nothing; once it has one, its text must be UTF-8, and an
 * error the quiet pass met is reported by reading it again.
 */
static int open_csv(struct jc_grid *g, const struct xw_input *in, jc_find_fn find,
		    void *ctx, uint32_t *header_row)
{
	size_t bom = csv_bom(in);
	int quiet = jc_records_load(&g->csv, g->h, NULL, in, g->call ? 0 : JC_HEADER_ROWS);
	int rc;

	if (!g->csv || !(*header_row = find(g, ctx)))
		return quiet == XW_ENOMEM ? quiet : XW_EUNSUPPORTED;
	if (!g->call)
		return 0;
	rc = g->h->check_utf8(g->call, (const char *)in->data + bom, in->size - bom, 1);
	if (rc < 0 || quiet == 0)
		return rc;
	jc_records_free(g->csv);
	return jc_records_load(&g->csv, g->h, g->call, in, 0);
}

int jc_grid_open(struct jc_grid *g, const struct xw_host *h, struct xw_call *call,
		 const struct xw_input *in, jc_find_fn find, void *ctx,
		 uint32_t *header_row)
{
	struct xlsx_error e;
	int rc;

	memset(g, 0, sizeof(*g));
	g->h = h;
	g->call = call;
	*header_row = 0;
	rc = xlsx_open(in->data, in->size, &g->book, &e);
	if (rc == XW_EUNSUPPORTED)
		return open_csv(g, in, find, ctx, header_row);
	if (rc == 0)
		rc = find_sheet(g, find, ctx, header_row, &e);
	return rc < 0 && rc != XW_EUNSUPPORTED ? report(g, &e) : rc;
}

void jc_grid_close(struct jc_grid *g)
{
	xlsx_sheet_free(g->sheet);
	xlsx_close(g->book);
	jc_records_free(g->csv);
	g->sheet = NULL;
	g->book = NULL;
	g->csv = NULL;
}

uint32_t jc_grid_rows(const struct jc_grid *g)
{
	return g->sheet ? xlsx_last_row(g->sheet) : jc_records_rows(g->csv);
}

uint32_t jc_grid_cols(const struct jc_grid *g)
{
	return g->sheet ? xlsx_last_col(g->sheet) : jc_records_cols(g->csv);
}

const char *jc_grid_value(const struct jc_grid *g, uint32_t row, uint32_t col)
{
	unsigned line, column;

	if (g->sheet)
		return xlsx_value(g->sheet, row, col);
	return jc_records_cell(g->csv, row, col, &line, &column);
}

void jc_grid_at(const struct jc_grid *g, uint32_t row, uint32_t col)
{
	unsigned line, column;

	if (!g->call)
		return;
	if (g->sheet) {
		g->h->at(g->call, row, col);
		return;
	}
	jc_records_cell(g->csv, row, col, &line, &column);
	g->h->at(g->call, line, column);
}

/*
 * @fmt as reported at the cell into @out: a workbook's cell is named in
 * the message ("Sheet!B7: ..."), a CSV file's is the host's position.
 */
__attribute__((format(printf, 6, 0)))
static void locate(const struct jc_grid *g, uint32_t row, uint32_t col, char *out,
		   size_t size, const char *fmt, va_list ap)
{
	char ref[400], msg[1024];

	vsnprintf(msg, sizeof(msg), fmt, ap);
	if (!g->sheet) {
		jc_grid_at(g, row, col);
		snprintf(out, size, "%s", msg);
		return;
	}
	xlsx_ref(g->sheet, row, col, ref, sizeof(ref));
	snprintf(out, size, "%s: %s", ref, msg);
	g->h->at(g->call, 0, 0);
}

int jc_grid_fail(const struct jc_grid *g, uint32_t row, uint32_t col, int code,
		 const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	if (!g->call)
		return code;
	va_start(ap, fmt);
	locate(g, row, col, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return g->h->error(g->call, code, "%s", msg);
}

void jc_grid_warn(const struct jc_grid *g, uint32_t row, uint32_t col,
		  const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	if (!g->call)
		return;
	va_start(ap, fmt);
	locate(g, row, col, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	g->h->warn(g->call, "%s", msg);
}

void jc_grid_name(const struct jc_grid *g, uint32_t row, uint32_t col, char *buf,
		  size_t size)
{
	unsigned line, column;

	if (g->sheet) {
		if (col)
			xlsx_cell_name(row, col, buf, size);
		else
			snprintf(buf, size, "row %u", (unsigned)row);
		return;
	}
	jc_records_cell(g->csv, row, col, &line, &column);
	if (column)
		snprintf(buf, size, "line %u, column %u", line, column);
	else
		snprintf(buf, size, "line %u", line);
}
