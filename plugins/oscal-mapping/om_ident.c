/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>
#include <strings.h>

#include "om_ident.h"

/* The last segment of @p..@end, without a trailing '/'. */
static const char *segment(const char *p, const char *end, const char **seg_end)
{
	const char *s;

	while (end > p && end[-1] == '/')
		end--;
	s = end;
	while (s > p && s[-1] != '/')
		s--;
	*seg_end = end;
	return s;
}

static bool generic(const char *s, size_t n)
{
	return (n == 7 && strncasecmp(s, "catalog", 7) == 0) ||
	       (n == 7 && strncasecmp(s, "profile", 7) == 0);
}

const char *om_href_name(const char *href, size_t *len)
{
	const char *end = href + strcspn(href, "?#"), *seg_end, *seg, *dot;

	seg = segment(href, end, &seg_end);
	dot = seg_end;
	while (dot > seg && dot[-1] != '.')
		dot--;
	if (dot > seg + 1)
		seg_end = dot - 1;
	if (generic(seg, (size_t)(seg_end - seg)) && seg > href) {
		const char *parent = segment(href, seg - 1, &seg_end);

		if (seg_end > parent)
			seg = parent;
		else
			seg_end = seg + 7;
	}
	*len = (size_t)(seg_end - seg);
	return seg;
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

void om_to_id(const char *text, size_t len, char *out)
{
	size_t n = 0;
	bool dash = false;

	for (size_t i = 0; i < len; i++) {
		char c = text[i];

		if (c >= 'A' && c <= 'Z')
			c = (char)(c - 'A' + 'a');
		/* '.' only between digits, as in a version: "v2.0" */
		if (c == '.' && !dash && n && digit(out[n - 1]) && i + 1 < len && digit(text[i + 1])) {
			out[n++] = c;
		} else if ((c >= 'a' && c <= 'z') || digit(c)) {
			if (dash && n)
				out[n++] = '-';
			out[n++] = c;
			dash = false;
		} else {
			dash = true;
		}
	}
	out[n] = '\0';
}
