/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "soa_book.h"
#include "soa_csv.h"
#include "xlsx.h"

static int report(struct soa_book *b, const struct xlsx_error *e)
{
	if (!b->call)
		return e->code;
	b->h->at(b->call, 0, 0);
	if (e->where[0])
		return b->h->error(b->call, e->code, "%s: %s", e->where, e->message);
	return b->h->error(b->call, e->code, "%s", e->message);
}

static int no_memory(struct soa_book *b)
{
	return b->call ? b->h->error(b->call, XW_ENOMEM, "out of memory") : XW_ENOMEM;
}

static int open_sheets(struct soa_book *b, const struct xw_input *in)
{
	struct xlsx_error e;
	int rc = xlsx_open(in->data, in->size, &b->xlsx, &e);

	if (rc == XW_EUNSUPPORTED)
		return rc;  /* a zip, but no workbook: not ours */
	if (rc < 0)
		return report(b, &e);
	b->grids = calloc(xlsx_sheet_count(b->xlsx) + 1, sizeof(*b->grids));
	if (!b->grids)
		return no_memory(b);
	for (size_t i = 0; i < xlsx_sheet_count(b->xlsx); i++) {
		struct soa_grid *g = &b->grids[b->n_grids];

		if ((rc = xlsx_sheet_load(b->xlsx, i, &g->sheet, &e)) < 0)
			return report(b, &e);
		g->book = b;
		g->last_row = xlsx_last_row(g->sheet);
		b->n_grids++;
	}
	return 0;
}

static int open_csv(struct soa_book *b, const struct xw_input *in,
		    uint32_t max_rows)
{
	size_t bom = csv_bom(in);
	int rc;

	if (b->call && (rc = b->h->check_utf8(b->call, (const char *)in->data + bom,
					       in->size - bom, 1)) < 0)
		return rc;
	if ((rc = soa_csv_load(b->h, b->call, in, max_rows, &b->csv)) < 0)
		return rc;
	if (!(b->grids = calloc(1, sizeof(*b->grids))))
		return no_memory(b);
	b->grids[0].book = b;
	b->grids[0].last_row = soa_csv_rows(b->csv);
	b->n_grids = 1;
	return 0;
}

bool soa_book_is_zip(const struct xw_input *in)
{
	return in->size >= 4 && memcmp(in->data, "PK\x03\x04", 4) == 0;
}

int soa_book_open(struct soa_book *b, const struct xw_host *h,
		  struct xw_call *call, const struct xw_input *in,
		  uint32_t max_rows)
{
	memset(b, 0, sizeof(*b));
	b->h = h;
	b->call = call;
	if (soa_book_is_zip(in))
		return open_sheets(b, in);
	return open_csv(b, in, max_rows);
}

void soa_book_close(struct soa_book *b)
{
	for (size_t i = 0; i < b->n_grids; i++)
		xlsx_sheet_free(b->grids[i].sheet);
	free(b->grids);
	xlsx_close(b->xlsx);
	soa_csv_free(b->csv);
	b->grids = NULL;
	b->n_grids = 0;
	b->xlsx = NULL;
	b->csv = NULL;
}
