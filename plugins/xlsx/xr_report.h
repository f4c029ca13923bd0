/* SPDX-License-Identifier: MIT */
#ifndef XR_REPORT_H
#define XR_REPORT_H

/*
 * Reading a report's sections by kind and their columns by name, as
 * docs/engine.md asks of writers ("Reports for writer plugins").
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xwalk/plugin.h"

#define XR_NONE SIZE_MAX    /* no such section or column */

/* Whether section @s has kind @kind. */
bool xr_section_is(const struct xw_host *h, const struct xw_report *r,
		   size_t s, const char *kind);

/* The first section of @kind, or XR_NONE. */
size_t xr_section_find(const struct xw_host *h, const struct xw_report *r,
		       const char *kind);

/* The index of column @name of section @s, or XR_NONE. */
size_t xr_column(const struct xw_host *h, const struct xw_report *r,
		 size_t s, const char *name);

/* The name of column @c of section @s; "" when it has none. */
const char *xr_column_name(const struct xw_host *h, const struct xw_report *r,
			   size_t s, size_t c);

/* A cell of column @col (XR_NONE gives ""). Never NULL. */
const char *xr_cell(const struct xw_host *h, const struct xw_report *r,
		    size_t s, size_t row, size_t col);

#endif
