/* SPDX-License-Identifier: MIT */
#include <stdbool.h>

#include "xr_legend.h"
#include "xr_matrix.h"
#include "xr_report.h"
#include "xr_strength.h"
#include "xr_table.h"

#define TITLE_WIDTH 45.0
#define CELL_WIDTH 10.0     /* "partly covered (jointly)" wraps in three */
#define POINTS_PER_CHAR 7.0 /* upright ids: the header row's height per character */

/* What a matrix sheet is drawn from. */
struct matrix {
	struct xr_book *b;
	lxw_worksheet *ws;
	size_t s, item_col, cols, rows;
	const char *source, *lang;       /* the report's facts */
	struct xr_strengths strengths;
};

static int write_header(struct matrix *m)
{
	const struct xw_host *h = m->b->host;
	int rc = xr_book_text(m->b, m->ws, 0, 0,
			      xr_column_name(h, m->b->report, m->s, m->item_col),
			      m->b->style.header);
	size_t out = 2;
	double longest = 0;

	if (rc == 0)
		rc = xr_book_text(m->b, m->ws, 0, 1, "TITLE", m->b->style.header);
	for (size_t c = 0; rc == 0 && c < m->cols; c++) {
		const char *target = xr_column_name(h, m->b->report, m->s, c);

		if (c == m->item_col)
			continue;
		rc = xr_book_text(m->b, m->ws, 0, out++, target, m->b->style.header_rotated);
		if (xr_text_width(target) > longest)
			longest = xr_text_width(target);
	}
	/* Excel does not grow a row for upright text by itself */
	return rc ? rc : xr_book_check(m->b, worksheet_set_row(m->ws, 0,
		longest * POINTS_PER_CHAR + 12, NULL));
}

static int write_cell(struct matrix *m, size_t row, size_t out, const char *item,
		      size_t c)
{
	const char *target = xr_column_name(m->b->host, m->b->report, m->s, c);
	const char *text = xr_cell(m->b->host, m->b->report, m->s, row, c);
	enum xr_coverage cov;
	bool jointly;
	int strength;

	if (!*text)
		return 0;
	if (!xr_coverage_parse(text, &cov, &jointly))
		return xr_book_text(m->b, m->ws, row + 1, out, text, m->b->style.top);
	strength = xr_strength_of(&m->strengths, item, target, cov);
	return xr_book_text(m->b, m->ws, row + 1, out, text,
			    m->b->style.coverage[cov][jointly][xr_band_of(strength)]);
}

static int write_row(struct matrix *m, size_t row, double *item_width,
		     double *title_width)
{
	const char *item = xr_cell(m->b->host, m->b->report, m->s, row, m->item_col);
	const struct xr_title *t = xr_titles_find(&m->b->titles, m->source, item);
	const char *title = t ? xr_title_in(t, m->lang) : "";
	int rc = xr_book_text(m->b, m->ws, row + 1, 0, item, m->b->style.top);
	size_t out = 2;

	if (rc == 0)
		rc = xr_book_text(m->b, m->ws, row + 1, 1, title, m->b->style.wrap);
	for (size_t c = 0; rc == 0 && c < m->cols; c++)
		if (c != m->item_col)
			rc = write_cell(m, row, out++, item, c);
	if (xr_text_width(item) > *item_width)
		*item_width = xr_text_width(item);
	if (xr_text_width(title) > *title_width)
		*title_width = xr_text_width(title);
	return rc;
}

static int write_sheet(struct matrix *m)
{
	double item_width = xr_text_width("ITEM"), title_width = xr_text_width("TITLE");
	int rc = write_header(m);

	for (size_t i = 0; rc == 0 && i < m->rows; i++)
		rc = write_row(m, i, &item_width, &title_width);
	if (rc == 0)
		rc = xr_book_check(m->b, worksheet_set_column(m->ws, 0, 0, item_width + 2, NULL));
	if (rc == 0)
		rc = xr_book_check(m->b, worksheet_set_column(m->ws, 1, 1,
			title_width + 2 < TITLE_WIDTH ? title_width + 2 : TITLE_WIDTH, NULL));
	if (rc == 0 && m->cols > 1)
		rc = xr_book_check(m->b, worksheet_set_column(m->ws, 2, (lxw_col_t)m->cols,
							       CELL_WIDTH, NULL));
	if (rc == 0) {
		worksheet_freeze_panes(m->ws, 1, 2);
		rc = xr_book_check(m->b, worksheet_autofilter(m->ws, 0, 0, (lxw_row_t)m->rows,
							       (lxw_col_t)m->cols));
	}
	return rc ? rc : xr_table_lines(m->b, m->ws, m->s, m->rows + 2);
}

int xr_matrix_write(struct xr_book *b, size_t s)
{
	const struct xw_host *h = b->host;
	struct matrix m = {
		.b = b, .s = s,
		.item_col = xr_column(h, b->report, s, "ITEM"),
		.cols = h->section_columns(b->report, s),
		.rows = h->section_rows(b->report, s),
		.source = h->report_meta(b->report, "source"),
		.lang = h->report_meta(b->report, "lang"),
	};
	int rc;

	if (m.item_col == XR_NONE)
		return xr_table_write(b, s);
	if ((rc = xr_strengths_init(&m.strengths, h, b->report)) < 0)
		return h->error(b->call, rc, "out of memory");
	if ((m.ws = xr_book_sheet(b, b->section, &rc)))
		rc = write_sheet(&m);
	xr_strengths_free(&m.strengths);
	if (rc == 0 && !b->has_legend) {
		b->has_legend = true;
		rc = xr_legend_write(b);
	}
	return rc;
}
