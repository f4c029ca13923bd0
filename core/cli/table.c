/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/io.h"
#include "table.h"

void table_init(struct table *t, size_t cols)
{
	memset(t, 0, sizeof(*t));
	t->cols = cols;
}

void table_add(struct table *t, const char *const *cells)
{
	char **v;

	if (t->failed)
		return;
	v = realloc(t->cells, (t->rows + 1) * t->cols * sizeof(*v));
	if (!v) {
		t->failed = 1;
		return;
	}
	t->cells = v;
	for (size_t c = 0; c < t->cols; c++) {
		char *s = strdup(cells[c] ? cells[c] : "-");
		/* a cell is one line: newlines become spaces */
		for (char *p = s; p && *p; p++)
			if (*p == '\n' || *p == '\r' || *p == '\t')
				*p = ' ';
		v[t->rows * t->cols + c] = s;
		if (!s)
			t->failed = 1;
	}
	t->rows++;
}

void table_print(const struct table *t, FILE *out)
{
	size_t *width = calloc(t->cols, sizeof(*width));

	if (!width || t->failed) {
		free(width);
		fputs("xwalk: out of memory\n", stderr);
		return;
	}
	for (size_t r = 0; r < t->rows; r++)
		for (size_t c = 0; c < t->cols; c++) {
			size_t w = xw_utf8_width(t->cells[r * t->cols + c]);
			if (w > width[c])
				width[c] = w;
		}
	for (size_t r = 0; r < t->rows; r++) {
		for (size_t c = 0; c < t->cols; c++) {
			const char *s = t->cells[r * t->cols + c];
			fputs(s, out);
			if (c + 1 < t->cols)
				fprintf(out, "%*s", (int)(width[c] - xw_utf8_width(s) + 2), "");
		}
		fputc('\n', out);
	}
	free(width);
}

void table_free(struct table *t)
{
	for (size_t i = 0; i < t->rows * t->cols; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}
