/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cprt_book.h"
#include "cprt_text.h"
#include "nv_sheet.h"

static const char *const col_names[NV_N_COLS] = {
	[NV_COL_ID] = "ID",
	[NV_COL_TITLE] = "TITLE",
	[NV_COL_EDITORIAL] = "More than editorial or administrative change? (Y/N)",
	[NV_COL_CHANGES] = "Changed Elements",
	[NV_COL_DETAILS] = "Change Details",
};

/* A cprt_table_fn: every column is headed in the top rows, noted in the struct nv_sheet @ctx. */
static bool holds_table(const struct xlsx_sheet *sheet, void *ctx)
{
	struct nv_sheet *s = ctx;
	uint32_t last_header = 0;
	int found = 0;

	memset(s->col, 0, sizeof(s->col));
	for (size_t i = 0; i < xlsx_cell_count(sheet); i++) {
		uint32_t r, c;
		const char *text = xlsx_cell_at(sheet, i, &r, &c);

		if (r > NV_HEADER_ROWS)
			break;
		for (int k = 0; k < NV_N_COLS; k++)
			if (!s->col[k] && cprt_says(text, col_names[k])) {
				s->col[k] = c;
				last_header = r > last_header ? r : last_header;
				found++;
			}
	}
	s->first_row = last_header + 1;
	s->last_row = xlsx_last_row(sheet);
	return found == NV_N_COLS;
}

int nv_sheet_probe(const struct xw_input *in)
{
	struct nv_sheet s;

	return cprt_book_probe(in, holds_table, &s);
}

int nv_sheet_open(struct nv_sheet *s, const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in)
{
	size_t index;

	memset(s, 0, sizeof(*s));
	s->h = h;
	s->call = call;
	return cprt_book_open(h, call, in, holds_table, s, &s->book, &s->sheet, &index);
}

void nv_sheet_close(struct nv_sheet *s)
{
	xlsx_sheet_free(s->sheet);
	xlsx_close(s->book);
	s->sheet = NULL;
	s->book = NULL;
}

const char *nv_sheet_get(const struct nv_sheet *s, uint32_t row, enum nv_col c)
{
	return xlsx_value(s->sheet, row, s->col[c]);
}

int nv_sheet_fail(const struct nv_sheet *s, uint32_t row, enum nv_col c, int code,
		  const char *fmt, ...)
{
	char ref[400], msg[1024];
	va_list ap;

	xlsx_ref(s->sheet, row, s->col[c], ref, sizeof(ref));
	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	s->h->at(s->call, 0, 0);
	return s->h->error(s->call, code, "%s: %s", ref, msg);
}

void nv_sheet_at(const struct nv_sheet *s, uint32_t row, enum nv_col c)
{
	s->h->at(s->call, row, s->col[c]);
}
