/* SPDX-License-Identifier: MIT */
#include "cprt_book.h"

int cprt_book_find(struct xlsx_book *book, cprt_table_fn holds, void *ctx,
		   struct xlsx_sheet **out, size_t *index, struct xlsx_error *e)
{
	for (size_t i = 0; i < xlsx_sheet_count(book); i++) {
		int rc = xlsx_sheet_load(book, i, out, e);

		if (rc < 0)
			return rc;
		if (holds(*out, ctx)) {
			*index = i;
			return 1;
		}
		xlsx_sheet_free(*out);
		*out = NULL;
	}
	return 0;
}

int cprt_book_probe(const struct xw_input *in, cprt_table_fn holds, void *ctx)
{
	struct xlsx_book *book = NULL;
	struct xlsx_sheet *sheet = NULL;
	struct xlsx_error e;
	size_t index;
	int rc = xlsx_open(in->data, in->size, &book, &e);

	if (rc == 0)
		rc = cprt_book_find(book, holds, ctx, &sheet, &index, &e);
	xlsx_sheet_free(sheet);
	xlsx_close(book);
	return rc > 0 ? 85 : 0;
}

int cprt_book_open(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		   cprt_table_fn holds, void *ctx, struct xlsx_book **book,
		   struct xlsx_sheet **sheet, size_t *index)
{
	struct xlsx_error e;
	int rc = xlsx_open(in->data, in->size, book, &e);

	if (rc == 0)
		rc = cprt_book_find(*book, holds, ctx, sheet, index, &e);
	if (rc == XW_EUNSUPPORTED || rc == 0)
		return XW_EUNSUPPORTED;
	return rc > 0 ? 0 : cprt_book_report(h, call, &e);
}

int cprt_book_report(const struct xw_host *h, struct xw_call *call, const struct xlsx_error *e)
{
	h->at(call, 0, 0);
	if (e->where[0])
		return h->error(call, e->code, "%s: %s", e->where, e->message);
	return h->error(call, e->code, "%s", e->message);
}
