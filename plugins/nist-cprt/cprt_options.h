/* SPDX-License-Identifier: MIT */
#ifndef CPRT_OPTIONS_H
#define CPRT_OPTIONS_H

/*
 * The reader's options, "--from nist-cprt:OPTIONS" (plugin ABI 1.2):
 * comma-separated KEY=VALUE. Either target, the scheme whose informative
 * references make the mapping set (cprt_target.h), or from=nist-csf-1.1,
 * the version mapping from CSF 1.1 to 2.0 (cprt_versions.h).
 */

#include <stdbool.h>

#include "cprt_target.h"
#include "xwalk/plugin.h"

/* The mapping set the options choose. */
struct cprt_choice {
	const struct cprt_target *target;   /* target=NAME, or NULL */
	bool version_map;                   /* from=nist-csf-1.1 */
};

/*
 * What the options choose, into @out (nothing chosen: both empty). An
 * unknown key or value, a key given twice, both keys, an item without
 * '=' are reported (XW_EUSAGE).
 */
int cprt_options_read(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct cprt_choice *out);

/*
 * For read_framework: 0 without options; XW_EUNSUPPORTED with a message
 * when they choose a mapping set (the references are one: the host
 * goes on to read_mapping, or says why with --kind framework); an error
 * for bad options.
 */
int cprt_options_for_framework(const struct xw_host *h, struct xw_call *call,
			       const struct xw_input *in);

#endif
