/* SPDX-License-Identifier: MIT */
#ifndef CA_WRITE_FRAMEWORK_H
#define CA_WRITE_FRAMEWORK_H

#include "xwalk/plugin.h"

/* The write_framework entry: @fw as a framework library CISO Assistant imports. */
int ca_write_framework(const struct xw_host *h, struct xw_call *call, const struct xw_framework *fw,
		       struct xw_output *out);

#endif
