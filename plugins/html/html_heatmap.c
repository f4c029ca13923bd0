/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "html_heatmap.h"
#include "html_status.h"
#include "html_table.h"

static int build(struct heatmap *hm)
{
	struct html *h = hm->h;
	int rc = 0;

	if (hm->links >= 0)
		rc = html_index_add(&hm->by_source, h, (size_t)hm->links,
				    html_column(h, (size_t)hm->links, "SOURCE"), true);
	if (!rc && hm->rows >= 0)
		rc = html_index_add(&hm->by_row, h, (size_t)hm->rows,
				    html_column(h, (size_t)hm->rows, "ROW"), false);
	if (!rc && hm->coverage >= 0)
		rc = html_index_add(&hm->by_target, h, (size_t)hm->coverage,
				    html_column(h, (size_t)hm->coverage, "ITEM"), false);
	for (long s = html_section_of(h, "items", 0); !rc && s >= 0;
	     s = html_section_of(h, "items", (size_t)s + 1))
		rc = html_index_add(&hm->by_item, h, (size_t)s,
				    html_column(h, (size_t)s, "ITEM"), false);
	html_index_sort(&hm->by_source);
	html_index_sort(&hm->by_row);
	html_index_sort(&hm->by_target);
	html_index_sort(&hm->by_item);
	return rc;
}

void html_heatmap_titles(const struct heatmap *hm, const char *fw, const char *item,
			 const char **ja, const char **en)
{
	size_t n;
	const struct html_key *k = html_index_find(&hm->by_item, item, &n);

	*ja = *en = "";
	for (size_t i = 0; i < n; i++) {
		long col = html_column(hm->h, k[i].sec, "FRAMEWORK");

		if (!fw || strcmp(html_cell(hm->h, k[i].sec, k[i].row, col), fw) == 0) {
			*ja = html_cell(hm->h, k[i].sec, k[i].row, html_column(hm->h, k[i].sec, "TITLE (ja)"));
			*en = html_cell(hm->h, k[i].sec, k[i].row, html_column(hm->h, k[i].sec, "TITLE (en)"));
			return;
		}
	}
}

/*
 * Opens the cell of a status: its colour, stripes when jointly, and its
 * sort value (a sole source above a joint one). A cell that states no
 * status is written whole, empty, and NULL returned.
 */
static const struct html_status *open_cell(struct html *h, const char *text)
{
	const struct html_status *st = html_status_of(text);
	bool joint = html_status_jointly(text);

	if (!st)
		html_raw(h, "<td></td>");
	else
		html_fmt(h, "<td class=\"st-%s%s\" data-v=\"%d\">", st->name,
			 joint ? " joint" : "", 2 * st->rank - joint);
	return st;
}

/* Cell (@r, @c): symbol and label, a link to the derivation of @source x @target. */
static void matrix_cell(const struct heatmap *hm, size_t r, size_t c, const char *source)
{
	struct html *h = hm->h;
	const char *text = h->host->section_cell(h->r, hm->matrix, r, c);
	const struct html_status *st = open_cell(h, text);

	if (!st)
		return;
	html_fmt(h, "<a href=\"#%s-d%zu-%zu\" aria-label=\"", hm->id, r, c);
	html_text(h, source);
	html_raw(h, " → ");
	html_text(h, h->host->section_column(h->r, hm->matrix, c));
	html_raw(h, ": ");
	html_text(h, text);
	html_fmt(h, "\">%s%s</a></td>", st->symbol,
		 html_status_jointly(text) ? "<sup>+</sup>" : "");
}

static void head(const struct heatmap *hm, const char *target_fw)
{
	struct html *h = hm->h;
	size_t cols = h->host->section_columns(h->r, hm->matrix);

	html_raw(h, "<thead><tr>");
	html_sort_header_open(h, " class=\"corner\"");
	html_sort_header_close(h, h->host->section_column(h->r, hm->matrix, 0));
	for (size_t c = 1; c < cols; c++) {
		const char *item = h->host->section_column(h->r, hm->matrix, c), *ja, *en;

		html_heatmap_titles(hm, target_fw, item, &ja, &en);
		html_sort_header_open(h, " class=\"target\"");
		html_raw(h, " title=\"");
		html_text(h, ja);
		html_raw(h, *ja && *en ? " / " : "");
		html_text(h, en);
		html_raw(h, "\"");
		html_sort_header_close(h, item);
	}
	html_raw(h, "</tr></thead>\n");
}

static void body(const struct heatmap *hm, const char *source_fw)
{
	struct html *h = hm->h;
	size_t cols = h->host->section_columns(h->r, hm->matrix);
	size_t rows = h->host->section_rows(h->r, hm->matrix);

	html_raw(h, "<tbody>\n");
	for (size_t r = 0; r < rows; r++) {
		const char *item = h->host->section_cell(h->r, hm->matrix, r, 0), *ja, *en;

		html_heatmap_titles(hm, source_fw, item, &ja, &en);
		html_fmt(h, "<tr><th scope=\"row\"><a href=\"#%s-d%zu\">", hm->id, r);
		html_text(h, item);
		html_raw(h, "</a> ");
		html_bi(h, ja, en);
		html_raw(h, "</th>");
		for (size_t c = 1; c < cols; c++)
			matrix_cell(hm, r, c, item);
		html_raw(h, "</tr>\n");
	}
	html_raw(h, "</tbody>\n");
}

/* The last row: each target's coverage as the "coverage" section decides it. */
static void foot(const struct heatmap *hm)
{
	struct html *h = hm->h;
	size_t cols = h->host->section_columns(h->r, hm->matrix);
	long status = html_column(h, (size_t)hm->coverage, "STATUS");

	html_raw(h, "<tfoot><tr><th scope=\"row\">");
	html_bi(h, "対応先の充足状況", "Coverage of each target");
	html_raw(h, "</th>");
	for (size_t c = 1; c < cols; c++) {
		const char *item = h->host->section_column(h->r, hm->matrix, c);
		size_t n;
		const struct html_key *k = html_index_find(&hm->by_target, item, &n);
		const char *text = k ? html_cell(h, k->sec, k->row, status) : "";
		const struct html_status *st = open_cell(h, text);

		if (!st)
			continue;
		html_fmt(h, "<span aria-hidden=\"true\">%s</span><span class=\"vh\">", st->symbol);
		html_text(h, text);
		html_raw(h, "</span></td>");
	}
	html_raw(h, "</tr></tfoot>\n");
}

int html_heatmap(struct html *h, size_t s, const char *id)
{
	struct heatmap hm = {
		.h = h, .matrix = s, .id = id,
		.links = html_section_of(h, "links", 0),
		.rows = html_section_of(h, "rows", 0),
		.coverage = html_section_of(h, "coverage", 0),
		.by_source = HTML_INDEX_INIT, .by_row = HTML_INDEX_INIT,
		.by_item = HTML_INDEX_INIT, .by_target = HTML_INDEX_INIT,
	};
	int rc = build(&hm);

	if (rc == 0 && h->host->section_columns(h->r, s)) {
		html_status_legend(h, true);
		html_table_tools(h, id, true, h->host->section_rows(h->r, s));
		html_fmt(h, "<div class=\"scroll heat\"><table id=\"%s\" class=\"data heatmap\">\n", id);
		html_raw(h, "<caption>");
		html_bi(h, "行は対応元の項目、列は対応先の項目。セルを選ぶと根拠を表示します。",
			"Rows are source items, columns target items. Choose a cell to see why.");
		html_raw(h, "</caption>\n");
		head(&hm, h->host->report_meta(h->r, "target"));
		body(&hm, h->host->report_meta(h->r, "source"));
		if (hm.coverage >= 0)
			foot(&hm);
		html_fmt(h, "</table></div>\n<div class=\"panel\" id=\"%s-p\" aria-live=\"polite\""
			 " hidden></div>\n", id);
		html_heatmap_derivations(&hm);
	}
	html_index_free(&hm.by_source);
	html_index_free(&hm.by_row);
	html_index_free(&hm.by_item);
	html_index_free(&hm.by_target);
	return rc;
}
