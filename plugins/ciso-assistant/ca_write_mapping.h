/* SPDX-License-Identifier: MIT */
#ifndef CA_WRITE_MAPPING_H
#define CA_WRITE_MAPPING_H

#include "xwalk/plugin.h"

/* The write_mapping entry: @m as a requirement mapping set library CISO Assistant imports. */
int ca_write_mapping(const struct xw_host *h, struct xw_call *call, const struct xw_mapping *m,
		     struct xw_output *out);

#endif
