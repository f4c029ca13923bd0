/* SPDX-License-Identifier: MIT */
/*
 * A descriptor cut short: only the leading fields, as a plugin built
 * against a pre-release header might have it. struct_size tells the
 * host it is smaller than ABI 1.0's, and the host must not read past it.
 */
#include <stddef.h>

#include "xwalk/plugin.h"

struct short_descriptor {
	uint32_t abi_major;
	uint32_t abi_minor;
	uint32_t struct_size;
	const char *name;
	const char *version;
	const char *description;
	const char *const *extensions;
	int (*init)(const struct xw_host *host, void **state);
};

static const struct short_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = 0,
	.struct_size = sizeof(struct short_descriptor),
	.name = "fake-short",
	.version = "0.1",
	.description = "descriptor shorter than ABI 1.0",
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return (const struct xw_plugin_descriptor *)(const void *)&desc;
}
