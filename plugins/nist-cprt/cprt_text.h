/* SPDX-License-Identifier: MIT */
#ifndef CPRT_TEXT_H
#define CPRT_TEXT_H

/* Pieces of cell text: spans (a pointer and a length, not NUL-terminated), trimming, comparing. */

#include <stdbool.h>
#include <stddef.h>

struct cprt_span {
	const char *s;
	size_t n;
};

/* @s (@n bytes) without leading and trailing ASCII blanks and line breaks. */
struct cprt_span cprt_trim(const char *s, size_t n);
/* The same for a NUL-terminated string. */
struct cprt_span cprt_trim_str(const char *s);

/* True when @a holds exactly the NUL-terminated @s. */
bool cprt_span_is(struct cprt_span a, const char *s);
bool cprt_span_eq(struct cprt_span a, struct cprt_span b);
/* True when @a begins with the NUL-terminated @prefix. */
bool cprt_span_starts(struct cprt_span a, const char *prefix);

/*
 * A malloc'd copy of @a with every run of ASCII blanks and line breaks
 * one space, as NIST's statements are printed; NULL when out of memory.
 */
char *cprt_squeeze(struct cprt_span a);

/*
 * True when header cell @cell says @name, compared loosely as people
 * retype headers: ASCII blanks and line breaks left out, ASCII case
 * ignored ("Informative\nReferences" says "Informative References").
 */
bool cprt_says(const char *cell, const char *name);

#endif
