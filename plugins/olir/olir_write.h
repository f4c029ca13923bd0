/* SPDX-License-Identifier: MIT */
#ifndef OLIR_WRITE_H
#define OLIR_WRITE_H

#include "olir_table.h"
#include "xwalk/plugin.h"

/*
 * Writes @m as an OLIR file: CSV, or a workbook when the output's options
 * say "xlsx" or its file name ends ".xlsx" (plugin ABI 1.4). Errors are
 * reported: a value OLIR cannot carry, an unknown option, XW_ENOMEM.
 */
int olir_write(const struct xw_host *h, struct xw_call *call,
	       const struct xw_mapping *m, struct xw_output *out);

/* The sinks: @t as CSV, or as an .xlsx workbook (its creation time the set's date). */
void olir_write_csv(const struct xw_host *h, const struct olir_table *t,
		    struct xw_output *out);
int olir_write_xlsx(const struct xw_host *h, struct xw_call *call,
		    const struct olir_table *t, struct xw_output *out);

#endif
