/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cprt_text.h"

static bool blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

struct cprt_span cprt_trim(const char *s, size_t n)
{
	while (n && blank(*s)) {
		s++;
		n--;
	}
	while (n && blank(s[n - 1]))
		n--;
	return (struct cprt_span){ s, n };
}

struct cprt_span cprt_trim_str(const char *s)
{
	return cprt_trim(s, strlen(s));
}

bool cprt_span_is(struct cprt_span a, const char *s)
{
	return strlen(s) == a.n && memcmp(a.s, s, a.n) == 0;
}

bool cprt_span_eq(struct cprt_span a, struct cprt_span b)
{
	return a.n == b.n && (a.n == 0 || memcmp(a.s, b.s, a.n) == 0);
}

bool cprt_span_starts(struct cprt_span a, const char *prefix)
{
	size_t n = strlen(prefix);

	return a.n >= n && memcmp(a.s, prefix, n) == 0;
}

char *cprt_squeeze(struct cprt_span a)
{
	char *out = malloc(a.n + 1), *o = out;

	if (!out)
		return NULL;
	for (size_t i = 0; i < a.n; i++)
		if (!blank(a.s[i]))
			*o++ = a.s[i];
		else if (o == out || o[-1] != ' ')
			*o++ = ' ';
	*o = '\0';
	return out;
}

static char lower(char c)
{
	return c >= 'A' && c <= 'Z' ? (char)(c | 0x20) : c;
}

bool cprt_says(const char *cell, const char *name)
{
	for (;;) {
		while (blank(*cell))
			cell++;
		while (blank(*name))
			name++;
		if (!*cell || !*name)
			return !*cell && !*name;
		if (lower(*cell++) != lower(*name++))
			return false;
	}
}
