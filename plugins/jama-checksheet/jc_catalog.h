/* SPDX-License-Identifier: MIT */
#ifndef JC_CATALOG_H
#define JC_CATALOG_H

#include "xwalk/plugin.h"

/*
 * Reads a check sheet as framework jama-japia-2.2 with the sheet's own
 * text, authoritative in Japanese: labels, sub-labels and items in sheet
 * order, each item's level from its level column. A blank title, level
 * or criteria cell leaves the field unset and listed in `unknown`.
 * XW_EUNSUPPORTED, reporting nothing, for a file that is no check sheet
 * or holds answers without the catalog's columns.
 */
int jc_read_catalog(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_framework *fw);

#endif
