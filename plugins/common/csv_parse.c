/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"

size_t csv_bom(const struct xw_input *in)
{
	return in->size >= 3 && memcmp(in->data, "\xEF\xBB\xBF", 3) == 0 ? 3 : 0;
}

void csv_parser_init(struct csv_parser *ps, const struct xw_host *host,
		     struct xw_call *call, const struct xw_input *in)
{
	memset(ps, 0, sizeof(*ps));
	ps->host = host;
	ps->call = call;
	ps->p = (const char *)in->data + csv_bom(in);
	ps->end = (const char *)in->data + in->size;
	ps->line = 1;
	ps->column = 1;
}

void csv_parser_release(struct csv_parser *ps)
{
	free(ps->buf);
	ps->buf = NULL;
}

int csv_error(struct csv_parser *ps, unsigned line, unsigned column,
	      int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	if (!ps->call)
		return code;
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	ps->host->at(ps->call, line, column);
	return ps->host->error(ps->call, code, "%s", msg);
}

/* Moves past one byte; continuation bytes do not start a new column. */
static void advance(struct csv_parser *ps)
{
	unsigned char c = (unsigned char)*ps->p++;

	if (c == '\n') {
		ps->line++;
		ps->column = 1;
	} else if ((c & 0xC0) != 0x80) {
		ps->column++;
	}
}

static int at_cell_end(const struct csv_parser *ps)
{
	const char *p = ps->p;

	return p == ps->end || *p == ',' || *p == '\n' ||
	       (*p == '\r' && p + 1 < ps->end && p[1] == '\n');
}

/* Appends [from, to) to the current cell, which began at @start in buf. */
static int take(struct csv_parser *ps, const char *from, const char *to,
		size_t start)
{
	const struct csv_cell *c = &ps->cells[ps->n_cells];
	size_t n = (size_t)(to - from);

	if (ps->len - start + n > CSV_MAX_CELL)
		return csv_error(ps, c->line, c->column, XW_ELIMIT,
				 "cell is longer than %zu bytes (1 MiB)",
				 CSV_MAX_CELL);
	if (ps->cap - ps->len < n + 1) {
		size_t cap = ps->cap ? ps->cap : 1024;
		char *v;

		while (cap - ps->len < n + 1)
			cap *= 2;
		v = realloc(ps->buf, cap);
		if (!v)
			return csv_error(ps, 0, 0, XW_ENOMEM, "out of memory");
		ps->buf = v;
		ps->cap = cap;
	}
	memcpy(ps->buf + ps->len, from, n);
	ps->len += n;
	return 0;
}

static int quoted_cell(struct csv_parser *ps, size_t start)
{
	const struct csv_cell *c = &ps->cells[ps->n_cells];
	int rc;

	advance(ps);
	for (;;) {
		const char *run = ps->p;

		while (ps->p < ps->end && *ps->p != '"')
			advance(ps);
		if (ps->p == ps->end)
			return csv_error(ps, c->line, c->column, XW_ESYNTAX,
					 "quoted cell is never closed (its opening quote is here)");
		advance(ps);
		if (ps->p < ps->end && *ps->p == '"') {
			/* a doubled quote: keep one */
			if ((rc = take(ps, run, ps->p, start)) < 0)
				return rc;
			advance(ps);
			continue;
		}
		if ((rc = take(ps, run, ps->p - 1, start)) < 0)
			return rc;
		break;
	}
	if (!at_cell_end(ps))
		return csv_error(ps, ps->line, ps->column, XW_ESYNTAX,
				 "text after the closing quote of a quoted cell; "
				 "write a quote inside a quoted cell twice");
	return 0;
}

static int plain_cell(struct csv_parser *ps, size_t start)
{
	const char *run = ps->p;

	while (!at_cell_end(ps)) {
		if (*ps->p == '"')
			return csv_error(ps, ps->line, ps->column, XW_ESYNTAX,
					 "quote inside an unquoted cell; put the whole "
					 "cell in quotes and write this quote twice");
		advance(ps);
	}
	return take(ps, run, ps->p, start);
}

/* Reads one cell; leaves ps->p on what ends it. */
static int cell(struct csv_parser *ps)
{
	struct csv_cell *c = &ps->cells[ps->n_cells];
	size_t start = ps->len;
	int rc;

	if (ps->n_cells == CSV_MAX_COLUMNS)
		return csv_error(ps, ps->line, ps->column, XW_ELIMIT,
				 "more than %d cells in a row", CSV_MAX_COLUMNS);
	c->line = ps->line;
	c->column = ps->column;
	rc = ps->p < ps->end && *ps->p == '"' ? quoted_cell(ps, start)
					      : plain_cell(ps, start);
	/* an empty run still makes room for the NUL */
	if (rc == 0)
		rc = take(ps, ps->p, ps->p, start);
	if (rc < 0)
		return rc;
	ps->buf[ps->len++] = '\0';
	ps->offset[ps->n_cells] = start;
	c->len = ps->len - start - 1;
	ps->n_cells++;
	return 0;
}

int csv_next(struct csv_parser *ps)
{
	int rc;

	if (ps->p >= ps->end)
		return 0;
	if (++ps->rows > CSV_MAX_ROWS)
		return csv_error(ps, ps->line, 1, XW_ELIMIT,
				 "more than %d rows", CSV_MAX_ROWS);
	ps->len = 0;
	ps->n_cells = 0;
	for (;;) {
		if ((rc = cell(ps)) < 0)
			return rc;
		if (ps->p == ps->end)
			break;
		if (*ps->p == ',') {
			advance(ps);
			continue;
		}
		if (*ps->p == '\r')
			advance(ps);
		advance(ps);
		break;
	}
	/* only now is buf final, so only now do the pointers hold */
	for (size_t i = 0; i < ps->n_cells; i++)
		ps->cells[i].text = ps->buf + ps->offset[i];
	return 1;
}
