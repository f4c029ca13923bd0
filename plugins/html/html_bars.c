/* SPDX-License-Identifier: MIT */
/* Coverage bars: one per row of a "totals" section, counts as text. */
#include <stdlib.h>

#include "html_bars.h"
#include "html_status.h"

/* The count columns, in the order of html_statuses. */
static const char *const count_columns[] = { "COVERED", "PARTLY", "NOT COVERED", "UNKNOWN" };

static void attr(struct html *h, const char *name, const char *value)
{
	html_fmt(h, " data-%s=\"", name);
	html_text(h, value);
	html_raw(h, "\"");
}

static void bar(struct html *h, size_t s, size_t row)
{
	const char *fw = html_cell(h, s, row, html_column(h, s, "FRAMEWORK"));
	const char *by = html_cell(h, s, row, html_column(h, s, "BY"));
	const char *profile = html_cell(h, s, row, html_column(h, s, "PROFILE"));
	const char *items = html_cell(h, s, row, html_column(h, s, "ITEMS"));
	unsigned long total = strtoul(items, NULL, 10);

	html_raw(h, "<figure class=\"bar\"");
	attr(h, "framework", fw);
	attr(h, "by", by);
	attr(h, "profile", profile);
	html_raw(h, "><figcaption><b>");
	html_text(h, profile);
	html_raw(h, "</b>: ");
	html_text(h, fw);
	html_raw(h, " ← ");
	html_text(h, by);
	html_raw(h, " (");
	html_text(h, items);
	html_raw(h, " ");
	html_bi(h, "項目", "items");
	html_raw(h, ")</figcaption>\n<div class=\"track\" aria-hidden=\"true\">");
	for (unsigned i = 0; i < html_n_statuses && total; i++) {
		const char *n = html_cell(h, s, row, html_column(h, s, count_columns[i]));
		unsigned long permille = strtoul(n, NULL, 10) * 1000 / total;

		if (permille)
			html_fmt(h, "<span class=\"st-%s\" style=\"width:%lu.%lu%%\"></span>",
				 html_statuses[i].name, permille / 10, permille % 10);
	}
	html_raw(h, "</div>\n<ul class=\"nums\">");
	for (unsigned i = 0; i < html_n_statuses; i++) {
		html_fmt(h, "<li data-k=\"%s\"><span class=\"sym st-%s\" aria-hidden=\"true\">%s</span> ",
			 html_statuses[i].name, html_statuses[i].name, html_statuses[i].symbol);
		html_bi(h, html_statuses[i].ja, html_statuses[i].en);
		html_raw(h, " <b class=\"n\">");
		html_text(h, html_cell(h, s, row, html_column(h, s, count_columns[i])));
		html_raw(h, "</b></li>");
	}
	html_raw(h, "</ul></figure>\n");
}

void html_bars(struct html *h, size_t s)
{
	size_t rows = h->host->section_rows(h->r, s);

	html_raw(h, "<div class=\"bars\">\n");
	for (size_t row = 0; row < rows; row++)
		bar(h, s, row);
	html_raw(h, "</div>\n");
}
