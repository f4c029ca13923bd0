/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/error.h"
#include "xr_report.h"
#include "xr_titles.h"

static int by_key(const void *a, const void *b)
{
	const struct xr_title *x = a, *y = b;
	int c = strcmp(x->framework, y->framework);

	return c ? c : strcmp(x->item, y->item);
}

static size_t count_items(const struct xw_host *h, const struct xw_report *r)
{
	size_t n = 0;

	for (size_t s = 0; s < h->section_count(r); s++)
		if (xr_section_is(h, r, s, "items"))
			n += h->section_rows(r, s);
	return n;
}

static void add_section(struct xr_titles *t, const struct xw_host *h,
			const struct xw_report *r, size_t s)
{
	size_t fw = xr_column(h, r, s, "FRAMEWORK");
	size_t item = xr_column(h, r, s, "ITEM");
	size_t ja = xr_column(h, r, s, "TITLE (ja)");
	size_t en = xr_column(h, r, s, "TITLE (en)");

	for (size_t i = 0; i < h->section_rows(r, s); i++)
		t->v[t->n++] = (struct xr_title){
			xr_cell(h, r, s, i, fw), xr_cell(h, r, s, i, item),
			xr_cell(h, r, s, i, ja), xr_cell(h, r, s, i, en),
		};
}

int xr_titles_init(struct xr_titles *t, const struct xw_host *h,
		   const struct xw_report *r)
{
	size_t n = count_items(h, r);

	*t = (struct xr_titles){ 0 };
	if (n == 0)
		return 0;
	if (!(t->v = calloc(n, sizeof(*t->v))))
		return XW_ENOMEM;
	for (size_t s = 0; s < h->section_count(r); s++)
		if (xr_section_is(h, r, s, "items"))
			add_section(t, h, r, s);
	qsort(t->v, t->n, sizeof(*t->v), by_key);
	return 0;
}

const struct xr_title *xr_titles_find(const struct xr_titles *t,
				      const char *framework, const char *item)
{
	struct xr_title key = { framework ? framework : "", item, NULL, NULL };

	return t->n ? bsearch(&key, t->v, t->n, sizeof(*t->v), by_key) : NULL;
}

const char *xr_title_in(const struct xr_title *t, const char *lang)
{
	bool ja = lang && strcmp(lang, "ja") == 0;
	const char *first = ja ? t->ja : t->en, *other = ja ? t->en : t->ja;

	return *first ? first : other;
}

void xr_titles_free(struct xr_titles *t)
{
	free(t->v);
	*t = (struct xr_titles){ 0 };
}
