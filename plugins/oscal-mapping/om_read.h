/* SPDX-License-Identifier: MIT */
#ifndef OM_READ_H
#define OM_READ_H

#include "xwalk/plugin.h"

/*
 * Reads an OSCAL 1.2 mapping collection in JSON into @m; XW_EUNSUPPORTED,
 * without a message, for any other file.
 */
int om_read(const struct xw_host *h, struct xw_call *call,
	    const struct xw_input *in, struct xw_mapping *m);

#endif
