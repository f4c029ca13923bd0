/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "scs_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Length of a blank at @s (ASCII blank or line break, or U+3000), else 0. */
static size_t blank(const char *s)
{
	if (*s == ' ' || *s == '\t' || *s == '\r' || *s == '\n')
		return 1;
	return strncmp(s, "\xE3\x80\x80", 3) == 0 ? 3 : 0;
}

/* @s folded as scs_says() compares it into @out; false when it does not fit. */
static bool fold(const char *s, char *out, size_t size)
{
	const unsigned char *p = (const unsigned char *)s;
	size_t n = 0;

	while (*p) {
		size_t b = blank((const char *)p);
		unsigned c = *p;

		if (b) {
			p += b;
			continue;
		}
		/* U+FF01..U+FF5E, full-width ASCII: EF BC 81..BF, EF BD 80..9E */
		if (p[0] == 0xEF && (p[1] == 0xBC || p[1] == 0xBD) && p[2] >= 0x80 &&
		    p[2] <= 0xBF) {
			unsigned cp = 0xF000u | (p[1] & 0x3Fu) << 6 | (p[2] & 0x3Fu);

			if (cp >= 0xFF01 && cp <= 0xFF5E) {
				c = cp - 0xFEE0;
				p += 2;
			}
		}
		if (c >= 'A' && c <= 'Z')
			c += 'a' - 'A';
		if (n + 1 >= size)
			return false;
		out[n++] = (char)c;
		p++;
	}
	out[n] = '\0';
	return true;
}

bool scs_says(const char *cell, const char *name)
{
	char a[256], b[256];

	return fold(cell, a, sizeof(a)) && fold(name, b, sizeof(b)) &&
	       strcmp(a, b) == 0;
}

bool scs_trim(const char *s, char *buf, size_t size)
{
	size_t n, b;

	while ((b = blank(s)))
		s += b;
	n = strlen(s);
	for (;;) {
		if (n >= 1 && blank(s + n - 1) == 1)
			n -= 1;
		else if (n >= 3 && blank(s + n - 3) == 3)
			n -= 3;
		else
			break;
	}
	if (n >= size)
		return false;
	memcpy(buf, s, n);
	buf[n] = '\0';
	return true;
}

/* the highest digit of each part of an id */
static const char top[] = "7599";

bool scs_is_criterion_id(const char *id)
{
	if (strlen(id) != 7)
		return false;
	for (int i = 0; i < 4; i++)
		if (id[2 * i] < '1' || id[2 * i] > top[i] ||
		    (i < 3 && id[2 * i + 1] != '-'))
			return false;
	return true;
}

size_t scs_id_index(const char *id, int parts)
{
	size_t i = 0;

	for (int k = 0; k < parts; k++)
		i = i * (size_t)(top[k] - '0') + (size_t)(id[2 * k] - '1');
	return i;
}

const char *scs_profile_of(const char *level)
{
	if (scs_says(level, "★3"))
		return "star3";
	if (scs_says(level, "★4"))
		return "star4";
	return NULL;
}

/* ○ and its look-alikes 〇 ◯; △; ✖ and × ✕ ✗, as people type them */
static const struct {
	const char *mark;
	const char *status;
} marks[] = {
	{ "○", "implemented" }, { "〇", "implemented" }, { "◯", "implemented" },
	{ "△", "partial" },
	{ "✖", "not-implemented" }, { "×", "not-implemented" },
	{ "✕", "not-implemented" }, { "✗", "not-implemented" },
};

const char scs_marks[] =
	"○ (or 〇 ◯) met, △ partly met, ✖ (or × ✕ ✗) not met";

const char *scs_status_of(const char *mark)
{
	for (size_t i = 0; i < N(marks); i++)
		if (strcmp(mark, marks[i].mark) == 0)
			return marks[i].status;
	return NULL;
}

static bool is_function(const char *s)
{
	static const char *const codes[] = { "GV", "ID", "PR", "DE", "RS", "RC" };

	for (size_t i = 0; i < N(codes); i++)
		if (strncmp(s, codes[i], 2) == 0)
			return true;
	return false;
}

bool scs_csf_of(const char *cell, char code[3])
{
	char s[128];
	const char *c = s;
	size_t n;

	if (!scs_trim(cell, s, sizeof(s)))
		return false;
	n = strlen(s);
	/* "統治(GV)" or "統治（GV）": the code in the brackets that end the cell; or "GV" */
	if (n >= 4 && s[n - 1] == ')' && s[n - 4] == '(')
		c = s + n - 3;
	else if (n >= 8 && strcmp(s + n - 3, "）") == 0 && strncmp(s + n - 8, "（", 3) == 0)
		c = s + n - 5;
	else if (n != 2)
		return false;
	if (!is_function(c))
		return false;
	code[0] = c[0];
	code[1] = c[1];
	code[2] = '\0';
	return true;
}
