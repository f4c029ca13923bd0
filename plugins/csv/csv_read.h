/* SPDX-License-Identifier: MIT */
#ifndef CSV_READ_H
#define CSV_READ_H

#include "csv_kinds.h"

/**
 * Finds which kind of file @in is: its "#format" row, or else its header.
 * Sets *@out to the kind, or NULL when neither tells. With a NULL @call
 * nothing is reported (for probe()). Errors: those of csv_next(), and an
 * unknown #format.
 */
int csv_detect(const struct xw_host *h, struct xw_call *call,
	       const struct xw_input *in, const struct csv_kind **out);

/**
 * Reads @in into @doc, built through @kind's setters. Returns
 * XW_EUNSUPPORTED, reporting nothing, when @in is another kind of file.
 */
int csv_read(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, const struct csv_kind *kind, void *doc);

#endif
