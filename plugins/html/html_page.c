/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "html_assets.h"
#include "html_bars.h"
#include "html_heatmap.h"
#include "html_page.h"
#include "html_table.h"

/* Remote loads of any kind are refused; only the page's own style and script run. */
#define CSP "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; " \
	"base-uri 'none'; form-action 'none'"

static const char *meta(const struct html *h, const char *key)
{
	const char *v = h->host->report_meta(h->r, key);

	return v ? v : "";
}

/* The page's title: the report's, else the verb's name. */
static void title(struct html *h)
{
	if (*meta(h, "title")) {
		html_text(h, meta(h, "title"));
	} else {
		html_raw(h, "xwalk ");
		html_text(h, meta(h, "verb"));
	}
}

static void head(struct html *h)
{
	html_raw(h, "<!DOCTYPE html>\n<html lang=\"");
	html_raw(h, strcmp(meta(h, "lang"), "ja") == 0 ? "ja" : "en");
	html_raw(h, "\" data-show=\"both\">\n<head>\n<meta charset=\"utf-8\">\n"
		 "<meta http-equiv=\"Content-Security-Policy\" content=\"" CSP "\">\n"
		 "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
		 "<meta name=\"generator\" content=\"xwalk html\">\n<title>");
	title(h);
	html_raw(h, "</title>\n<style>\n");
	html_raw(h, html_style);
	html_raw(h, "</style>\n</head>\n");
}

static const struct html_label facts[] = {
	{ "verb", "コマンド", "Verb" },
	{ "source", "対応元", "Source" },
	{ "target", "対応先", "Target" },
	{ "profile", "プロファイル", "Profile" },
	{ "date", "日付", "Date" },
};

static void banner(struct html *h)
{
	html_raw(h, "<body>\n<header>\n<h1>");
	title(h);
	html_raw(h, "</h1>\n<dl class=\"facts\">");
	for (size_t i = 0; i < sizeof(facts) / sizeof(facts[0]); i++)
		html_field(h, &facts[i], meta(h, facts[i].key));
	html_raw(h, "</dl>\n<fieldset class=\"langs\" id=\"langs\" hidden><legend>"
		 "表示言語 / Language</legend>\n"
		 "<label><input type=\"radio\" name=\"lang\" value=\"both\" checked> 両方 / both</label>\n"
		 "<label><input type=\"radio\" name=\"lang\" value=\"ja\" lang=\"ja\"> 日本語</label>\n"
		 "<label><input type=\"radio\" name=\"lang\" value=\"en\" lang=\"en\"> English</label>\n"
		 "</fieldset>\n</header>\n");
}

/* A section's heading: its title, else its kind, else its number. */
static void section_name(struct html *h, size_t s)
{
	const char *t = h->host->section_get(h->r, s, "title");
	const char *kind = h->host->section_get(h->r, s, "kind");

	if (t && *t)
		html_text(h, t);
	else if (kind)
		html_text(h, kind);
	else
		html_fmt(h, "%zu", s + 1);
}

static void contents(struct html *h)
{
	size_t n = h->host->section_count(h->r);

	if (n < 2)
		return;
	html_raw(h, "<nav aria-labelledby=\"toc\"><h2 id=\"toc\">");
	html_bi(h, "目次", "Contents");
	html_raw(h, "</h2><ol>\n");
	for (size_t s = 0; s < n; s++) {
		html_fmt(h, "<li><a href=\"#s%zu\">", s);
		section_name(h, s);
		html_raw(h, "</a></li>\n");
	}
	html_raw(h, "</ol></nav>\n");
}

static int section(struct html *h, size_t s)
{
	const char *kind = h->host->section_get(h->r, s, "kind");
	size_t lines = h->host->section_lines(h->r, s);
	char id[32];
	int rc = 0;

	snprintf(id, sizeof(id), "t%zu", s);
	html_fmt(h, "<section id=\"s%zu\" class=\"kind-", s);
	html_text(h, kind ? kind : "plain");
	html_fmt(h, "\" aria-labelledby=\"s%zu-h\">\n<h2 id=\"s%zu-h\">", s, s);
	section_name(h, s);
	html_raw(h, "</h2>\n");
	if (html_kind_is(h, s, "matrix")) {
		rc = html_heatmap(h, s, id);
	} else {
		if (html_kind_is(h, s, "totals"))
			html_bars(h, s);
		html_table(h, s, id);
	}
	for (size_t i = 0; i < lines; i++) {
		html_raw(h, "<p class=\"line\">");
		html_text(h, h->host->section_line(h->r, s, i));
		html_raw(h, "</p>\n");
	}
	html_raw(h, "</section>\n");
	return rc;
}

int html_page(struct html *h)
{
	size_t n = h->host->section_count(h->r);
	int rc = 0;

	head(h);
	banner(h);
	contents(h);
	html_raw(h, "<main>\n");
	for (size_t s = 0; s < n && rc == 0; s++)
		rc = section(h, s);
	html_raw(h, "</main>\n<script>\n");
	html_raw(h, html_script);
	html_raw(h, "</script>\n</body>\n</html>\n");
	return rc;
}
