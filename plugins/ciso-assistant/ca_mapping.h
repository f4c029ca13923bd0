/* SPDX-License-Identifier: MIT */
#ifndef CA_MAPPING_H
#define CA_MAPPING_H

/* A requirement mapping set library read as our mapping set (docs/formats.md, "CISO Assistant libraries"). */

#include "xwalk/plugin.h"

/* The read_mapping entry: XW_EUNSUPPORTED, quietly, for a file that is no mapping library. */
int ca_read_mapping(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		    struct xw_mapping *m);

#endif
