/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

int xlsx_pool_put(struct xlsx_pool *p, const char *s, size_t n)
{
	if (n >= p->cap - p->len || !p->data) {
		size_t cap = p->cap ? p->cap : 4096;
		char *v;

		while (cap - p->len <= n) {
			if (cap > SIZE_MAX / 2)
				return XW_ENOMEM;
			cap *= 2;
		}
		if (!(v = realloc(p->data, cap)))
			return XW_ENOMEM;
		p->data = v;
		p->cap = cap;
	}
	memcpy(p->data + p->len, s, n);
	p->len += n;
	return 0;
}

int xlsx_pool_end(struct xlsx_pool *p)
{
	return xlsx_pool_put(p, "", 1);
}

void xlsx_pool_free(struct xlsx_pool *p)
{
	free(p->data);
	memset(p, 0, sizeof(*p));
}

static int hex(char c)
{
	if (c >= '0' && c <= '9')
		return c - '0';
	if (c >= 'a' && c <= 'f')
		return c - 'a' + 10;
	if (c >= 'A' && c <= 'F')
		return c - 'A' + 10;
	return -1;
}

/* The code point of "_xHHHH_" at @s, or 0 when @s holds none that decodes. */
static unsigned escape(const char *s)
{
	unsigned cp = 0;

	if (s[0] != '_' || s[1] != 'x')
		return 0;
	for (int i = 2; i < 6; i++) {
		int h = hex(s[i]);
		if (h < 0)
			return 0;
		cp = cp << 4 | (unsigned)h;
	}
	/* a NUL or half a surrogate pair would not be text: kept as written */
	if (s[6] != '_' || (cp >= 0xD800 && cp <= 0xDFFF))
		return 0;
	return cp;
}

static size_t encode(unsigned cp, char out[3])
{
	if (cp < 0x80) {
		out[0] = (char)cp;
		return 1;
	}
	if (cp < 0x800) {
		out[0] = (char)(0xC0 | cp >> 6);
		out[1] = (char)(0x80 | (cp & 0x3F));
		return 2;
	}
	out[0] = (char)(0xE0 | cp >> 12);
	out[1] = (char)(0x80 | (cp >> 6 & 0x3F));
	out[2] = (char)(0x80 | (cp & 0x3F));
	return 3;
}

int xlsx_pool_put_xstring(struct xlsx_pool *p, const char *s)
{
	const char *run = s;
	int rc;

	for (; *s; s++) {
		unsigned cp = *s == '_' ? escape(s) : 0;
		char utf8[3];

		if (!cp)
			continue;
		if ((rc = xlsx_pool_put(p, run, (size_t)(s - run))) < 0 ||
		    (rc = xlsx_pool_put(p, utf8, encode(cp, utf8))) < 0)
			return rc;
		s += 6;
		run = s + 1;
	}
	return xlsx_pool_put(p, run, (size_t)(s - run));
}
