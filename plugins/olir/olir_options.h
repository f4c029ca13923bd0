/* SPDX-License-Identifier: MIT */
#ifndef OLIR_OPTIONS_H
#define OLIR_OPTIONS_H

/*
 * The reader's options, "--from olir:OPTIONS" (plugin ABI 1.2): KEY=VALUE
 * separated by ',', each key at most once. They name the frameworks of
 * the two sides where the file does not (NIST's own workbooks have no
 * general information): source, source-version, target, target-version.
 */

#include "xwalk/plugin.h"

enum olir_option {
	OLIR_OPT_SOURCE,
	OLIR_OPT_SOURCE_VERSION,
	OLIR_OPT_TARGET,
	OLIR_OPT_TARGET_VERSION,
	OLIR_N_OPTIONS
};

#define OLIR_OPTION_MAX 128   /* bytes of a value, with the NUL */

struct olir_options {
	char value[OLIR_N_OPTIONS][OLIR_OPTION_MAX];   /* "" when not given */
};

/*
 * Reads the options of @in into @o. An unknown key, a key given twice,
 * an item without '=', an empty or too long value are reported
 * (XW_EUSAGE).
 */
int olir_options_read(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct olir_options *o);

#endif
