/* SPDX-License-Identifier: MIT */
#ifndef HTML_INDEX_H
#define HTML_INDEX_H

/*
 * A sorted index of a report column's values, so that the heatmap finds
 * the links, rows and titles behind a cell without scanning every table
 * for every cell. Keys are borrowed from the report.
 */

#include <stdbool.h>
#include <stddef.h>

#include "html_out.h"

struct html_key {
	const char *key;   /* borrowed; not NUL-terminated at len */
	size_t len;
	size_t sec, row;
};

struct html_index {
	struct html_key *v;
	size_t n, cap;
};

#define HTML_INDEX_INIT { NULL, 0, 0 }

/*
 * Adds each row of section @sec under its cell in column @col, or under
 * each space-separated word of it when @words. Returns 0 or XW_ENOMEM.
 * Call html_index_sort() after the last add.
 */
int html_index_add(struct html_index *ix, const struct html *h, size_t sec,
		   long col, bool words);
void html_index_sort(struct html_index *ix);
/* The first entry whose key is @key; *count is how many there are. */
const struct html_key *html_index_find(const struct html_index *ix,
				       const char *key, size_t *count);
void html_index_free(struct html_index *ix);

#endif
