/* SPDX-License-Identifier: MIT */
#ifndef CSV_WRITE_H
#define CSV_WRITE_H

#include "csv_kinds.h"

/**
 * Writes @doc as CSV: a UTF-8 BOM, CRLF line ends, the metadata rows,
 * the header and one row per record. Columns come in @kind's order and
 * only when some record has a value for them. Reading the output back
 * gives the same model, and writing that gives the same bytes; a value
 * that CSV could not give back (an empty string, an id holding ';') is
 * refused with XW_EINVAL rather than changed.
 */
int csv_write(const struct xw_host *h, struct xw_call *call,
	      const struct csv_kind *kind, const void *doc,
	      struct xw_output *out);

#endif
