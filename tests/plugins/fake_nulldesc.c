/* SPDX-License-Identifier: MIT */
/* The entry function exists but returns no descriptor. */
#include "xwalk/plugin.h"

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return NULL;
}
