/* SPDX-License-Identifier: MIT */
#ifndef CPRT_SEEN_H
#define CPRT_SEEN_H

/*
 * A set of strings that remembers the order they came in: the pairs a
 * mapping set already has a row for, the pairs left out. Hashed, so a
 * workbook with millions of references costs linear time.
 */

#include <stddef.h>

struct cprt_seen {
	char **keys;        /* in the order they were added */
	size_t n, cap;
	size_t *slots;      /* 0 for free, else the key's index + 1 */
	size_t n_slots;     /* a power of two, at least twice n */
};

/* 1 when @key is new (and is now in the set), 0 when it was there, or XW_ENOMEM. */
int cprt_seen_add(struct cprt_seen *s, const char *key);
/* Frees what the set holds and empties it; a zeroed set is empty. */
void cprt_seen_free(struct cprt_seen *s);

#endif
