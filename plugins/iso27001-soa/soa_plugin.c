/* SPDX-License-Identifier: MIT */

#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "soa_probe.h"
#include "soa_read.h"

static int init(const struct xw_host *host, void **state)
{
	/* the last host function we call is result_set, in ABI 1.0's table */
	return xwp_init(host, XWP_HOST_NEEDS(result_set), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return soa_probe(in);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return soa_read(xwp_host(state), call, in, a);
}

static const char *const extensions[] = { "csv", "xlsx", NULL };
static const char *const contents[] = { "zip", "text", NULL };

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
	.fini = xwp_fini,
	.probe = probe,
	.read_assessment = read_assessment,
	.contents = contents,
};

XWP_ENTRY(descriptor)
