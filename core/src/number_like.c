/* SPDX-License-Identifier: MIT */
/*
 * Matched by hand rather than with regcomp(): POSIX regex allocates, and
 * a pattern that fails to compile or match for lack of memory would
 * change how a string is written (or write a number-like string plain).
 * The forms, as the regular expressions they replace:
 *
 *   ^[-+]?(0|[1-9][0-9_]*|0[0-7_]+|0x[0-9a-fA-F_]+|0o[0-7]+|0b[01_]+)$
 *   ^[-+]?([0-9][0-9_]*)?[.][0-9_]*([eE][-+]?[0-9]+)?$
 *   ^[-+]?[0-9][0-9_]*[eE][-+]?[0-9]+$
 *   ^[-+]?[.](inf|Inf|INF)$   ^[.](nan|NaN|NAN)$
 *   ^[-+]?[0-9][0-9_]*(:[0-5]?[0-9])+([.][0-9_]*)?$
 *   ^[0-9]{4}-[0-9]{1,2}-[0-9]{1,2}   (a prefix: dates and timestamps)
 */
#include <string.h>

#include "number_like.h"

static bool dec(char c) { return c >= '0' && c <= '9'; }
static bool oct(char c) { return c >= '0' && c <= '7'; }
static bool bin(char c) { return c == '0' || c == '1'; }
static bool hex(char c)
{
	return dec(c) || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
}

/* @p past its digits (@digit) and, when @under, underscores. */
static const char *skip(const char *p, bool (*digit)(char), bool under)
{
	while (*p && (digit(*p) || (under && *p == '_')))
		p++;
	return p;
}

static const char *sign(const char *p)
{
	return *p == '+' || *p == '-' ? p + 1 : p;
}

/* A run of at least one of @digit right after @p, and nothing after it. */
static bool all(const char *p, bool (*digit)(char), bool under)
{
	const char *q = skip(p, digit, under);

	return q > p && !*q;
}

static bool int_like(const char *s)
{
	const char *p = sign(s);

	if (p[0] == '0' && p[1] == '\0')
		return true;
	if (p[0] >= '1' && p[0] <= '9' && !*skip(p + 1, dec, true))
		return true;
	if (p[0] != '0')
		return false;
	return all(p + 1, oct, true) || (p[1] == 'x' && all(p + 2, hex, true)) ||
	       (p[1] == 'o' && all(p + 2, oct, false)) ||
	       (p[1] == 'b' && all(p + 2, bin, true));
}

/* [eE][-+]?[0-9]+ at the end of @p, or nothing at all when @optional. */
static bool exponent(const char *p, bool optional)
{
	if (*p != 'e' && *p != 'E')
		return optional && !*p;
	return all(sign(p + 1), dec, false);
}

static bool float_like(const char *s)
{
	const char *p = sign(s);

	if (dec(*p))
		p = skip(p + 1, dec, true);
	return *p == '.' && exponent(skip(p + 1, dec, true), true);
}

static bool exp_like(const char *s)
{
	const char *p = sign(s);

	return dec(*p) && exponent(skip(p + 1, dec, true), false);
}

static bool special(const char *s)
{
	const char *p = sign(s);

	return !strcmp(p, ".inf") || !strcmp(p, ".Inf") || !strcmp(p, ".INF") ||
	       !strcmp(s, ".nan") || !strcmp(s, ".NaN") || !strcmp(s, ".NAN");
}

static bool sexagesimal(const char *s)
{
	const char *p = sign(s);
	bool groups = false;

	if (!dec(*p))
		return false;
	p = skip(p + 1, dec, true);
	/* each group is :N or :NN with N <= 5 first; a digit cannot follow
	 * a group, so taking two digits when they fit is never wrong */
	while (*p == ':') {
		if (p[1] >= '0' && p[1] <= '5' && dec(p[2]))
			p += 3;
		else if (dec(p[1]))
			p += 2;
		else
			return false;
		groups = true;
	}
	if (*p == '.')
		p = skip(p + 1, dec, true);
	return groups && !*p;
}

static bool date_like(const char *s)
{
	if (!dec(s[0]) || !dec(s[1]) || !dec(s[2]) || !dec(s[3]) || s[4] != '-' || !dec(s[5]))
		return false;
	return (s[6] == '-' && dec(s[7])) || (dec(s[6]) && s[7] == '-' && dec(s[8]));
}

bool xw_number_like(const char *s)
{
	return int_like(s) || float_like(s) || exp_like(s) || special(s) ||
	       sexagesimal(s) || date_like(s);
}
