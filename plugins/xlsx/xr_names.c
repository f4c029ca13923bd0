/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "xwalk/error.h"
#include "xr_names.h"

/* Excel keeps this name for its change history. */
static const char reserved[] = "History";

static size_t sequence_length(unsigned char lead)
{
	if (lead >= 0xf0)
		return 4;
	if (lead >= 0xe0)
		return 3;
	return lead >= 0xc0 ? 2 : 1;
}

/*
 * Copies @wanted into @out, replacing the characters Excel refuses with
 * '_', and stops before the name would pass @units UTF-16 units (a
 * character outside the BMP, four bytes of UTF-8, takes two).
 */
static void clean(const char *wanted, size_t units, char out[XR_NAME_SIZE])
{
	size_t len = 0, used = 0;

	for (const char *p = wanted; *p;) {
		size_t n = sequence_length((unsigned char)*p);
		size_t cost = n == 4 ? 2 : 1;

		if (used + cost > units || strnlen(p, n) < n)
			break;
		if (n == 1 && ((unsigned char)*p < 0x20 || strchr("[]:*?/\\", *p)))
			out[len] = '_';
		else
			memcpy(out + len, p, n);
		len += n;
		used += cost;
		p += n;
	}
	out[len] = '\0';
	if (len && out[0] == '\'')
		out[0] = '_';
	if (len && out[len - 1] == '\'')
		out[len - 1] = '_';
}

static int is_taken(const struct xr_names *names, const char *name)
{
	if (strcasecmp(name, reserved) == 0)
		return 1;
	for (size_t i = 0; i < names->n; i++)
		if (strcasecmp(names->taken[i], name) == 0)
			return 1;
	return 0;
}

static int remember(struct xr_names *names, const char *name)
{
	if (names->n == names->cap) {
		size_t cap = names->cap ? 2 * names->cap : 16;
		void *v = realloc(names->taken, cap * sizeof(*names->taken));

		if (!v)
			return XW_ENOMEM;
		names->taken = v;
		names->cap = cap;
	}
	memcpy(names->taken[names->n++], name, XR_NAME_SIZE);
	return 0;
}

int xr_names_make(struct xr_names *names, const char *wanted,
		  char out[XR_NAME_SIZE])
{
	const char *base = wanted && *wanted ? wanted : "Sheet";
	char suffix[32];

	clean(base, XR_NAME_UNITS, out);
	for (size_t k = 2; is_taken(names, out); k++) {
		int n = snprintf(suffix, sizeof(suffix), " (%zu)", k);

		clean(base, XR_NAME_UNITS - (size_t)n, out);
		strcat(out, suffix);
	}
	return remember(names, out);
}

void xr_names_free(struct xr_names *names)
{
	free(names->taken);
	*names = (struct xr_names){ 0 };
}
