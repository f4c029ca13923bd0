/* SPDX-License-Identifier: MIT */
/*
 * A shared module that loads but has no xwalk_plugin_entry: it exports a
 * misspelt entry instead, so dlsym() finds nothing.
 */
#include "xwalk/plugin.h"

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entri(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entri(void)
{
	return NULL;
}
