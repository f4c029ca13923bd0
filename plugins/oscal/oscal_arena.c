/* SPDX-License-Identifier: MIT */
#include <stdalign.h>
#include <stdlib.h>
#include <string.h>

#include "oscal_arena.h"

#define BLOCK_SIZE 65536

struct oc_arena {
	struct oc_arena *prev;
	size_t used, size;
	max_align_t data[];
};

void *oc_arena_alloc(struct oc_arena **a, size_t n)
{
	struct oc_arena *blk = *a;
	void *p;

	n = (n + alignof(max_align_t) - 1) / alignof(max_align_t) * alignof(max_align_t);
	if (!blk || blk->size - blk->used < n) {
		size_t size = n > BLOCK_SIZE ? n : BLOCK_SIZE;

		blk = malloc(sizeof(*blk) + size);
		if (!blk)
			return NULL;
		blk->prev = *a;
		blk->used = 0;
		blk->size = size;
		*a = blk;
	}
	p = (char *)blk->data + blk->used;
	blk->used += n;
	return p;
}

char *oc_arena_strndup(struct oc_arena **a, const char *s, size_t n)
{
	char *p = oc_arena_alloc(a, n + 1);

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void oc_arena_free(struct oc_arena **a)
{
	while (*a) {
		struct oc_arena *prev = (*a)->prev;

		free(*a);
		*a = prev;
	}
}
