/* SPDX-License-Identifier: MIT */
#ifndef XWALK_XLSX_OUT_H
#define XWALK_XLSX_OUT_H

/*
 * Writing a workbook with libxlsxwriter into a writer's output.
 * Version 1.1.4 writes only to a named file, so the workbook goes to a
 * private temporary file in $TMPDIR (else /tmp) that is read back into
 * the output and always removed; the host then replaces the real file
 * atomically, as for every writer.
 */

#include <stdbool.h>
#include <xlsxwriter.h>

#include "xwalk/plugin.h"

struct xlsx_out {
	const char *title;        /* document title; NULL for none */
	const char *date;         /* YYYY-MM-DD: the creation time (00:00 UTC);
	                             NULL or invalid: 1980-01-01, so the same
	                             input always gives the same bytes */
	bool constant_memory;     /* rows written in order, strings inline */
};

/*
 * Makes a workbook with @opt, has @fill add its sheets (returning 0 or
 * an XW_E* code it has reported), closes it and appends its bytes to
 * @out. Returns 0 or a negative XW_E* code, reported through @h.
 */
int xlsx_out_write(const struct xw_host *h, struct xw_call *call,
		   struct xw_output *out, const struct xlsx_out *opt,
		   int (*fill)(lxw_workbook *wb, void *ctx), void *ctx);

#endif
