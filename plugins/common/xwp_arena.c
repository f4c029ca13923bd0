/* SPDX-License-Identifier: MIT */
#include <stdalign.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "xwp_arena.h"

/* Blocks double from the first to the last size: a small file costs one
 * small block, a catalog of megabytes a handful. */
#define FIRST_BLOCK ((size_t)64 << 10)
#define LAST_BLOCK ((size_t)4 << 20)

/* How far ahead of use a large block's pages are mapped in. */
#define POPULATE_STEP ((size_t)256 << 10)

/* The trees hold pointers, sizes and integers, nothing wider. */
#define ALIGN alignof(union { void *p; size_t n; long long l; double d; })

struct xwp_arena {
	struct xwp_arena *prev;
	size_t used, size;
	size_t populated;             /* bytes of data mapped in ahead */
	max_align_t data[];
};

/*
 * Maps in pages in one call: a tree of megabytes otherwise takes a page
 * fault per 4 KiB as it grows. Only a hint (EINVAL before Linux 5.14).
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

/*
 * A large block is mapped in a step at a time as it fills, not at once:
 * the last block of a tree is seldom full, and pages never touched cost
 * nothing.
 */
static void populate_to(struct xwp_arena *blk, size_t end)
{
	size_t to;

	if (blk->size <= FIRST_BLOCK || end <= blk->populated)
		return;
	to = end - blk->populated < POPULATE_STEP ? blk->populated + POPULATE_STEP : end;
	if (to > blk->size)
		to = blk->size;
	prefault((char *)blk->data + blk->populated, to - blk->populated);
	blk->populated = to;
}

/* @n bytes at a multiple of @align (a power of two) in the newest block,
 * or in a new one. */
static void *take(struct xwp_arena **a, size_t n, size_t align)
{
	struct xwp_arena *blk = *a;
	size_t at = blk ? (blk->used + align - 1) & ~(align - 1) : 0;
	void *p;

	if (!blk || at > blk->size || blk->size - at < n) {
		size_t size = !blk ? FIRST_BLOCK
			      : blk->size < LAST_BLOCK ? 2 * blk->size : LAST_BLOCK;

		if (size < n)
			size = n;
		blk = malloc(sizeof(*blk) + size);
		if (!blk)
			return NULL;
		blk->prev = *a;
		blk->used = 0;
		blk->size = size;
		blk->populated = 0;
		*a = blk;
		at = 0;
	}
	populate_to(blk, at + n);
	p = (char *)blk->data + at;
	blk->used = at + n;
	return p;
}

void *xwp_arena_alloc(struct xwp_arena **a, size_t n)
{
	return take(a, n, ALIGN);
}

void *xwp_arena_zalloc(struct xwp_arena **a, size_t n)
{
	void *p = take(a, n, ALIGN);

	if (p)
		memset(p, 0, n);
	return p;
}

char *xwp_arena_strndup(struct xwp_arena **a, const char *s, size_t n)
{
	char *p = take(a, n + 1, 1);   /* text needs no alignment */

	if (p) {
		memcpy(p, s, n);
		p[n] = '\0';
	}
	return p;
}

void xwp_arena_free(struct xwp_arena **a)
{
	while (*a) {
		struct xwp_arena *prev = (*a)->prev;

		free(*a);
		*a = prev;
	}
}
