/* SPDX-License-Identifier: MIT */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "oscal_arena.h"

/* Blocks double from the first to the last size: a small file costs one
 * small block, a catalog of megabytes a handful. */
#define FIRST_BLOCK ((size_t)64 << 10)
#define LAST_BLOCK ((size_t)4 << 20)

struct oc_arena {
	struct oc_arena *prev;
	size_t used, size;
	max_align_t data[];
};

/*
 * Maps in a new block's pages in one call: a tree of megabytes otherwise
 * takes a page fault per 4 KiB as it grows. Only a hint (EINVAL before
 * Linux 5.14).
 */
static void prefault(void *p, size_t size)
{
#ifdef MADV_POPULATE_WRITE
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = ((uintptr_t)p + page - 1) & ~(page - 1);
	uintptr_t to = ((uintptr_t)p + size) & ~(page - 1);

	if (to > from)
		madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
	(void)p;
	(void)size;
#endif
}

void *oc_arena_alloc(struct oc_arena **a, size_t n)
{
	struct oc_arena *blk = *a;
	void *p;

	n = (n + alignof(max_align_t) - 1) / alignof(max_align_t) * alignof(max_align_t);
	if (!blk || blk->size - blk->used < n) {
		size_t size = !blk ? FIRST_BLOCK
			      : blk->size < LAST_BLOCK ? 2 * blk->size : LAST_BLOCK;

		if (size < n)
			size = n;
		blk = malloc(sizeof(*blk) + size);
		if (!blk)
			return NULL;
		if (size > FIRST_BLOCK)
			prefault(blk, sizeof(*blk) + size);
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
