/* SPDX-License-Identifier: MIT */
#ifndef CSV_EMIT_H
#define CSV_EMIT_H

/*
 * Writing CSV for Excel through a plugin's output: cells separated by
 * commas, quoted only when they hold a comma, a quote or a line break
 * (a quote written twice), records ending with CRLF (RFC 4180). What
 * csv_parse.h reads back as the same cells.
 */

#include <stdbool.h>

#include "xwalk/plugin.h"

/* The UTF-8 byte order mark, so that Excel reads the file as UTF-8. */
void csv_emit_bom(const struct xw_host *h, struct xw_output *out);
/* One cell: @first for the first of its record (no comma before it). */
void csv_emit_cell(const struct xw_host *h, struct xw_output *out,
		   const char *text, bool first);
/* Ends the record. */
void csv_emit_end(const struct xw_host *h, struct xw_output *out);

#endif
