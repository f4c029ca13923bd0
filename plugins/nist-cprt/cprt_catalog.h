/* SPDX-License-Identifier: MIT */
#ifndef CPRT_CATALOG_H
#define CPRT_CATALOG_H

/*
 * The export as the framework nist-csf-2.0: every function, category and
 * subcategory, NIST's text authoritative in English, depth-first as the
 * sheet lists them; withdrawn CSF 1.1 subcategories as withdrawn items
 * with their successors. See docs/formats.md.
 */

#include "xwalk/plugin.h"

int cprt_read_catalog(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_framework *fw);

#endif
