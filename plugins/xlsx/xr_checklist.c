/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xr_checklist.h"
#include "xr_report.h"
#include "xr_table.h"

#define HEADER_ROW 1
#define FIRST_ROW 2

enum column { ID, TEXT_JA, TEXT_EN, MARK, STATUS, EVIDENCE, CONDITIONS, NOTES, COLUMNS };

/* Headers in the workbook's words where it has a column for the same thing. */
static const struct {
	const char *header;
	double width;
	bool wrap;
} columns[COLUMNS] = {
	[ID] = { "評価基準No. / Criterion ID", 14, false },
	[TEXT_JA] = { "評価基準 / Criterion (ja)", 50, true },
	[TEXT_EN] = { "Criterion (en)", 50, true },
	[MARK] = { "自己評価 / Self-assessment", 14, false },
	[STATUS] = { "状況 / Status (xwalk)", 24, true },
	[EVIDENCE] = { "根拠 / Evidence (xwalk)", 50, true },
	[CONDITIONS] = { "条件 / Conditions (xwalk)", 40, true },
	[NOTES] = { "補足情報 / Notes", 30, true },
};

static const char legend[] =
	"○ 満たしている (satisfied)　△ 一部 (partly)　✖ 満たしていない (not satisfied)"
	"　空欄 要評価 (blank: assess it)";

static const char *marks[] = { "○", "△", "✖", NULL };

/* Where a report column goes; XR_NONE for the columns it does not fill. */
struct source_columns {
	size_t at[COLUMNS];
	size_t title;
};

static lxw_format *format_of(const struct xr_book *b, enum column c)
{
	if (c == MARK)
		return b->style.mark;
	return columns[c].wrap ? b->style.wrap : b->style.top;
}

static int write_header(struct xr_book *b, lxw_worksheet *ws)
{
	int rc = xr_book_text(b, ws, 0, ID, b->section, b->style.title);

	if (rc == 0)
		rc = xr_book_text(b, ws, 0, MARK, legend, NULL);
	for (int c = 0; rc == 0 && c < COLUMNS; c++) {
		rc = xr_book_check(b, worksheet_set_column(ws, (lxw_col_t)c, (lxw_col_t)c,
							    columns[c].width, NULL));
		if (rc == 0)
			rc = xr_book_text(b, ws, HEADER_ROW, (size_t)c, columns[c].header,
					  b->style.header);
	}
	return rc;
}

/* The criterion's text in both languages: from the report's items, else
 * the checklist's own TITLE in the report's language. */
static void texts(const struct xr_book *b, const char *item, const char *title,
		  const char *out[COLUMNS])
{
	const struct xw_host *h = b->host;
	const char *lang = h->report_meta(b->report, "lang");
	const struct xr_title *t =
		xr_titles_find(&b->titles, h->report_meta(b->report, "target"), item);

	if (t) {
		out[TEXT_JA] = t->ja;
		out[TEXT_EN] = t->en;
	} else if (lang && strcmp(lang, "ja") == 0) {
		out[TEXT_JA] = title;
	} else {
		out[TEXT_EN] = title;
	}
}

static int write_row(struct xr_book *b, lxw_worksheet *ws, size_t s, size_t row,
		     const struct source_columns *src)
{
	const struct xw_host *h = b->host;
	const char *cells[COLUMNS] = { 0 };
	int rc = 0;

	for (int c = 0; c < COLUMNS; c++)
		cells[c] = xr_cell(h, b->report, s, row, src->at[c]);
	texts(b, cells[ID], xr_cell(h, b->report, s, row, src->title), cells);
	for (int c = 0; rc == 0 && c < COLUMNS; c++)
		rc = xr_book_text(b, ws, FIRST_ROW + row, (size_t)c, cells[c],
				  format_of(b, (enum column)c));
	return rc;
}

/* The mark column offers the workbook's three marks. */
static int offer_marks(struct xr_book *b, lxw_worksheet *ws, size_t rows)
{
	lxw_data_validation v = {
		.validate = LXW_VALIDATION_TYPE_LIST,
		.value_list = (char **)marks,
		.input_title = "自己評価",
		.input_message = "○ / △ / ✖",
	};

	return xr_book_check(b, worksheet_data_validation_range(ws, FIRST_ROW, MARK,
		(lxw_row_t)(FIRST_ROW + rows - 1), MARK, &v));
}

int xr_checklist_write(struct xr_book *b, size_t s)
{
	const struct xw_host *h = b->host;
	size_t rows = h->section_rows(b->report, s);
	struct source_columns src = { .title = xr_column(h, b->report, s, "TITLE") };
	lxw_worksheet *ws;
	int rc;

	for (int c = 0; c < COLUMNS; c++)
		src.at[c] = XR_NONE;
	src.at[ID] = xr_column(h, b->report, s, "ITEM");
	src.at[MARK] = xr_column(h, b->report, s, "MARK");
	src.at[STATUS] = xr_column(h, b->report, s, "STATUS");
	src.at[EVIDENCE] = xr_column(h, b->report, s, "EVIDENCE");
	src.at[CONDITIONS] = xr_column(h, b->report, s, "CONDITIONS");
	if (src.at[ID] == XR_NONE || src.at[MARK] == XR_NONE)
		return xr_table_write(b, s);
	if (!(ws = xr_book_sheet(b, b->section, &rc)))
		return rc;
	rc = write_header(b, ws);
	for (size_t i = 0; rc == 0 && i < rows; i++)
		rc = write_row(b, ws, s, i, &src);
	if (rc == 0 && rows)
		rc = offer_marks(b, ws, rows);
	if (rc == 0) {
		worksheet_freeze_panes(ws, FIRST_ROW, 1);
		rc = xr_book_check(b, worksheet_autofilter(ws, HEADER_ROW, 0,
			(lxw_row_t)(HEADER_ROW + rows), COLUMNS - 1));
	}
	return rc ? rc : xr_table_lines(b, ws, s, FIRST_ROW + rows + 1);
}
