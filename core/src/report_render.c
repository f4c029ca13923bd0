/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/io.h"
#include "xwalk/report.h"

static const char *cell(const struct xw_report_section *s, size_t r, size_t c)
{
	return s->cells[r * s->n_columns + c];
}

/* --- text ---------------------------------------------------------------- */

/* One line per cell: line breaks and tabs would break the columns. */
static void flat(struct xw_buf *b, const char *s)
{
	for (; *s; s++)
		xw_buf_putc(b, *s == '\n' || *s == '\r' || *s == '\t' ? ' ' : *s);
}

static void render_text(const struct xw_report_section *s, struct xw_buf *b)
{
	size_t *width = calloc(s->n_columns + 1, sizeof(*width));

	if (!width) {
		b->failed = true;
		return;
	}
	if (s->title) {
		xw_buf_puts(b, s->title);
		xw_buf_putc(b, '\n');
	}
	for (size_t c = 0; c < s->n_columns; c++) {
		width[c] = xw_utf8_width(s->columns[c]);
		for (size_t r = 0; r < s->n_rows; r++) {
			size_t w = xw_utf8_width(cell(s, r, c));
			if (w > width[c])
				width[c] = w;
		}
	}
	for (size_t r = 0; s->n_columns && r <= s->n_rows; r++) {
		for (size_t c = 0; c < s->n_columns; c++) {
			const char *v = r == 0 ? s->columns[c] : cell(s, r - 1, c);
			flat(b, v);
			if (c + 1 < s->n_columns)
				xw_buf_pad(b, width[c] - xw_utf8_width(v) + 2);
		}
		xw_buf_putc(b, '\n');
	}
	for (size_t t = 0; t < s->n_text; t++) {
		xw_buf_puts(b, s->text[t]);
		xw_buf_putc(b, '\n');
	}
	free(width);
}

/* --- csv ----------------------------------------------------------------- */

static void csv_field(struct xw_buf *b, const char *v)
{
	if (!strpbrk(v, ",\"\r\n")) {
		xw_buf_puts(b, v);
		return;
	}
	xw_buf_putc(b, '"');
	for (; *v; v++) {
		if (*v == '"')
			xw_buf_putc(b, '"');
		xw_buf_putc(b, *v);
	}
	xw_buf_putc(b, '"');
}

static void render_csv(const struct xw_report_section *s, struct xw_buf *b)
{
	for (size_t r = 0; s->n_columns && r <= s->n_rows; r++) {
		for (size_t c = 0; c < s->n_columns; c++) {
			if (c)
				xw_buf_putc(b, ',');
			csv_field(b, r == 0 ? s->columns[c] : cell(s, r - 1, c));
		}
		xw_buf_puts(b, "\r\n");
	}
}

/* --- json ---------------------------------------------------------------- */

static void json_string(struct xw_buf *b, const char *v)
{
	xw_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)v; *p; p++) {
		if (*p == '"' || *p == '\\') {
			xw_buf_putc(b, '\\');
			xw_buf_putc(b, (char)*p);
		} else if (*p == '\n') {
			xw_buf_puts(b, "\\n");
		} else if (*p < 0x20) {
			xw_buf_printf(b, "\\u%04x", *p);
		} else {
			xw_buf_putc(b, (char)*p);
		}
	}
	xw_buf_putc(b, '"');
}

static void render_json(const struct xw_report_section *s, struct xw_buf *b)
{
	xw_buf_puts(b, "    {\n      \"title\": ");
	if (s->title)
		json_string(b, s->title);
	else
		xw_buf_puts(b, "null");
	if (s->kind) {
		xw_buf_puts(b, ",\n      \"kind\": ");
		json_string(b, s->kind);
	}
	xw_buf_puts(b, ",\n      \"columns\": [");
	for (size_t c = 0; c < s->n_columns; c++) {
		xw_buf_puts(b, c ? ", " : "");
		json_string(b, s->columns[c]);
	}
	xw_buf_puts(b, "],\n      \"rows\": [");
	for (size_t r = 0; r < s->n_rows; r++) {
		xw_buf_puts(b, r ? ",\n        {" : "\n        {");
		for (size_t c = 0; c < s->n_columns; c++) {
			xw_buf_puts(b, c ? ", " : "");
			json_string(b, s->columns[c]);
			xw_buf_puts(b, ": ");
			json_string(b, cell(s, r, c));
		}
		xw_buf_putc(b, '}');
	}
	xw_buf_puts(b, s->n_rows ? "\n      ],\n      \"text\": [" : "],\n      \"text\": [");
	for (size_t t = 0; t < s->n_text; t++) {
		xw_buf_puts(b, t ? ", " : "");
		json_string(b, s->text[t]);
	}
	xw_buf_puts(b, "]\n    }");
}

/* --- markdown ------------------------------------------------------------ */

static void md_cell(struct xw_buf *b, const char *v)
{
	for (; *v; v++) {
		if (*v == '|')
			xw_buf_puts(b, "\\|");
		else if (*v == '\n')
			xw_buf_puts(b, "<br>");
		else if (*v != '\r')
			xw_buf_putc(b, *v);
	}
}

static void render_md(const struct xw_report_section *s, struct xw_buf *b)
{
	if (s->title)
		xw_buf_printf(b, "## %s\n\n", s->title);
	for (size_t r = 0; s->n_columns && r <= s->n_rows; r++) {
		for (size_t c = 0; c < s->n_columns; c++) {
			xw_buf_puts(b, "| ");
			md_cell(b, r == 0 ? s->columns[c] : cell(s, r - 1, c));
			xw_buf_putc(b, ' ');
		}
		xw_buf_puts(b, "|\n");
		if (r == 0) {
			for (size_t c = 0; c < s->n_columns; c++)
				xw_buf_puts(b, "| --- ");
			xw_buf_puts(b, "|\n");
		}
	}
	if (s->n_columns && s->n_text)
		xw_buf_putc(b, '\n');
	for (size_t t = 0; t < s->n_text; t++) {
		md_cell(b, s->text[t]);
		xw_buf_puts(b, "\n\n");
	}
}

int xw_report_render(const struct xw_report *r, enum xw_report_format format,
		     struct xw_buf *out, struct xw_error *err)
{
	size_t tables = 0;

	/* a report that ran out of memory while being built may hold NULLs */
	if (r->failed)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	if (format == XW_FORMAT_JSON)
		xw_buf_puts(out, "{\n  \"sections\": [\n");
	for (size_t i = 0; i < r->n; i++) {
		const struct xw_report_section *s = &r->v[i];

		switch (format) {
		case XW_FORMAT_TEXT:
			if (i)
				xw_buf_putc(out, '\n');
			render_text(s, out);
			break;
		case XW_FORMAT_CSV:
			if (!s->n_columns)
				break;
			if (tables++)
				xw_buf_puts(out, "\r\n");
			render_csv(s, out);
			break;
		case XW_FORMAT_JSON:
			if (i)
				xw_buf_puts(out, ",\n");
			render_json(s, out);
			break;
		case XW_FORMAT_MD:
			render_md(s, out);
			/* a table needs a blank line after it; text ends with one */
			if (s->n_columns && !s->n_text && i + 1 < r->n)
				xw_buf_putc(out, '\n');
			break;
		}
	}
	if (format == XW_FORMAT_JSON)
		xw_buf_puts(out, "\n  ]\n}\n");
	if (out->failed) {
		xw_buf_reset(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	return 0;
}
