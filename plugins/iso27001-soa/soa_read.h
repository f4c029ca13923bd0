/* SPDX-License-Identifier: MIT */
#ifndef SOA_READ_H
#define SOA_READ_H

#include "xwalk/plugin.h"

/* The framework every SoA is read as: the 2022 edition. */
#define SOA_FRAMEWORK "iso27001-2022"

/*
 * Reads the SoA in @in, a CSV file or a workbook, into @a: one result
 * per control or clause row, in table order. XW_EUNSUPPORTED, with
 * nothing reported, when @in is neither or has no such table.
 */
int soa_read(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, struct xw_assessment *a);

#endif
