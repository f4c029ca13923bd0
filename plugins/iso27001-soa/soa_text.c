/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "soa_text.h"

#define IDEOGRAPHIC_SPACE "\xE3\x80\x80"

size_t soa_blank_at(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		return 1;
	return strncmp(s, IDEOGRAPHIC_SPACE, 3) == 0 ? 3 : 0;
}

bool soa_is_blank(const char *s)
{
	size_t len;

	soa_trim(s, &len);
	return len == 0;
}

const char *soa_trim(const char *s, size_t *len)
{
	size_t n, b;

	while ((b = soa_blank_at(s)))
		s += b;
	n = strlen(s);
	for (;;) {
		if (n >= 1 && soa_blank_at(s + n - 1) == 1)
			n--;
		else if (n >= 3 && soa_blank_at(s + n - 3) == 3)
			n -= 3;
		else
			break;
	}
	*len = n;
	return s;
}

bool soa_ascii(const char *s, char *out, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;

	while (*p) {
		unsigned char c = *p++;

		/* U+FF01..U+FF5E: EF BC 81..BF, EF BD 80..9E */
		if (c == 0xEF && (p[0] == 0xBC || p[0] == 0xBD) && p[1] >= 0x80 &&
		    p[1] <= 0xBF) {
			unsigned cp = 0xF000u | (p[0] & 0x3Fu) << 6 | (p[1] & 0x3Fu);

			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				c = (unsigned char)(cp - 0xFEE0);
				p += 2;
			}
		} else if (c == 0xE3 && p[0] == 0x80 && p[1] == 0x80) {
			c = ' ';
			p += 2;
		}
		if (n + 1 >= size)
			return false;
		out[n++] = (char)c;
	}
	out[n] = '\0';
	return true;
}

/* Bytes of an opening (1) or closing (-1) bracket at @s, with its sign in *@dir. */
static size_t bracket(const char *s, int *dir)
{
	static const char *const open[] = { "(", "[", "\xE3\x80\x90" /* 【 */ };
	static const char *const close[] = { ")", "]", "\xE3\x80\x91" /* 】 */ };

	for (size_t i = 0; i < sizeof(open) / sizeof(open[0]); i++) {
		size_t n = strlen(open[i]);

		if (strncmp(s, open[i], n) == 0) {
			*dir = 1;
			return n;
		}
		if (strncmp(s, close[i], n) == 0) {
			*dir = -1;
			return n;
		}
	}
	return 0;
}

/* Bytes of a character soa_fold() leaves out at @s (blanks, punctuation), else 0. */
static size_t dropped(const char *s)
{
	static const char *const marks[] = {
		"\xE3\x83\xBB" /* ・ */, "\xE3\x80\x81" /* 、 */, "\xE3\x80\x82" /* 。 */,
	};
	unsigned char c = (unsigned char)*s;

	if (c < 0x80)
		return c == ' ' || c == '\t' || c == '\r' || c == '\n' ||
		       (c > ' ' && c < 0x7F && !(c >= '0' && c <= '9') &&
			!((c | 0x20) >= 'a' && (c | 0x20) <= 'z'));
	for (size_t i = 0; i < sizeof(marks) / sizeof(marks[0]); i++)
		if (strncmp(s, marks[i], 3) == 0)
			return 3;
	return 0;
}

bool soa_fold(const char *s, char *out, size_t size)
{
	char tmp[512];
	const char *p = tmp;
	size_t n = 0;
	int depth = 0;

	if (!soa_ascii(s, tmp, sizeof(tmp)))
		return false;
	while (*p) {
		int dir;
		size_t b = bracket(p, &dir);

		if (b) {
			depth = depth + dir < 0 ? 0 : depth + dir;
			p += b;
			continue;
		}
		if (depth || (b = dropped(p))) {
			p += b ? b : 1;
			continue;
		}
		if (n + 1 >= size)
			return false;
		out[n++] = *p >= 'A' && *p <= 'Z' ? (char)(*p + ('a' - 'A')) : *p;
		p++;
	}
	out[n] = '\0';
	return true;
}

int soa_lookup(const char *cell, int (*match)(const char *folded))
{
	char text[512], part[512], folded[256];
	const char *p = text;
	int found = -1, first = -1;

	if (soa_fold(cell, folded, sizeof(folded)) && *folded && (found = match(folded)) >= 0)
		return found;
	if (!soa_ascii(cell, text, sizeof(text)) || !text[strcspn(text, "\n/")])
		return -1;
	/* every part must say a name: "評価基準\nNo." is not "No." */
	while (*p) {
		size_t n = strcspn(p, "\n/");

		memcpy(part, p, n);
		part[n] = '\0';
		p += n + (p[n] != '\0');
		if (!soa_fold(part, folded, sizeof(folded)))
			return -1;
		if (!*folded)
			continue;
		if ((found = match(folded)) < 0)
			return -1;
		if (first < 0)
			first = found;
	}
	return first;
}

int soa_word(const char *folded, const char *const *words)
{
	for (int i = 0; words[i]; i++)
		if (strcmp(folded, words[i]) == 0)
			return i;
	return -1;
}

char *soa_join(const char *const *parts, size_t n, const char *sep)
{
	size_t total = 1, len, at = 0;
	char *out;

	for (size_t i = 0; i < n; i++) {
		soa_trim(parts[i], &len);
		total += len + strlen(sep);
	}
	if (!(out = malloc(total)))
		return NULL;
	for (size_t i = 0; i < n; i++) {
		const char *s = soa_trim(parts[i], &len);

		if (!len)
			continue;
		if (at) {
			memcpy(out + at, sep, strlen(sep));
			at += strlen(sep);
		}
		memcpy(out + at, s, len);
		at += len;
	}
	out[at] = '\0';
	return out;
}
