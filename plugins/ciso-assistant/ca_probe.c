/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>

#include "ca_probe.h"

/* True when a line of @in starts with @prefix. */
static bool has_line(const struct xw_input *in, const char *prefix)
{
	const char *text = (const char *)in->data, *end = text + in->size;
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
	bool urn = has_line(in, "urn: urn:") || has_line(in, "urn: 'urn:") ||
		   has_line(in, "urn: \"urn:");

	return urn && has_line(in, "objects:") ? 80 : 0;
}
