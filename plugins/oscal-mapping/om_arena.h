/* SPDX-License-Identifier: MIT */
#ifndef OM_ARENA_H
#define OM_ARENA_H

/* A bump allocator: a parsed document's nodes and strings, freed at once. */

#include <stddef.h>

struct om_chunk;

struct om_arena {
	struct om_chunk *head;
};

/* @size zeroed bytes, aligned for any type; NULL when out of memory. */
void *om_arena_alloc(struct om_arena *a, size_t size);
/* A NUL-terminated copy of @len bytes at @s. */
char *om_arena_str(struct om_arena *a, const char *s, size_t len);
void om_arena_free(struct om_arena *a);

#endif
