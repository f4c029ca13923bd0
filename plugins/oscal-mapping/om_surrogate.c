/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/error.h"
#include "om_surrogate.h"

/* The value of "\uXXXX" at @p (6 bytes available), or -1. */
static long escape_at(const char *p, const char *end)
{
	long v = 0;

	if (end - p < 6 || p[0] != '\\' || p[1] != 'u')
		return -1;
	for (int i = 2; i < 6; i++) {
		char c = p[i];
		int d = c >= '0' && c <= '9' ? c - '0'
		      : c >= 'a' && c <= 'f' ? c - 'a' + 10
		      : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;

		if (d < 0)
			return -1;
		v = v * 16 + d;
	}
	return v;
}

/* The code point of a pair at @p, or -1. */
static long pair_at(const char *p, const char *end)
{
	long hi = escape_at(p, end), lo;

	if (hi < 0xD800 || hi > 0xDBFF)
		return -1;
	lo = escape_at(p + 6, end);
	if (lo < 0xDC00 || lo > 0xDFFF)
		return -1;
	return 0x10000 + ((hi - 0xD800) << 10) + (lo - 0xDC00);
}

/*
 * Walks the strings of @text; with @out NULL only counts the pairs.
 * Escapes are skipped whole, so "\\ud842" is a backslash and text.
 */
static size_t walk(const char *text, size_t len, char *out, size_t *out_len)
{
	const char *p = text, *end = text + len;
	size_t pairs = 0, n = 0;
	int in_string = 0;

	while (p < end) {
		long cp;

		if (in_string && *p == '\\' && (cp = pair_at(p, end)) >= 0) {
			if (out)
				n += (size_t)sprintf(out + n, "\\U%08lx", cp);
			p += 12;
			pairs++;
			continue;
		}
		if (in_string && *p == '\\' && p + 1 < end) {
			if (out) {
				out[n++] = p[0];
				out[n++] = p[1];
			}
			p += 2;
			continue;
		}
		if (*p == '"')
			in_string = !in_string;
		if (out)
			out[n++] = *p;
		p++;
	}
	if (out) {
		out[n] = '\0';
		*out_len = n;
	}
	return pairs;
}

int om_surrogates_join(const char *text, size_t len, char **out, size_t *out_len)
{
	*out = NULL;
	*out_len = 0;
	if (!walk(text, len, NULL, NULL))
		return 0;
	/* each pair of 12 bytes becomes 10 */
	*out = malloc(len + 1);
	if (!*out)
		return XW_ENOMEM;
	walk(text, len, *out, out_len);
	return 0;
}
