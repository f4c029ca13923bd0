/* SPDX-License-Identifier: MIT */
/*
 * A plugin whose init() dies of SIGSEGV, as a broken or hostile module
 * would. The host must report it by name and go on with the others
 * (docs/security.md); it must never take xwalk down with it.
 */
#include <signal.h>

#include "xwalk/plugin.h"

static int init(const struct xw_host *host, void **state)
{
	(void)host;
	*state = 0;
	raise(SIGSEGV);
	return 0;
}

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "crash-init",
	.version = "0.1",
	.description = "init() dies of SIGSEGV",
	.init = init,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
