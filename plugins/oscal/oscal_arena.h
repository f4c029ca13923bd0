/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_ARENA_H
#define OSCAL_ARENA_H

/*
 * A bump allocator for the parsed trees (JSON and XML): a document is
 * tens of thousands of small nodes and strings that all die together, so
 * they are carved out of large blocks and freed with them, instead of
 * costing a malloc() and a free() each.
 */

#include <stddef.h>

struct oc_arena;

/* @n bytes aligned for pointers, sizes and integers (not for
 * max_align_t), or NULL when out of memory. *@a starts as NULL. */
void *oc_arena_alloc(struct oc_arena **a, size_t n);

/* A NUL-terminated copy of the @n bytes at @s, or NULL. */
char *oc_arena_strndup(struct oc_arena **a, const char *s, size_t n);

/* Frees every block and sets *@a to NULL. */
void oc_arena_free(struct oc_arena **a);

#endif
