/* SPDX-License-Identifier: MIT */
/*
 * A plugin whose init() dies of a signal, as a broken or hostile module
 * would: CRASH_SIGNAL (SIGSEGV unless set), under the name CRASH_NAME.
 * The host must report it by name and go on with the others
 * (docs/security.md); it must never take xwalk down with it.
 */
#include <signal.h>

#include "xwalk/plugin.h"

#ifndef CRASH_NAME
#define CRASH_NAME "crash-init"
#endif
#ifndef CRASH_SIGNAL
#define CRASH_SIGNAL SIGSEGV
#endif

static int init(const struct xw_host *host, void **state)
{
	(void)host;
	*state = 0;
	raise(CRASH_SIGNAL);
	return 0;
}

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = CRASH_NAME,
	.version = "0.1",
	.description = "init() dies of a signal",
	.init = init,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
