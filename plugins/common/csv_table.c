/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "csv_table.h"

struct table_cell {
	size_t at;               /* offset of its text in the arena */
	unsigned line, column;
};

struct table_record {
	size_t first;            /* index of its first cell */
	uint32_t n;
	unsigned line;
};

struct csv_table {
	char *arena;             /* the cells' texts, each NUL-terminated */
	size_t arena_len, arena_cap;
	struct table_cell *cells;
	size_t n_cells, cells_cap;
	struct table_record *records;
	size_t n_records, records_cap;
};

/*
 * @v (*@cap elements of @size bytes) with room for @need: the block,
 * moved or not, or NULL when out of memory (@v is then still valid).
 */
static void *reserve(void *v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 32;
	void *p;

	if (need <= *cap)
		return v;
	while (c < need)
		c *= 2;
	if (!(p = realloc(v, c * size)))
		return NULL;
	*cap = c;
	return p;
}

/* Appends the parser's current record. */
static bool append(struct csv_table *t, const struct csv_parser *ps)
{
	struct table_record *rec;
	void *p;

	if (!(p = reserve(t->records, &t->records_cap, t->n_records + 1, sizeof(*t->records))))
		return false;
	t->records = p;
	if (!(p = reserve(t->cells, &t->cells_cap, t->n_cells + ps->n_cells, sizeof(*t->cells))))
		return false;
	t->cells = p;
	if (!(p = reserve(t->arena, &t->arena_cap, t->arena_len + ps->len, 1)))
		return false;
	t->arena = p;
	rec = &t->records[t->n_records++];
	rec->first = t->n_cells;
	rec->n = (uint32_t)ps->n_cells;
	rec->line = ps->n_cells ? ps->cells[0].line : 0;
	for (size_t i = 0; i < ps->n_cells; i++) {
		struct table_cell *c = &t->cells[t->n_cells++];

		c->at = t->arena_len + (size_t)(ps->cells[i].text - ps->buf);
		c->line = ps->cells[i].line;
		c->column = ps->cells[i].column;
	}
	memcpy(t->arena + t->arena_len, ps->buf, ps->len);
	t->arena_len += ps->len;
	return true;
}

/* Reads the records of @ps into @t: 0, or an error (reported when @call is set). */
static int fill(struct csv_table *t, struct csv_parser *ps, uint32_t max_rows)
{
	int rc = 0;

	while ((!max_rows || t->n_records < max_rows) && (rc = csv_next(ps)) > 0)
		if (!append(t, ps))
			return XW_ENOMEM;
	return max_rows && t->n_records == max_rows ? 0 : rc;
}

int csv_table_load(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, uint32_t max_rows,
		   struct csv_table **out)
{
	size_t bom = csv_bom(in);
	struct csv_table *t;
	struct csv_parser *ps;
	int rc;

	*out = NULL;
	if (call && (rc = h->check_utf8(call, (const char *)in->data + bom,
					in->size - bom, 1)) < 0)
		return rc;
	t = calloc(1, sizeof(*t));
	ps = malloc(sizeof(*ps));
	rc = XW_ENOMEM;
	if (t && ps) {
		csv_parser_init(ps, h, call, in);
		rc = fill(t, ps, max_rows);
		csv_parser_release(ps);
	}
	free(ps);
	if (!call && rc < 0 && rc != XW_ENOMEM)
		rc = 0;  /* probing: the rows before a syntax error still count */
	if (rc == XW_ENOMEM && call)
		h->error(call, XW_ENOMEM, "out of memory");
	if (rc < 0) {
		csv_table_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

void csv_table_free(struct csv_table *t)
{
	if (!t)
		return;
	free(t->arena);
	free(t->cells);
	free(t->records);
	free(t);
}

uint32_t csv_table_rows(const struct csv_table *t)
{
	return (uint32_t)t->n_records;
}

uint32_t csv_table_cols(const struct csv_table *t, uint32_t row)
{
	return row >= 1 && row <= t->n_records ? t->records[row - 1].n : 0;
}

/* The cell, or NULL past the end. */
static const struct table_cell *cell_at(const struct csv_table *t, uint32_t row,
					uint32_t col)
{
	if (col < 1 || col > csv_table_cols(t, row))
		return NULL;
	return &t->cells[t->records[row - 1].first + col - 1];
}

const char *csv_table_text(const struct csv_table *t, uint32_t row, uint32_t col)
{
	const struct table_cell *c = cell_at(t, row, col);

	return c ? t->arena + c->at : "";
}

void csv_table_where(const struct csv_table *t, uint32_t row, uint32_t col,
		     unsigned *line, unsigned *column)
{
	const struct table_cell *c = cell_at(t, row, col);

	*line = c ? c->line : row >= 1 && row <= t->n_records ? t->records[row - 1].line : 0;
	*column = c ? c->column : 0;
}
