/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/report.h"

static char *dup_or_fail(struct xw_report *r, const char *s)
{
	char *d = strdup(s ? s : "");

	if (!d)
		r->failed = true;
	return d;
}

static bool grow(struct xw_report *r, void **v, size_t n, size_t size)
{
	void *p = realloc(*v, (n + 1) * size);

	if (!p) {
		r->failed = true;
		return false;
	}
	*v = p;
	return true;
}

void xw_report_section(struct xw_report *r, const char *title,
		       const char *const *columns)
{
	struct xw_report_section *s;

	if (r->failed || !grow(r, (void **)&r->v, r->n, sizeof(*r->v)))
		return;
	s = &r->v[r->n++];
	memset(s, 0, sizeof(*s));
	s->title = title ? dup_or_fail(r, title) : NULL;
	for (size_t i = 0; columns && columns[i]; i++)
		if (grow(r, (void **)&s->columns, s->n_columns, sizeof(char *)))
			s->columns[s->n_columns++] = dup_or_fail(r, columns[i]);
}

void xw_report_kind(struct xw_report *r, const char *kind)
{
	if (r->failed || !r->n)
		return;
	free(r->v[r->n - 1].kind);
	r->v[r->n - 1].kind = dup_or_fail(r, kind);
}

void xw_report_meta(struct xw_report *r, const char *key, const char *value)
{
	char **m;

	if (r->failed)
		return;
	for (size_t i = 0; i < r->n_meta; i++)
		if (strcmp(r->meta[2 * i], key) == 0) {
			free(r->meta[2 * i + 1]);
			r->meta[2 * i + 1] = dup_or_fail(r, value);
			return;
		}
	m = realloc(r->meta, (r->n_meta + 1) * 2 * sizeof(*m));
	if (!m) {
		r->failed = true;
		return;
	}
	r->meta = m;
	m[2 * r->n_meta] = dup_or_fail(r, key);
	m[2 * r->n_meta + 1] = dup_or_fail(r, value);
	r->n_meta++;
}

const char *xw_report_meta_get(const struct xw_report *r, const char *key)
{
	for (size_t i = 0; i < r->n_meta; i++)
		if (r->meta[2 * i] && strcmp(r->meta[2 * i], key) == 0)
			return r->meta[2 * i + 1];
	return NULL;
}

void xw_report_row(struct xw_report *r, const char *const *cells)
{
	struct xw_report_section *s;
	char **v;

	if (r->failed || !r->n)
		return;
	s = &r->v[r->n - 1];
	v = realloc(s->cells, (s->n_rows + 1) * s->n_columns * sizeof(*v) + 1);
	if (!v) {
		r->failed = true;
		return;
	}
	s->cells = v;
	for (size_t c = 0; c < s->n_columns; c++)
		v[s->n_rows * s->n_columns + c] = dup_or_fail(r, cells[c]);
	s->n_rows++;
}

void xw_report_text(struct xw_report *r, const char *fmt, ...)
{
	struct xw_report_section *s;
	char *line;
	va_list ap;
	int n;

	if (r->failed)
		return;
	if (!r->n)
		xw_report_section(r, NULL, NULL);
	if (r->failed)
		return;
	s = &r->v[r->n - 1];
	va_start(ap, fmt);
	n = vsnprintf(NULL, 0, fmt, ap);
	va_end(ap);
	line = n >= 0 ? malloc((size_t)n + 1) : NULL;
	if (!line || !grow(r, (void **)&s->text, s->n_text, sizeof(char *))) {
		free(line);
		r->failed = true;
		return;
	}
	va_start(ap, fmt);
	vsnprintf(line, (size_t)n + 1, fmt, ap);
	va_end(ap);
	s->text[s->n_text++] = line;
}

void xw_report_clear(struct xw_report *r)
{
	for (size_t i = 0; i < r->n; i++) {
		struct xw_report_section *s = &r->v[i];

		free(s->title);
		free(s->kind);
		for (size_t c = 0; c < s->n_columns; c++)
			free(s->columns[c]);
		free(s->columns);
		for (size_t c = 0; c < s->n_rows * s->n_columns; c++)
			free(s->cells[c]);
		free(s->cells);
		for (size_t t = 0; t < s->n_text; t++)
			free(s->text[t]);
		free(s->text);
	}
	free(r->v);
	for (size_t i = 0; i < 2 * r->n_meta; i++)
		free(r->meta[i]);
	free(r->meta);
	memset(r, 0, sizeof(*r));
}

int xw_report_format_parse(const char *s)
{
	static const char *const names[] = { "text", "csv", "json", "md" };

	for (int i = 0; i < 4; i++)
		if (strcmp(s, names[i]) == 0)
			return i;
	return -1;
}
