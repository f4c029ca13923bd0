/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "xlsx_out.h"
#include "xr_book.h"
#include "xr_checklist.h"
#include "xr_matrix.h"
#include "xr_table.h"

/* Excel's limit on the text of one cell, in characters. */
#define CELL_CHARS_MAX 32767

static const struct {
	const char *kind;
	int (*write)(struct xr_book *b, size_t s);
} layouts[] = {
	{ "matrix", xr_matrix_write },
	{ "checklist", xr_checklist_write },
};

int xr_book_check(struct xr_book *b, lxw_error err)
{
	if (err == LXW_NO_ERROR)
		return 0;
	if (err == LXW_ERROR_WORKSHEET_INDEX_OUT_OF_RANGE)
		return b->host->error(b->call, XW_ELIMIT,
				      "section '%s': more rows or columns than a worksheet holds "
				      "(1048576 x 16384)", b->section);
	return b->host->error(b->call, err == LXW_ERROR_MEMORY_MALLOC_FAILED ? XW_ENOMEM : XW_EIO,
			      "section '%s': %s", b->section, lxw_strerror(err));
}

static size_t utf8_chars(const char *text)
{
	size_t n = 0;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++)
		n += (*p & 0xc0) != 0x80;
	return n;
}

int xr_book_text(struct xr_book *b, lxw_worksheet *ws, size_t row, size_t col,
		 const char *text, lxw_format *fmt)
{
	size_t n = utf8_chars(text);
	char ref[LXW_MAX_CELL_NAME_LENGTH];

	/* checked here so that libxlsxwriter prints no warning of its own */
	if (n > CELL_CHARS_MAX) {
		lxw_rowcol_to_cell(ref, (lxw_row_t)row, (lxw_col_t)col);
		return b->host->error(b->call, XW_ELIMIT,
				      "section '%s', cell %s: %zu characters; Excel holds %d in a cell",
				      b->section, ref, n, CELL_CHARS_MAX);
	}
	return xr_book_check(b, worksheet_write_string(ws, (lxw_row_t)row,
						       (lxw_col_t)col, text, fmt));
}

lxw_worksheet *xr_book_sheet(struct xr_book *b, const char *wanted, int *rc)
{
	char name[XR_NAME_SIZE];
	lxw_worksheet *ws;

	if ((*rc = xr_names_make(&b->names, wanted, name)) < 0) {
		*rc = b->host->error(b->call, *rc, "out of memory");
		return NULL;
	}
	if (!(ws = workbook_add_worksheet(b->wb, name)))
		*rc = b->host->error(b->call, XW_ENOMEM,
				     "section '%s': the sheet '%s' could not be added",
				     b->section, name);
	return ws;
}

static int write_section(struct xr_book *b, size_t s)
{
	const char *title = b->host->section_get(b->report, s, "title");
	const char *kind = b->host->section_get(b->report, s, "kind");

	b->section = title && *title ? title : kind && *kind ? kind : "Sheet";
	for (size_t i = 0; kind && i < sizeof(layouts) / sizeof(layouts[0]); i++)
		if (strcmp(kind, layouts[i].kind) == 0)
			return layouts[i].write(b, s);
	return xr_table_write(b, s);
}

static int write_sections(lxw_workbook *wb, void *ctx)
{
	struct xr_book *b = ctx;
	int rc = 0;

	b->wb = wb;
	if ((rc = xr_style_init(&b->style, b->wb)) < 0 ||
	    (rc = xr_titles_init(&b->titles, b->host, b->report)) < 0)
		return b->host->error(b->call, rc, "out of memory");
	for (size_t s = 0; rc == 0 && s < b->host->section_count(b->report); s++)
		rc = write_section(b, s);
	return rc;
}

int xr_book_write(const struct xw_host *host, struct xw_call *call,
		  const struct xw_report *r, struct xw_output *out)
{
	const struct xlsx_out opt = {
		.title = host->report_meta(r, "title"),
		.date = host->report_meta(r, "date"),
	};
	struct xr_book b = { .host = host, .call = call, .report = r,
			     .section = "(workbook)" };
	int rc = xlsx_out_write(host, call, out, &opt, write_sections, &b);

	xr_names_free(&b.names);
	xr_titles_free(&b.titles);
	return rc;
}
