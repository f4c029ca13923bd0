/* SPDX-License-Identifier: MIT */
#include <string.h>
#include <strings.h>

#include "olir_text.h"

/* Words compared by olir_says() are short: a header, a label, a name. */
#define WORD_MAX 256

bool olir_is_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

bool olir_squeeze(const char *in, char *out, size_t size)
{
	size_t n = 0;

	for (const char *p = in; *p; p++) {
		if (olir_is_blank(*p) && (n == 0 || olir_is_blank(p[1]) || !p[1]))
			continue;
		if (n + 1 >= size)
			return false;
		out[n++] = olir_is_blank(*p) ? ' ' : *p;
	}
	out[n] = '\0';
	return size > 0;
}

bool olir_says(const char *in, const char *word)
{
	char buf[WORD_MAX];

	return olir_squeeze(in, buf, sizeof(buf)) && strcasecmp(buf, word) == 0;
}

const char *olir_trim(const char *in, size_t *len)
{
	size_t n;

	while (olir_is_blank(*in))
		in++;
	n = strlen(in);
	while (n && olir_is_blank(in[n - 1]))
		n--;
	*len = n;
	return in;
}
