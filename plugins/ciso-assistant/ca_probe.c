/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>

#include "ca_probe.h"

/* How far into a file its top-level urn may be: it is in the header
 * block, before the objects (intuitem's libraries and our writer put it
 * first), and a probe must not read a large file that is something else
 * to its end. */
#define URN_WITHIN 65536

/* True when a line of the first @size bytes of @in starts with @prefix. */
static bool has_line(const struct xw_input *in, size_t size, const char *prefix)
{
	const char *text = (const char *)in->data;
	const char *end = text + (size < in->size ? size : in->size);
	size_t n = strlen(prefix);

	for (const char *p = text; p && p + n <= end;) {
		if (memcmp(p, prefix, n) == 0)
			return true;
		p = memchr(p, '\n', (size_t)(end - p));
		if (p)
			p++;
	}
	return false;
}

int ca_probe(const struct xw_input *in)
{
	/* plain as intuitem writes it, or quoted as our writer does */
	bool urn = has_line(in, URN_WITHIN, "urn: urn:") ||
		   has_line(in, URN_WITHIN, "urn: 'urn:") ||
		   has_line(in, URN_WITHIN, "urn: \"urn:");

	return urn && has_line(in, in->size, "objects:") ? 80 : 0;
}
