/* SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "plugin_state.h"

struct xwp_state {
	const struct xw_host *host;
};

int xwp_init(const struct xw_host *host, size_t need, void **state)
{
	struct xwp_state *s;

	if (host->abi_major != XW_PLUGIN_ABI_MAJOR || host->struct_size < need)
		return XW_EPLUGIN;
	s = malloc(sizeof(*s));
	if (!s)
		return XW_ENOMEM;
	s->host = host;
	*state = s;
	return 0;
}

void xwp_fini(void *state)
{
	free(state);
}

const struct xw_host *xwp_host(const void *state)
{
	return ((const struct xwp_state *)state)->host;
}
