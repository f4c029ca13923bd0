/* SPDX-License-Identifier: MIT */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "om_arena.h"

#define CHUNK_SIZE ((size_t)64 * 1024)

struct om_chunk {
	struct om_chunk *next;
	size_t used, cap;
	max_align_t data[];
};

void *om_arena_alloc(struct om_arena *a, size_t size)
{
	const size_t align = alignof(max_align_t);
	struct om_chunk *c = a->head;
	void *p;

	size = (size + align - 1) / align * align;
	if (!size)
		size = align;
	if (!c || c->cap - c->used < size) {
		size_t cap = size > CHUNK_SIZE ? size : CHUNK_SIZE;

		c = malloc(sizeof(*c) + cap);
		if (!c)
			return NULL;
		c->used = 0;
		c->cap = cap;
		/* a chunk bigger than the standard one holds only its object,
		 * so the standard one before it keeps taking small objects */
		if (a->head && cap > CHUNK_SIZE) {
			c->next = a->head->next;
			a->head->next = c;
		} else {
			c->next = a->head;
			a->head = c;
		}
	}
	p = (char *)c->data + c->used;
	c->used += size;
	memset(p, 0, size);
	return p;
}

char *om_arena_str(struct om_arena *a, const char *s, size_t len)
{
	char *p = om_arena_alloc(a, len + 1);

	if (p)
		memcpy(p, s, len);
	return p;
}

void om_arena_free(struct om_arena *a)
{
	while (a->head) {
		struct om_chunk *next = a->head->next;

		free(a->head);
		a->head = next;
	}
}
