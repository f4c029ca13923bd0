/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "jc_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Length of a blank at @s (ASCII blank or line break, U+00A0, U+3000), else 0. */
static size_t blank(const char *s)
{
	const unsigned char *p = (const unsigned char *)s;

	if (*p == ' ' || *p == '\t' || *p == '\r' || *p == '\n')
		return 1;
	if (p[0] == 0xC2 && p[1] == 0xA0)
		return 2;
	return p[0] == 0xE3 && p[1] == 0x80 && p[2] == 0x80 ? 3 : 0;
}

/*
 * The ASCII character that the character at @s reads as: itself, a
 * full-width form (U+FF01..U+FF5E), or '-' for the dashes people type
 * for a hyphen (U+2010, U+2011, U+2212). 0 for any other character.
 * *@len is the character's length in bytes, 1 for a stray byte.
 */
static unsigned ascii_at(const char *s, size_t *len)
{
	const unsigned char *p = (const unsigned char *)s;

	*len = 1;
	if (p[0] < 0x80)
		return p[0];
	if (p[0] == 0xEF && (p[1] == 0xBC || p[1] == 0xBD) && p[2] >= 0x80 && p[2] <= 0xBF) {
		unsigned cp = 0xF000u | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);

		if (cp >= 0xFF01 && cp <= 0xFF5E) {
			*len = 3;
			return cp - 0xFEE0;
		}
	}
	if ((p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0x90 || p[2] == 0x91)) ||
	    (p[0] == 0xE2 && p[1] == 0x88 && p[2] == 0x92)) {
		*len = 3;
		return '-';
	}
	return 0;
}

bool jc_fold(const char *s, char *out, size_t size)
{
	size_t n = 0;

	while (*s) {
		size_t len = blank(s);
		unsigned c;

		if (len) {
			s += len;
			continue;
		}
		c = ascii_at(s, &len);
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (n + (c ? 1 : len) >= size)
			return false;
		if (c)
			out[n++] = (char)c;
		else
			for (size_t i = 0; i < len; i++)
				out[n++] = s[i];
		s += len;
	}
	out[n] = '\0';
	return true;
}

bool jc_says(const char *cell, const char *name)
{
	size_t n = strlen(name), m = strlen(cell);

	if (strncmp(cell, name, n) != 0)
		return false;
	return m == n || (cell[n] == '(' && cell[m - 1] == ')');
}

/* Length of a blank that ends at @s + @n, else 0. */
static size_t blank_before(const char *s, size_t n)
{
	for (size_t k = 1; k <= 3 && k <= n; k++)
		if (blank(s + n - k) == k)
			return k;
	return 0;
}

/* The length of @s without trailing blanks. */
static size_t trimmed(const char *s)
{
	size_t n = strlen(s), b;

	while ((b = blank_before(s, n)))
		n -= b;
	return n;
}

bool jc_blank(const char *s)
{
	size_t b;

	while ((b = blank(s)))
		s += b;
	return !*s;
}

/* @s without leading and trailing blanks into @buf; false when it does not fit. */
static bool trim(const char *s, char *buf, size_t size)
{
	size_t n, b;

	while ((b = blank(s)))
		s += b;
	n = trimmed(s);
	if (n >= size)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return true;
}

/*
 * Reads a decimal number of at most @max digits (ASCII or full-width) at
 * *@s, moving past it; -1 when there is none or it goes on longer.
 */
static int digits(const char **s, int max)
{
	int v = 0, k = 0;
	size_t len;
	unsigned c;

	while (k < max && (c = ascii_at(*s, &len)) >= '0' && c <= '9') {
		v = v * 10 + (int)(c - '0');
		*s += len;
		k++;
	}
	return k && !((c = ascii_at(*s, &len)) >= '0' && c <= '9') ? v : -1;
}

/* @s without the prefix @p, or NULL when it does not start with it. */
static const char *skip(const char *s, const char *p)
{
	size_t n = strlen(p);

	return strncmp(s, p, n) == 0 ? s + n : NULL;
}

int jc_item_id(const char *cell, char id[8])
{
	char f[32];
	const char *s = f, *t;
	int v;

	if (!jc_fold(cell, f, sizeof(f)))
		return -1;
	if (!*f)
		return 0;
	if ((t = skip(s, "no")) || (t = skip(s, "№")))
		s = *t == '.' ? t + 1 : t;
	v = digits(&s, 3);
	if (*s || v < 1 || v > JC_LAST_ITEM)
		return -1;
	snprintf(id, 8, "No.%d", v);
	return 1;
}

/* Characters that may stand between a label number and its name. */
static size_t separator(const char *s)
{
	size_t len = blank(s);
	unsigned c;

	if (len)
		return len;
	c = ascii_at(s, &len);
	if (c == '.' || c == ':')
		return len;
	return strncmp(s, "、", strlen("、")) == 0 ? strlen("、") : 0;
}

int jc_label(const char *cell, char id[6], const char **name, size_t *len)
{
	const char *s = cell;
	int label, sub = 0;
	size_t n, b;

	while ((b = blank(s)))
		s += b;
	*name = NULL;
	*len = 0;
	if (!*s)
		return 0;
	label = digits(&s, 2);
	if (label < 1 || label > JC_LAST_LABEL)
		return -1;
	if (ascii_at(s, &n) == '-') {
		s += n;
		sub = digits(&s, 1);
		if (sub < 1 || sub > JC_LAST_SUB)
			return -1;
	}
	snprintf(id, 6, sub ? "%d-%d" : "%d", label, sub);
	while ((b = separator(s)))
		s += b;
	n = trimmed(s);
	if (n) {
		*name = s;
		*len = n;
	}
	return 1;
}

const char *jc_profile_of(const char *cell, bool *bare)
{
	static const char *const prefixes[] = { "level", "lv", "レベル" };
	static const char *const profiles[] = { "lv1", "lv2", "lv3" };
	const char *s = NULL;
	char f[32];

	*bare = false;
	if (!jc_fold(cell, f, sizeof(f)))
		return NULL;
	for (size_t i = 0; i < N(prefixes) && !s; i++)
		s = skip(f, prefixes[i]);
	if (!s)
		s = f;
	else if (*s == '.')
		s++;
	if (!*s) {
		*bare = s != f;
		return NULL;
	}
	if (s[0] < '1' || s[0] > '3' || s[1])
		return NULL;
	return profiles[s[0] - '1'];
}

/* The answers of a check sheet: words, and the marks people use for them. */
static const struct {
	const char *answer;
	const char *status;
} answers[] = {
	{ "実施", "implemented" }, { "実施済", "implemented" }, { "実施済み", "implemented" },
	{ "○", "implemented" }, { "〇", "implemented" }, { "◯", "implemented" },
	{ "一部実施", "partial" }, { "一部実施済", "partial" }, { "一部実施済み", "partial" },
	{ "△", "partial" },
	{ "未実施", "not-implemented" },
	{ "×", "not-implemented" }, { "✕", "not-implemented" }, { "✖", "not-implemented" },
	{ "✗", "not-implemented" },
	{ "対象外", "not-applicable" }, { "該当なし", "not-applicable" },
	{ "－", "not-applicable" }, { "-", "not-applicable" }, { "−", "not-applicable" },
	{ "ー", "not-applicable" }, { "―", "not-applicable" },
};

const char jc_answers[] =
	"実施 (or 実施済, ○), 一部実施 (or △), 未実施 (or ×), 対象外 (or 該当なし, －)";

const char *jc_status_of(const char *answer)
{
	char a[64];

	if (!trim(answer, a, sizeof(a)))
		return NULL;
	for (size_t i = 0; i < N(answers); i++)
		if (strcmp(a, answers[i].answer) == 0)
			return answers[i].status;
	return NULL;
}
