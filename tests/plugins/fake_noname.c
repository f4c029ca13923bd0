/* SPDX-License-Identifier: MIT */
/* A well-formed ABI 1.0 descriptor without a name. */
#include "xwalk/plugin.h"

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "",
	.version = "0.1",
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
