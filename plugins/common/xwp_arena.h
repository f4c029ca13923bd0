/* SPDX-License-Identifier: MIT */
#ifndef XWP_ARENA_H
#define XWP_ARENA_H

/*
 * A bump allocator for the plugins' parsed trees (the oscal plugin's XML
 * and JSON, oscal-mapping's JSON): a document is tens of thousands of
 * small nodes and strings that all die together, so they are carved out
 * of large blocks and freed with them, instead of costing a malloc() and
 * a free() each.
 */

#include <stddef.h>

struct xwp_arena;

/* @n bytes aligned for pointers, sizes and integers (not for
 * max_align_t), or NULL when out of memory. *@a starts as NULL. */
void *xwp_arena_alloc(struct xwp_arena **a, size_t n);
/* The same, zeroed. */
void *xwp_arena_zalloc(struct xwp_arena **a, size_t n);

/* A NUL-terminated copy of the @n bytes at @s, or NULL. */
char *xwp_arena_strndup(struct xwp_arena **a, const char *s, size_t n);

/* Frees every block and sets *@a to NULL. */
void xwp_arena_free(struct xwp_arena **a);

#endif
