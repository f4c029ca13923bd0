/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "soa_csv.h"

struct cell {
	size_t text;             /* offset in the text arena */
	unsigned line, column;
};

struct record {
	size_t first;            /* index of its first cell */
	uint32_t n;
	unsigned line;
};

struct soa_csv {
	char *text;
	size_t text_len, text_cap;
	struct cell *cells;
	size_t n_cells, cap_cells;
	struct record *rows;
	uint32_t n_rows;
	size_t cap_rows;
};

/*
 * @v (of @size-byte elements, *@cap of them) grown to hold @need: the
 * new block, or NULL when out of memory, @v then unchanged.
 */
static void *grow(void *v, size_t *cap, size_t need, size_t size)
{
	size_t c = *cap ? *cap : 64;
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

/* Keeps the parser's current record. */
static bool keep(struct soa_csv *t, const struct csv_parser *ps)
{
	size_t need = ps->len;
	struct record *r;
	void *p;

	if (!(p = grow(t->rows, &t->cap_rows, (size_t)t->n_rows + 1, sizeof(*t->rows))))
		return false;
	t->rows = p;
	if (!(p = grow(t->cells, &t->cap_cells, t->n_cells + ps->n_cells, sizeof(*t->cells))))
		return false;
	t->cells = p;
	if (!(p = grow(t->text, &t->text_cap, t->text_len + need, 1)))
		return false;
	t->text = p;
	r = &t->rows[t->n_rows++];
	r->first = t->n_cells;
	r->n = (uint32_t)ps->n_cells;
	r->line = ps->n_cells ? ps->cells[0].line : 0;
	memcpy(t->text + t->text_len, ps->buf, need);
	for (size_t i = 0; i < ps->n_cells; i++) {
		struct cell *c = &t->cells[t->n_cells++];

		c->text = t->text_len + (size_t)(ps->cells[i].text - ps->buf);
		c->line = ps->cells[i].line;
		c->column = ps->cells[i].column;
	}
	t->text_len += need;
	return true;
}

int soa_csv_load(const struct xw_host *h, struct xw_call *call,
		 const struct xw_input *in, uint32_t max_rows,
		 struct soa_csv **out)
{
	struct soa_csv *t = calloc(1, sizeof(*t));
	struct csv_parser *ps = malloc(sizeof(*ps));
	int rc = XW_ENOMEM;

	*out = NULL;
	if (t && ps) {
		csv_parser_init(ps, h, call, in);
		while ((!max_rows || t->n_rows < max_rows) && (rc = csv_next(ps)) > 0)
			if (!keep(t, ps)) {
				rc = XW_ENOMEM;
				break;
			}
		csv_parser_release(ps);
	}
	free(ps);
	/* probing: what came before a syntax error may still be an SoA's header */
	if (!call && rc < 0 && rc != XW_ENOMEM)
		rc = 0;
	if (rc == XW_ENOMEM && call)
		rc = h->error(call, XW_ENOMEM, "out of memory");
	if (rc < 0) {
		soa_csv_free(t);
		return rc;
	}
	*out = t;
	return 0;
}

void soa_csv_free(struct soa_csv *t)
{
	if (!t)
		return;
	free(t->text);
	free(t->cells);
	free(t->rows);
	free(t);
}

uint32_t soa_csv_rows(const struct soa_csv *t)
{
	return t->n_rows;
}

uint32_t soa_csv_cols(const struct soa_csv *t, uint32_t row)
{
	return row >= 1 && row <= t->n_rows ? t->rows[row - 1].n : 0;
}

const char *soa_csv_text(const struct soa_csv *t, uint32_t row, uint32_t col)
{
	if (col < 1 || col > soa_csv_cols(t, row))
		return "";
	return t->text + t->cells[t->rows[row - 1].first + col - 1].text;
}

void soa_csv_where(const struct soa_csv *t, uint32_t row, uint32_t col,
		   unsigned *line, unsigned *column)
{
	const struct cell *c;

	*line = row >= 1 && row <= t->n_rows ? t->rows[row - 1].line : 0;
	*column = 0;
	if (col < 1 || col > soa_csv_cols(t, row))
		return;
	c = &t->cells[t->rows[row - 1].first + col - 1];
	*line = c->line;
	*column = c->column;
}
