/* SPDX-License-Identifier: MIT */
#ifndef HTML_OUT_H
#define HTML_OUT_H

/*
 * Writing the page: markup as is, text escaped, and the report read
 * through the host's getters. Nothing here fails: the host's output
 * records an allocation failure and the host reports it at the end.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/plugin.h"

struct html {
	const struct xw_host *host;
	struct xw_output *out;
	const struct xw_report *r;
};

/* Appends markup @s unchanged; it must come from this plugin. */
void html_raw(struct html *h, const char *s);
/* Appends markup built by printf-style @fmt (at most 255 bytes). */
void html_fmt(struct html *h, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/*
 * Appends @s escaped for text and for quoted attribute values alike;
 * a control character (not tab or a line break) becomes its visible
 * control picture, U+2400 + code (U+2421 for DEL).
 */
void html_text(struct html *h, const char *s);
/* Appends the first @len bytes of @s, escaped as html_text does. */
void html_text_n(struct html *h, const char *s, size_t len);
/*
 * A text in both languages; CSS shows one or both (the page's toggle).
 * When one is empty the other is shown alone, whatever the toggle says.
 */
void html_bi(struct html *h, const char *ja, const char *en);

/* A text's labels in both languages, under a key (a column, a fact). */
struct html_label {
	const char *key, *ja, *en;
};

/* Appends <dt>@label</dt><dd>@value</dd> to a <dl>; nothing when @value is "". */
void html_field(struct html *h, const struct html_label *label, const char *value);

/* Section @s's column called @name, or -1 when it has none. */
long html_column(const struct html *h, size_t s, const char *name);
/* The cell in column @col (from html_column) of @row; "" when @col < 0. */
const char *html_cell(const struct html *h, size_t s, size_t row, long col);
/* The first section of @kind at or after @from, or -1. */
long html_section_of(const struct html *h, const char *kind, size_t from);
/* Whether @kind names section @s's kind. */
bool html_kind_is(const struct html *h, size_t s, const char *kind);

#endif
