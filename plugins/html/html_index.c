/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "html_index.h"

static int push(struct html_index *ix, const char *key, size_t len, size_t sec, size_t row)
{
	if (ix->n == ix->cap) {
		size_t cap = ix->cap ? 2 * ix->cap : 64;
		struct html_key *v = realloc(ix->v, cap * sizeof(*v));

		if (!v)
			return XW_ENOMEM;
		ix->v = v;
		ix->cap = cap;
	}
	ix->v[ix->n++] = (struct html_key){ key, len, sec, row };
	return 0;
}

int html_index_add(struct html_index *ix, const struct html *h, size_t sec,
		   long col, bool words)
{
	size_t rows = h->host->section_rows(h->r, sec);

	if (col < 0)
		return 0;
	for (size_t row = 0; row < rows; row++) {
		const char *cell = html_cell(h, sec, row, col);

		while (*cell) {
			size_t len = words ? strcspn(cell, " ") : strlen(cell);

			if (len && push(ix, cell, len, sec, row) < 0)
				return XW_ENOMEM;
			cell += len;
			cell += strspn(cell, " ");
		}
	}
	return 0;
}

static int compare_key(const char *a, size_t alen, const char *b, size_t blen)
{
	int c = memcmp(a, b, alen < blen ? alen : blen);

	return c ? c : (alen > blen) - (alen < blen);
}

/* Ties keep report order: the page lists links and rows as the report does. */
static int compare_entries(const void *pa, const void *pb)
{
	const struct html_key *a = pa, *b = pb;
	int c = compare_key(a->key, a->len, b->key, b->len);

	if (c)
		return c;
	if (a->sec != b->sec)
		return a->sec < b->sec ? -1 : 1;
	return (a->row > b->row) - (a->row < b->row);
}

void html_index_sort(struct html_index *ix)
{
	if (ix->n)
		qsort(ix->v, ix->n, sizeof(*ix->v), compare_entries);
}

const struct html_key *html_index_find(const struct html_index *ix,
				       const char *key, size_t *count)
{
	size_t lo = 0, hi = ix->n, len = strlen(key), end;

	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (compare_key(ix->v[mid].key, ix->v[mid].len, key, len) < 0)
			lo = mid + 1;
		else
			hi = mid;
	}
	for (end = lo; end < ix->n && compare_key(ix->v[end].key, ix->v[end].len, key, len) == 0; end++)
		;
	*count = end - lo;
	return *count ? &ix->v[lo] : NULL;
}

void html_index_free(struct html_index *ix)
{
	free(ix->v);
	*ix = (struct html_index)HTML_INDEX_INIT;
}
