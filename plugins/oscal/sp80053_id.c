/* SPDX-License-Identifier: MIT */
/*
 * The SP 800-53 id normaliser (see sp80053_id.h). It is on its own so
 * that code outside this plugin can compile it in: plugins share no
 * library.
 */
#include <stdio.h>

#include "sp80053_id.h"

struct cursor {
	const char *s;
};

/* The next character that is not a blank, without consuming it. */
static char peek(struct cursor *c)
{
	while (*c->s == ' ' || *c->s == '\t')
		c->s++;
	return *c->s;
}

static int letter(char ch)
{
	return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z');
}

static int digit(char ch)
{
	return ch >= '0' && ch <= '9';
}

/* A number without its leading zeros; -1 when there is none or it is huge. */
static long number(struct cursor *c)
{
	long v = 0;
	int n = 0;

	while (digit(peek(c))) {
		if (++n > 4)
			return -1;
		v = v * 10 + (*c->s++ - '0');
	}
	return n ? v : -1;
}

int sp80053_id(const char *ref, char *out, size_t size)
{
	struct cursor c = { ref };
	char fam[3];
	long ctl = -1, enh = -1;
	int n;

	for (int i = 0; i < 2; i++) {
		if (!letter(peek(&c)))
			return -1;
		fam[i] = (char)(*c.s++ | 0x20);   /* ASCII lower case */
	}
	fam[2] = '\0';
	if (peek(&c) == '-') {
		c.s++;
		if ((ctl = number(&c)) < 0)
			return -1;
		if (peek(&c) == '(') {
			c.s++;
			if ((enh = number(&c)) < 0 || peek(&c) != ')')
				return -1;
			c.s++;
		} else if (peek(&c) == '.') {
			c.s++;
			if ((enh = number(&c)) < 0)
				return -1;
		}
	}
	if (peek(&c) != '\0')
		return -1;
	if (ctl < 0)
		n = snprintf(out, size, "%s", fam);
	else if (enh < 0)
		n = snprintf(out, size, "%s-%ld", fam, ctl);
	else
		n = snprintf(out, size, "%s-%ld.%ld", fam, ctl, enh);
	return n >= 0 && (size_t)n < size ? n : -1;
}
