/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xr_report.h"
#include "xr_table.h"

#define MIN_WIDTH 6.0
#define MAX_WIDTH 60.0      /* wider text wraps */

/* Columns of counts, written as numbers so that Excel can sum them. */
static const struct {
	const char *kind, *column;
} counts[] = {
	{ "sets", "ROWS" },
	{ "totals", "ITEMS" },
	{ "totals", "COVERED" },
	{ "totals", "PARTLY" },
	{ "totals", "NOT COVERED" },
	{ "totals", "UNKNOWN" },
	{ "rows", "STRENGTH" },
};

double xr_text_width(const char *text)
{
	double line = 0, widest = 0;

	for (const unsigned char *p = (const unsigned char *)text; *p; p++) {
		if (*p == '\n') {
			line = 0;
			continue;
		}
		if ((*p & 0xc0) == 0x80)
			continue;   /* inside a character */
		/* a lead byte of U+1100 or above: Hangul, kana, CJK, full-width */
		line += *p >= 0xe1 ? 2 : 1;
		if (line > widest)
			widest = line;
	}
	return widest;
}

static bool is_count_column(const struct xr_book *b, size_t s, size_t c)
{
	const char *name = xr_column_name(b->host, b->report, s, c);

	for (size_t i = 0; i < sizeof(counts) / sizeof(counts[0]); i++)
		if (xr_section_is(b->host, b->report, s, counts[i].kind) &&
		    strcmp(name, counts[i].column) == 0)
			return true;
	return false;
}

/* A whole number as a report writes it: digits, no sign, no padding. */
static bool is_count(const char *text)
{
	size_t n = strspn(text, "0123456789");

	return n > 0 && n <= 15 && !text[n] && (n == 1 || text[0] != '0');
}

static double column_width(const struct xr_book *b, size_t s, size_t c)
{
	const struct xw_host *h = b->host;
	double w = xr_text_width(xr_column_name(h, b->report, s, c));

	for (size_t i = 0; i < h->section_rows(b->report, s); i++) {
		double cw = xr_text_width(xr_cell(h, b->report, s, i, c));

		if (cw > w)
			w = cw;
	}
	w += 2;
	return w < MIN_WIDTH ? MIN_WIDTH : w;
}

static int write_column(struct xr_book *b, lxw_worksheet *ws, size_t s, size_t c)
{
	const struct xw_host *h = b->host;
	double width = column_width(b, s, c);
	lxw_format *fmt = width > MAX_WIDTH ? b->style.wrap : b->style.top;
	bool counts_col = is_count_column(b, s, c);
	int rc;

	rc = xr_book_check(b, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
						    width > MAX_WIDTH ? MAX_WIDTH : width,
						    NULL));
	if (rc == 0)
		rc = xr_book_text(b, ws, 0, c, xr_column_name(h, b->report, s, c),
				  b->style.header);
	for (size_t i = 0; rc == 0 && i < h->section_rows(b->report, s); i++) {
		const char *text = xr_cell(h, b->report, s, i, c);

		if (counts_col && is_count(text))
			rc = xr_book_check(b, worksheet_write_number(ws,
				(lxw_row_t)(i + 1), (lxw_col_t)c, strtod(text, NULL), fmt));
		else
			rc = xr_book_text(b, ws, i + 1, c, text, fmt);
	}
	return rc;
}

int xr_table_lines(struct xr_book *b, lxw_worksheet *ws, size_t s, size_t row)
{
	int rc = 0;

	for (size_t i = 0; rc == 0 && i < b->host->section_lines(b->report, s); i++) {
		const char *line = b->host->section_line(b->report, s, i);

		rc = xr_book_text(b, ws, row + i, 0, line ? line : "", NULL);
	}
	return rc;
}

int xr_table_write(struct xr_book *b, size_t s)
{
	const struct xw_host *h = b->host;
	size_t cols = h->section_columns(b->report, s);
	size_t rows = h->section_rows(b->report, s);
	int rc = 0;
	lxw_worksheet *ws = xr_book_sheet(b, b->section, &rc);

	if (!ws)
		return rc;
	if (cols == 0)
		return xr_table_lines(b, ws, s, 0);
	for (size_t c = 0; rc == 0 && c < cols; c++)
		rc = write_column(b, ws, s, c);
	if (rc == 0) {
		worksheet_freeze_panes(ws, 1, 0);
		rc = xr_book_check(b, worksheet_autofilter(ws, 0, 0, (lxw_row_t)rows,
							   (lxw_col_t)(cols - 1)));
	}
	return rc ? rc : xr_table_lines(b, ws, s, rows + 2);
}
