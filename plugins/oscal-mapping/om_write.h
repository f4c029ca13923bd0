/* SPDX-License-Identifier: MIT */
#ifndef OM_WRITE_H
#define OM_WRITE_H

#include "xwalk/plugin.h"

/* Writes @m as an OSCAL 1.2 mapping collection in JSON. */
int om_write(const struct xw_host *h, struct xw_call *call,
	     const struct xw_mapping *m, struct xw_output *out);

#endif
