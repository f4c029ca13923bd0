/* SPDX-License-Identifier: MIT */
#ifndef CPRT_MAPPING_H
#define CPRT_MAPPING_H

/*
 * The export's informative references to one scheme (the option
 * target=NAME) as a mapping set from nist-csf-2.0. NIST says only that an
 * item is referenced, so every row is 'related', without rationale or
 * strength. See docs/formats.md.
 */

#include "xwalk/plugin.h"

int cprt_read_mapping(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_mapping *m);

#endif
