/* SPDX-License-Identifier: MIT */
#ifndef XWALK_PLUGIN_STATE_H
#define XWALK_PLUGIN_STATE_H

/*
 * What nearly every plugin's descriptor needs: a state that holds the
 * host table, an init that checks the host offers the functions the
 * plugin calls, and the exported entry function.
 *
 *	static int init(const struct xw_host *host, void **state)
 *	{
 *		return xwp_init(host, XWP_HOST_NEEDS(result_set), state);
 *	}
 *	... .init = init, .fini = xwp_fini, ...
 *	XWP_ENTRY(descriptor)
 */

#include <stddef.h>

#include "xwalk/plugin.h"

/* Bytes of the host table up to and including @field. */
#define XWP_HOST_NEEDS(field) \
	(offsetof(struct xw_host, field) + sizeof(((struct xw_host *)0)->field))

/*
 * Checks the host's ABI major and that its table is at least @need
 * bytes, then allocates the state (freed by xwp_fini). Returns 0,
 * XW_EPLUGIN for a host too old for this plugin, or XW_ENOMEM.
 */
int xwp_init(const struct xw_host *host, size_t need, void **state);
void xwp_fini(void *state);

/* The host table kept by xwp_init(). */
const struct xw_host *xwp_host(const void *state);

/* Defines the exported entry function returning &@descriptor. */
#define XWP_ENTRY(descriptor)                                               \
	__attribute__((visibility("default")))                              \
	const struct xw_plugin_descriptor *xwalk_plugin_entry(void);        \
	const struct xw_plugin_descriptor *xwalk_plugin_entry(void)         \
	{                                                                   \
		return &(descriptor);                                       \
	}

#endif
