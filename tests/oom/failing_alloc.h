/* SPDX-License-Identifier: MIT */
#ifndef XW_FAILING_ALLOC_H
#define XW_FAILING_ALLOC_H

/*
 * An allocator that fails on demand, for the out-of-memory tests. The
 * test executable's malloc(), calloc(), realloc(), free() and the
 * aligned ones take the place of the C library's (ELF interposition:
 * glibc's own strdup() and the libraries loaded, libyaml, libxml2,
 * PCRE2, call them too). They count every allocation and every block
 * still live, and make one chosen allocation fail.
 *
 * Not under AddressSanitizer, whose allocator would meet blocks from
 * the C library's, nor under valgrind, which replaces this one too:
 * fa_available() says so, and the tests skip.
 */

#include <stdbool.h>

bool fa_available(void);

/* Allocation number @n from now (0: the next one) returns NULL; the
 * others succeed. -1: none fails. Starts fa_failed() and fa_count()
 * afresh. */
void fa_fail_at(long n);
/* Allocations whose caller @spare() names (NULL: none) never fail: the
 * next one that @spare() does not name fails in their place. */
void fa_spare(bool (*spare)(const void *caller));
/* Whether the allocation chosen has failed since fa_fail_at(). */
bool fa_failed(void);
/* The code that made the allocation that failed (a return address in
 * it), or NULL. */
const void *fa_failed_caller(void);
/* The file name (no folder) of the library or executable holding the
 * code at @code, and the exported function there; "?" when unknown. */
const char *fa_library(const void *code);
const char *fa_function(const void *code);
/* Whether the running code was called, at any depth, from a library
 * whose file name holds one of @libs (NULL-terminated; NULL for none). */
bool fa_called_from(const char *const *libs);
/* Allocations since fa_fail_at(), failed or not. */
long fa_count(void);
/* Blocks allocated and not yet freed, since the process started. */
long fa_live(void);

#endif
