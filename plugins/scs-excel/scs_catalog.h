/* SPDX-License-Identifier: MIT */
#ifndef SCS_CATALOG_H
#define SCS_CATALOG_H

#include "xwalk/plugin.h"

/*
 * Reads the criteria table as framework scs-2026 with IPA's own text:
 * categories, sub-categories and requirements from the rows' merged
 * cells, criteria with their levels as profiles star3 and star4.
 * XW_EUNSUPPORTED, silently, for a file without a criteria table.
 */
int scs_read_catalog(const struct xw_host *h, struct xw_call *call,
		     const struct xw_input *in, struct xw_framework *fw);

#endif
