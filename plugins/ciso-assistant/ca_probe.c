/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>

#include "ca_probe.h"

/* How far into a file its top-level urn may be: it is in the header
 * block, before the objects (intuitem's libraries and our writer put it
 * first), and a probe must not read a large file that is something else
 * to its end. */
#define URN_WITHIN 65536

/*
 * The next line of the first @size bytes of @in, from @from on, that
 * starts with @prefix; NULL when there is none.
 */
static const char *line_with(const struct xw_input *in, size_t size, const char *from,
			     const char *prefix)
{
	const char *end = (const char *)in->data + (size < in->size ? size : in->size);
	size_t n = strlen(prefix);

	for (const char *p = from; p && p + n <= end;) {
		if (memcmp(p, prefix, n) == 0)
			return p;
		p = memchr(p, '\n', (size_t)(end - p));
		if (p)
			p++;
	}
	return NULL;
}

/* A top-level "urn: urn:...", plain as intuitem writes it or quoted as
 * our writer does, in one pass over the header. */
static bool has_urn(const struct xw_input *in)
{
	const char *text = (const char *)in->data, *end = text + in->size;

	for (const char *p = line_with(in, URN_WITHIN, text, "urn: "); p;) {
		const char *v = p + 5;

		if (v < end && (*v == '\'' || *v == '"'))
			v++;
		if ((size_t)(end - v) >= 4 && memcmp(v, "urn:", 4) == 0)
			return true;
		p = memchr(p, '\n', (size_t)(end - p));
		p = p ? line_with(in, URN_WITHIN, p + 1, "urn: ") : NULL;
	}
	return false;
}

int ca_probe(const struct xw_input *in)
{
	return has_urn(in) && line_with(in, in->size, (const char *)in->data, "objects:")
		       ? 80 : 0;
}
