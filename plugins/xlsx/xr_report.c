/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xr_report.h"

bool xr_section_is(const struct xw_host *h, const struct xw_report *r,
		   size_t s, const char *kind)
{
	const char *k = h->section_get(r, s, "kind");

	return k && strcmp(k, kind) == 0;
}

size_t xr_section_find(const struct xw_host *h, const struct xw_report *r,
		       const char *kind)
{
	size_t n = h->section_count(r);

	for (size_t s = 0; s < n; s++)
		if (xr_section_is(h, r, s, kind))
			return s;
	return XR_NONE;
}

size_t xr_column(const struct xw_host *h, const struct xw_report *r,
		 size_t s, const char *name)
{
	size_t n = h->section_columns(r, s);

	for (size_t c = 0; c < n; c++) {
		if (strcmp(xr_column_name(h, r, s, c), name) == 0)
			return c;
	}
	return XR_NONE;
}

const char *xr_column_name(const struct xw_host *h, const struct xw_report *r,
			   size_t s, size_t c)
{
	const char *name = h->section_column(r, s, c);

	return name ? name : "";
}

const char *xr_cell(const struct xw_host *h, const struct xw_report *r,
		    size_t s, size_t row, size_t col)
{
	const char *text = col == XR_NONE ? NULL : h->section_cell(r, s, row, col);

	return text ? text : "";
}
