/* SPDX-License-Identifier: MIT */
/*
 * The trees' bump allocator, compiled in: strings are packed with no
 * alignment, every other allocation is aligned for pointers whatever
 * came before it, and what was written survives later blocks.
 */
#include <criterion/criterion.h>
#include <stdint.h>
#include <string.h>

#include "xwp_arena.h"

TestSuite(arena, .timeout = 30);

Test(arena, strings_packed_nodes_aligned)
{
	struct xwp_arena *a = NULL;
	char *s1 = xwp_arena_strndup(&a, "abc", 3);
	char *s2 = xwp_arena_strndup(&a, "de", 2);
	void **p = xwp_arena_alloc(&a, sizeof(void *));

	cr_assert(s1 && s2 && p);
	cr_expect_eq(s2, s1 + 4, "a string takes its bytes and a NUL, no more");
	cr_expect_eq((uintptr_t)p % _Alignof(void *), 0);
	cr_expect_geq((char *)p, s2 + 3);
	cr_expect_str_eq(s1, "abc");
	cr_expect_str_eq(s2, "de");
	xwp_arena_free(&a);
	cr_expect_null(a);
}

Test(arena, survives_many_blocks)
{
	struct xwp_arena *a = NULL;
	enum { N = 200000 };
	static unsigned *kept[N];
	char *big;

	/* 200,000 odd-sized pieces cross several doubling blocks */
	for (unsigned i = 0; i < N; i++) {
		char *s = xwp_arena_strndup(&a, "xyzzy", i % 5);

		kept[i] = xwp_arena_alloc(&a, sizeof(unsigned) * 3);
		cr_assert(s && kept[i]);
		cr_assert_eq((uintptr_t)kept[i] % _Alignof(void *), 0);
		kept[i][0] = kept[i][2] = i;
	}
	/* larger than the largest block: a block of its own */
	big = xwp_arena_alloc(&a, (size_t)9 << 20);
	cr_assert_not_null(big);
	memset(big, 0x5a, (size_t)9 << 20);
	for (unsigned i = 0; i < N; i++)
		cr_assert(kept[i][0] == i && kept[i][2] == i, "piece %u", i);
	xwp_arena_free(&a);
}
