/* SPDX-License-Identifier: MIT */
/* Why a heatmap cell says what it says: its links and their mapping rows. */
#include <string.h>

#include "html_heatmap.h"
#include "html_status.h"

/* The columns of a mapping row shown under each link, with their labels. */
static const struct html_label row_fields[] = {
	{ "STRENGTH", "強度 (0–10)", "Strength (0–10)" },
	{ "RATIONALE", "根拠の種類", "Rationale" },
	{ "JUSTIFICATION", "根拠", "Justification" },
	{ "CONDITIONS", "条件", "Conditions" },
	{ "REVIEW", "レビュー状態", "Review status" },
	{ "REVIEWER", "レビュー者", "Reviewer" },
	{ "REVIEW DATE", "レビュー日", "Review date" },
};

/* The mapping row @set/@row of the "rows" section, or -1 as its row. */
static long find_row(const struct heatmap *hm, const char *set, const char *row)
{
	size_t n;
	const struct html_key *k = html_index_find(&hm->by_row, row, &n);

	for (size_t i = 0; i < n; i++)
		if (strcmp(html_cell(hm->h, k[i].sec, k[i].row,
				     html_column(hm->h, k[i].sec, "SET")), set) == 0)
			return (long)k[i].row;
	return -1;
}

/*
 * One link as its derivation chain: the row's sources, the row and what
 * it states, how the target follows (VIA), and the relation derived;
 * then the row's review facts.
 */
static void link(const struct heatmap *hm, size_t l)
{
	struct html *h = hm->h;
	size_t L = (size_t)hm->links;
	const char *set = html_cell(h, L, l, html_column(h, L, "SET"));
	const char *id = html_cell(h, L, l, html_column(h, L, "ROW"));
	const char *via = html_cell(h, L, l, html_column(h, L, "VIA"));
	long row = hm->rows >= 0 ? find_row(hm, set, id) : -1;
	size_t W = (size_t)hm->rows;

	html_raw(h, "<li><ol class=\"chain\"><li>");
	html_bi(h, "対応元", "Sources");
	html_raw(h, ": ");
	html_text(h, html_cell(h, L, l, html_column(h, L, "SOURCE")));
	html_raw(h, "</li><li>");
	html_bi(h, "行", "Row");
	html_raw(h, " <b>");
	html_text(h, id);
	html_raw(h, "</b> (");
	html_text(h, set);
	html_raw(h, ")");
	if (row >= 0) {
		html_raw(h, ": ");
		html_text(h, html_cell(h, W, (size_t)row, html_column(h, W, "SOURCES")));
		html_raw(h, " <i>");
		html_text(h, html_cell(h, W, (size_t)row, html_column(h, W, "RELATIONSHIP")));
		html_raw(h, "</i> ");
		html_text(h, html_cell(h, W, (size_t)row, html_column(h, W, "TARGETS")));
	}
	if (strcmp(html_cell(h, L, l, html_column(h, L, "REVERSED")), "yes") == 0) {
		html_raw(h, " — ");
		html_bi(h, "対応先から対応元へ読んだ行", "read from target to source");
	}
	html_raw(h, "</li>");
	if (*via) {
		html_raw(h, "<li>");
		html_text(h, via);
		html_raw(h, "</li>");
	}
	html_raw(h, "<li>");
	html_bi(h, "導出された関係", "Derived relation");
	html_raw(h, ": <code>");
	html_text(h, html_cell(h, L, l, html_column(h, L, "RELATION")));
	html_raw(h, "</code> = ");
	html_text(h, html_cell(h, L, l, html_column(h, L, "COVERAGE")));
	html_raw(h, "</li></ol>\n");
	if (row >= 0) {
		html_raw(h, "<dl>");
		for (size_t f = 0; f < sizeof(row_fields) / sizeof(row_fields[0]); f++)
			html_field(h, &row_fields[f],
				   html_cell(h, W, (size_t)row, html_column(h, W, row_fields[f].key)));
		html_raw(h, "</dl>");
	}
	html_raw(h, "</li>\n");
}

/* Cell (@r, @c) of the matrix: its status, target and the links behind it. */
static void cell(const struct heatmap *hm, size_t r, size_t c, const char *source)
{
	struct html *h = hm->h;
	const char *target = h->host->section_column(h->r, hm->matrix, c);
	const char *text = h->host->section_cell(h->r, hm->matrix, r, c), *ja, *en;
	const struct html_status *st = html_status_of(text);
	long target_col = hm->links >= 0 ? html_column(h, (size_t)hm->links, "TARGET") : -1;
	size_t n;
	const struct html_key *k = html_index_find(&hm->by_source, source, &n);

	html_fmt(h, "<div class=\"cell\" id=\"%s-d%zu-%zu\"><h4>", hm->id, r, c);
	html_text(h, source);
	html_raw(h, " → ");
	html_text(h, target);
	html_fmt(h, ": <span class=\"st-%s\">%s ", st->name, st->symbol);
	html_text(h, text);
	html_raw(h, "</span></h4>\n<p>");
	html_heatmap_titles(hm, h->host->report_meta(h->r, "target"), target, &ja, &en);
	html_bi(h, ja, en);
	html_raw(h, "</p>\n<ol class=\"links\">\n");
	for (size_t i = 0; i < n; i++)
		if (strcmp(html_cell(h, k[i].sec, k[i].row, target_col), target) == 0)
			link(hm, k[i].row);
	html_raw(h, "</ol></div>\n");
}

void html_heatmap_derivations(const struct heatmap *hm)
{
	struct html *h = hm->h;
	size_t cols = h->host->section_columns(h->r, hm->matrix);
	size_t rows = h->host->section_rows(h->r, hm->matrix);

	html_raw(h, "<h3>");
	html_bi(h, "対応元の項目ごとの根拠",
		"Why: the derivation of each cell, per source item");
	html_raw(h, "</h3>\n");
	for (size_t r = 0; r < rows; r++) {
		const char *item = h->host->section_cell(h->r, hm->matrix, r, 0), *ja, *en;
		size_t filled = 0;

		for (size_t c = 1; c < cols; c++)
			filled += html_status_of(h->host->section_cell(h->r, hm->matrix, r, c)) != NULL;
		html_heatmap_titles(hm, h->host->report_meta(h->r, "source"), item, &ja, &en);
		html_fmt(h, "<details class=\"derivation\" id=\"%s-d%zu\"><summary><b>", hm->id, r);
		html_text(h, item);
		html_raw(h, "</b> ");
		html_bi(h, ja, en);
		html_fmt(h, " (%zu)</summary>\n", filled);
		for (size_t c = 1; c < cols; c++)
			if (html_status_of(h->host->section_cell(h->r, hm->matrix, r, c)))
				cell(hm, r, c, item);
		html_raw(h, "</details>\n");
	}
}
