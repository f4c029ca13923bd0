/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_INDEX_H
#define OSCAL_INDEX_H

/*
 * A hash map from an OSCAL id (of a group, a control or a statement
 * part) to the id of the item it belongs to, so that links such as
 * href="#ac-2_smt.k" resolve in constant time. Keys and values are
 * borrowed: they live in the parsed document.
 */

#include <stddef.h>

struct oc_index;

struct oc_index *oc_index_new(void);
void oc_index_free(struct oc_index *ix);

/* Adds @key -> @value; the first value of a key wins. -1 when out of memory. */
int oc_index_put(struct oc_index *ix, const char *key, const char *value);

/* The value of @key (@len bytes), or NULL. */
const char *oc_index_get(const struct oc_index *ix, const char *key, size_t len);

#endif
