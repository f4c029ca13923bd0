/* SPDX-License-Identifier: MIT */
/* A valid descriptor whose init() fails, as when a plugin's own resource is missing. */
#include "xwalk/plugin.h"

static int init(const struct xw_host *host, void **state)
{
	(void)host;
	*state = NULL;
	return XW_EIO;
}

/* must never run: the host calls fini() only for plugins that initialised */
static void fini(void *state)
{
	(void)state;
	__builtin_trap();
}

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "fake-initfail",
	.version = "0.1",
	.description = "init() fails",
	.init = init,
	.fini = fini,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
