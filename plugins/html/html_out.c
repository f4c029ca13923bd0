/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "html_out.h"

void html_raw(struct html *h, const char *s)
{
	h->host->write(h->out, s, strlen(s));
}

void html_fmt(struct html *h, const char *fmt, ...)
{
	char buf[256];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(buf), fmt, ap);
	va_end(ap);
	if (n > 0)
		h->host->write(h->out, buf, (size_t)n < sizeof(buf) ? (size_t)n : sizeof(buf) - 1);
}

/*
 * What stands for @c in the page: a character reference for the five
 * characters markup gives meaning to, and the visible control picture
 * (U+2400 + c, U+2421) for a control character, which HTML does not
 * allow in text; NULL for @c itself. @pic holds the picture.
 */
static const char *reference(char c, char pic[4])
{
	unsigned char u = (unsigned char)c;

	if ((u < 0x20 && c != '\t' && c != '\n' && c != '\r') || u == 0x7f) {
		pic[0] = '\xe2';
		pic[1] = '\x90';
		pic[2] = (char)(u == 0x7f ? 0xa1 : 0x80 + u);
		pic[3] = '\0';
		return pic;
	}
	switch (c) {
	case '&': return "&amp;";
	case '<': return "&lt;";
	case '>': return "&gt;";
	case '"': return "&quot;";
	case '\'': return "&#39;";
	default: return NULL;
	}
}

void html_text_n(struct html *h, const char *s, size_t len)
{
	size_t start = 0;

	for (size_t i = 0; i < len; i++) {
		char pic[4];
		const char *ref = reference(s[i], pic);

		if (!ref)
			continue;
		h->host->write(h->out, s + start, i - start);
		html_raw(h, ref);
		start = i + 1;
	}
	h->host->write(h->out, s + start, len - start);
}

void html_text(struct html *h, const char *s)
{
	if (s)
		html_text_n(h, s, strlen(s));
}

void html_bi(struct html *h, const char *ja, const char *en)
{
	if (!*ja || !*en) {
		/* one language only: shown whatever the toggle says */
		if (*ja || *en) {
			html_raw(h, *ja ? "<span lang=\"ja\">" : "<span lang=\"en\">");
			html_text(h, *ja ? ja : en);
			html_raw(h, "</span>");
		}
		return;
	}
	html_raw(h, "<span class=\"l-ja\" lang=\"ja\">");
	html_text(h, ja);
	html_raw(h, "</span><span class=\"l-sep\"> / </span><span class=\"l-en\" lang=\"en\">");
	html_text(h, en);
	html_raw(h, "</span>");
}

void html_field(struct html *h, const struct html_label *label, const char *value)
{
	if (!*value)
		return;
	html_raw(h, "<dt>");
	html_bi(h, label->ja, label->en);
	html_raw(h, "</dt><dd>");
	html_text(h, value);
	html_raw(h, "</dd>");
}

long html_column(const struct html *h, size_t s, const char *name)
{
	size_t n = h->host->section_columns(h->r, s);

	for (size_t c = 0; c < n; c++)
		if (strcmp(h->host->section_column(h->r, s, c), name) == 0)
			return (long)c;
	return -1;
}

const char *html_cell(const struct html *h, size_t s, size_t row, long col)
{
	return col < 0 ? "" : h->host->section_cell(h->r, s, row, (size_t)col);
}

bool html_kind_is(const struct html *h, size_t s, const char *kind)
{
	const char *k = h->host->section_get(h->r, s, "kind");

	return k && strcmp(k, kind) == 0;
}

long html_section_of(const struct html *h, const char *kind, size_t from)
{
	size_t n = h->host->section_count(h->r);

	for (size_t s = from; s < n; s++)
		if (html_kind_is(h, s, kind))
			return (long)s;
	return -1;
}
