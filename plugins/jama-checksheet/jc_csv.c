/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "jc_csv.h"

struct cell {
	size_t off;                  /* of its text in the pool */
	unsigned line, column;
};

struct record {
	size_t first, n;             /* its cells */
	unsigned line;
};

struct jc_records {
	struct csv_parser ps;
	char *pool;
	size_t len, cap;
	struct cell *cells;
	size_t n_cells, cap_cells;
	struct record *rows;
	size_t n_rows, cap_rows;
	size_t cols;
};

/* Makes room in @*v for @need elements of @size bytes; false when out of memory. */
static bool grow(void **v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 64;
	void *p;

	if (need <= *cap)
		return true;
	while (c < need)
		c *= 2;
	if (!(p = realloc(*v, c * size)))
		return false;
	*v = p;
	*cap = c;
	return true;
}

/* Keeps the parser's current record. */
static bool keep(struct jc_records *r)
{
	const struct csv_parser *ps = &r->ps;
	size_t bytes = 0;

	for (size_t i = 0; i < ps->n_cells; i++)
		bytes += ps->cells[i].len + 1;
	if (!grow((void **)&r->pool, &r->cap, r->len + bytes, 1) ||
	    !grow((void **)&r->cells, &r->cap_cells, r->n_cells + ps->n_cells,
		  sizeof(*r->cells)) ||
	    !grow((void **)&r->rows, &r->cap_rows, r->n_rows + 1, sizeof(*r->rows)))
		return false;
	r->rows[r->n_rows++] = (struct record){ r->n_cells, ps->n_cells, ps->cells[0].line };
	for (size_t i = 0; i < ps->n_cells; i++) {
		const struct csv_cell *c = &ps->cells[i];

		memcpy(r->pool + r->len, c->text, c->len + 1);
		r->cells[r->n_cells++] = (struct cell){ r->len, c->line, c->column };
		r->len += c->len + 1;
	}
	if (ps->n_cells > r->cols)
		r->cols = ps->n_cells;
	return true;
}

int jc_records_load(struct jc_records **out, const struct xw_host *h,
		    struct xw_call *call, const struct xw_input *in, size_t max_rows)
{
	struct jc_records *r = calloc(1, sizeof(*r));
	int rc = 0;

	if (!(*out = r))
		return call ? h->error(call, XW_ENOMEM, "out of memory") : XW_ENOMEM;
	csv_parser_init(&r->ps, h, call, in);
	while ((!max_rows || r->n_rows < max_rows) && (rc = csv_next(&r->ps)) > 0)
		if (!keep(r))
			return csv_error(&r->ps, 0, 0, XW_ENOMEM, "out of memory");
	csv_parser_release(&r->ps);
	return rc < 0 ? rc : 0;
}

void jc_records_free(struct jc_records *r)
{
	if (!r)
		return;
	csv_parser_release(&r->ps);
	free(r->pool);
	free(r->cells);
	free(r->rows);
	free(r);
}

uint32_t jc_records_rows(const struct jc_records *r)
{
	return (uint32_t)r->n_rows;
}

uint32_t jc_records_cols(const struct jc_records *r)
{
	return (uint32_t)r->cols;
}

const char *jc_records_cell(const struct jc_records *r, uint32_t row, uint32_t col,
			    unsigned *line, unsigned *column)
{
	const struct record *rec;
	const struct cell *c;

	*line = 0;
	*column = 0;
	if (row < 1 || row > r->n_rows)
		return "";
	rec = &r->rows[row - 1];
	*line = rec->line;
	if (col < 1 || col > rec->n)
		return "";
	c = &r->cells[rec->first + col - 1];
	*line = c->line;
	*column = c->column;
	return r->pool + c->off;
}
