/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "html_status.h"
#include "html_table.h"

void html_table_tools(struct html *h, const char *id, bool statuses, size_t rows)
{
	html_raw(h, "<div class=\"tools\"><label>");
	html_bi(h, "絞り込み", "Filter");
	html_fmt(h, " <input type=\"search\" id=\"%s-q\" data-table=\"%s\"></label>\n", id, id);
	if (statuses)
		html_status_select(h, id);
	html_fmt(h, "<span class=\"count\"><span id=\"%s-n\">%zu</span> / %zu ", id, rows, rows);
	html_bi(h, "行", "rows");
	html_raw(h, "</span></div>\n");
}

void html_sort_header_open(struct html *h, const char *attrs)
{
	html_fmt(h, "<th scope=\"col\"%s", attrs);
}

void html_sort_header_close(struct html *h, const char *name)
{
	html_raw(h, "><button type=\"button\" class=\"sort\">");
	html_text(h, name);
	html_raw(h, "</button></th>");
}

/* What a column holds, for how its cells are shown. */
enum column_role { PLAIN, STATUS, TITLE_JA, TITLE_EN };

static enum column_role role_of(const char *name)
{
	if (strcmp(name, "STATUS") == 0 || strcmp(name, "COVERAGE") == 0)
		return STATUS;
	if (strcmp(name, "TITLE (ja)") == 0)
		return TITLE_JA;
	if (strcmp(name, "TITLE (en)") == 0)
		return TITLE_EN;
	return PLAIN;
}

static const char *const role_attrs[] = {
	[PLAIN] = "",
	[STATUS] = "",
	[TITLE_JA] = " class=\"l-ja\" lang=\"ja\"",
	[TITLE_EN] = " class=\"l-en\" lang=\"en\"",
};

static void cell(struct html *h, enum column_role role, const char *text)
{
	const struct html_status *st = role == STATUS ? html_status_of(text) : NULL;

	if (st)
		html_fmt(h, "<td class=\"st-%s\" data-v=\"%d\">"
			 "<span class=\"sym\" aria-hidden=\"true\">%s</span> ",
			 st->name, st->rank, st->symbol);
	else
		html_fmt(h, "<td%s>", role_attrs[role]);
	html_text(h, text);
	html_raw(h, "</td>");
}

void html_table(struct html *h, size_t s, const char *id)
{
	size_t cols = h->host->section_columns(h->r, s), rows = h->host->section_rows(h->r, s);
	bool statuses = false;

	if (!cols)
		return;
	/* a status filter only where some STATUS cell states an outcome */
	for (size_t c = 0; c < cols; c++)
		for (size_t row = 0; row < rows && !statuses &&
		     role_of(h->host->section_column(h->r, s, c)) == STATUS; row++)
			statuses = html_status_of(h->host->section_cell(h->r, s, row, c)) != NULL;
	html_table_tools(h, id, statuses, rows);
	html_fmt(h, "<div class=\"scroll\"><table id=\"%s\" class=\"data\">\n<thead><tr>", id);
	for (size_t c = 0; c < cols; c++) {
		const char *name = h->host->section_column(h->r, s, c);

		html_sort_header_open(h, role_attrs[role_of(name)]);
		html_sort_header_close(h, name);
	}
	html_raw(h, "</tr></thead>\n<tbody>\n");
	for (size_t row = 0; row < rows; row++) {
		html_raw(h, "<tr>");
		for (size_t c = 0; c < cols; c++)
			cell(h, role_of(h->host->section_column(h->r, s, c)),
			     h->host->section_cell(h->r, s, row, c));
		html_raw(h, "</tr>\n");
	}
	html_raw(h, "</tbody></table></div>\n");
}
