/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "html_status.h"

const struct html_status html_statuses[] = {
	{ "full", "●", 4, "充足", "covered / satisfied" },
	{ "part", "◐", 3, "一部充足", "partly covered / partly satisfied" },
	{ "none", "○", 2, "非充足", "not covered / not satisfied" },
	{ "unknown", "?", 1, "不明・根拠なし", "unknown / no evidence" },
};
const unsigned html_n_statuses = sizeof(html_statuses) / sizeof(html_statuses[0]);

static bool starts(const char *text, const char *prefix)
{
	return strncmp(text, prefix, strlen(prefix)) == 0;
}

const struct html_status *html_status_of(const char *text)
{
	if (starts(text, "covered") || starts(text, "satisfied"))
		return &html_statuses[0];
	if (starts(text, "partly "))
		return &html_statuses[1];
	if (starts(text, "not covered") || starts(text, "not satisfied"))
		return &html_statuses[2];
	if (starts(text, "unknown") || starts(text, "no evidence"))
		return &html_statuses[3];
	return NULL;
}

bool html_status_jointly(const char *text)
{
	return strstr(text, "(jointly)") != NULL;
}

void html_status_select(struct html *h, const char *table_id)
{
	html_raw(h, "<label>");
	html_bi(h, "状態", "Status");
	html_fmt(h, " <select id=\"%s-s\" data-table=\"%s\"><option value=\"\">",
		 table_id, table_id);
	html_raw(h, "すべて / all</option>");
	for (unsigned i = 0; i < html_n_statuses; i++)
		html_fmt(h, "<option value=\"%s\">%s %s / %s</option>", html_statuses[i].name,
			 html_statuses[i].symbol, html_statuses[i].ja, html_statuses[i].en);
	html_raw(h, "</select></label>\n");
}

void html_status_legend(struct html *h, bool jointly)
{
	html_raw(h, "<ul class=\"legend\">");
	for (unsigned i = 0; i < html_n_statuses; i++) {
		html_fmt(h, "<li><span class=\"sym st-%s\">%s</span> ", html_statuses[i].name,
			 html_statuses[i].symbol);
		html_bi(h, html_statuses[i].ja, html_statuses[i].en);
		html_raw(h, "</li>");
	}
	if (jointly) {
		html_raw(h, "<li><span class=\"sym st-full joint\">●<sup>+</sup></span> ");
		html_bi(h, "他の項目と合わせて (jointly)",
			"jointly: the row needs other sources too");
		html_raw(h, "</li>");
	}
	html_raw(h, "</ul>\n");
}
