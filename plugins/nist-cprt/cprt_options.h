/* SPDX-License-Identifier: MIT */
#ifndef CPRT_OPTIONS_H
#define CPRT_OPTIONS_H

/*
 * The reader's options, "--from nist-cprt:OPTIONS" (plugin ABI 1.2):
 * comma-separated KEY=VALUE. The one key is target, the scheme whose
 * informative references make the mapping set (cprt_target.h).
 */

#include "cprt_target.h"
#include "xwalk/plugin.h"

/*
 * The target the options choose into @out (NULL when they choose none).
 * An unknown key or target, a key given twice, an item without '=' are
 * reported (XW_EUSAGE).
 */
int cprt_options_target(const struct xw_host *h, struct xw_call *call,
			const struct xw_input *in, const struct cprt_target **out);

/*
 * For read_framework: 0 without options; XW_EUNSUPPORTED with a message
 * when they choose a target (the references are a mapping set: the host
 * goes on to read_mapping, or says why with --kind framework); an error
 * for bad options.
 */
int cprt_options_for_framework(const struct xw_host *h, struct xw_call *call,
			       const struct xw_input *in);

#endif
