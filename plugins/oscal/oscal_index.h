/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_INDEX_H
#define OSCAL_INDEX_H

/*
 * A hash map from a string to a pointer: in a catalog, from an OSCAL id
 * (of a group, a control or a statement part) to the id of the item it
 * belongs to, so that links such as href="#ac-2_smt.k" resolve in
 * constant time; in a profile, from an item id to what the profile
 * reader knows of the item. Keys and values are borrowed: they live in
 * the parsed document or the framework.
 */

#include <stddef.h>

struct oc_index;

struct oc_index *oc_index_new(void);
void oc_index_free(struct oc_index *ix);

/* Adds @key -> @value; the first value of a key wins. -1 when out of memory. */
int oc_index_put(struct oc_index *ix, const char *key, const void *value);

/* The value of @key (@len bytes), or NULL. */
const void *oc_index_get(const struct oc_index *ix, const char *key, size_t len);

#endif
