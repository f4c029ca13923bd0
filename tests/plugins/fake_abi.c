/* SPDX-License-Identifier: MIT */
/* A complete descriptor that claims a future ABI major version. */
#include "xwalk/plugin.h"

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR + 1,
	.abi_minor = 3,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "fake-abi",
	.version = "9.9",
	.description = "built for a newer plugin ABI",
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
