/* SPDX-License-Identifier: MIT */
#ifndef XWALK_INDEX_H
#define XWALK_INDEX_H

/* A string -> index hash table with borrowed keys (open addressing). */

#include <stddef.h>

struct xw_index;

/** Returns NULL when out of memory. */
struct xw_index *xw_index_new(size_t expected);
void xw_index_free(struct xw_index *ix);
/**
 * Adds @key -> @value. @key must outlive the table. Returns 0, 1 when
 * the key was already there (the old value is kept), or -1 when out of
 * memory.
 */
int xw_index_put(struct xw_index *ix, const char *key, size_t value);
/** The value of @key, or (size_t)-1. */
size_t xw_index_get(const struct xw_index *ix, const char *key);

#endif
