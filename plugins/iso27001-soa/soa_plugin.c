/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <stdlib.h>

#include "xwalk/plugin.h"
#include "soa_probe.h"
#include "soa_read.h"

/* The plugin's state is the host table it was given. */
struct state {
	const struct xw_host *host;
};

static int init(const struct xw_host *host, void **state)
{
	struct state *s;

	/* the last host function we call is result_set, in ABI 1.0's table */
	if (host->abi_major != XW_PLUGIN_ABI_MAJOR ||
	    host->struct_size < offsetof(struct xw_host, result_set) + sizeof(host->result_set))
		return XW_EPLUGIN;
	if (!(s = malloc(sizeof(*s))))
		return XW_ENOMEM;
	s->host = host;
	*state = s;
	return 0;
}

static void fini(void *state)
{
	free(state);
}

static int probe(void *state, const struct xw_input *in)
{
	return soa_probe(in);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return soa_read(((struct state *)state)->host, call, in, a);
}

static const char *const extensions[] = { "csv", "xlsx", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "iso27001-soa",
	.version = "1.0.0",
	.description = "ISO/IEC 27001:2022 Statements of Applicability (CSV or .xlsx, "
		       "English or Japanese headers) as assessments of iso27001-2022",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_assessment = read_assessment,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &descriptor;
}
