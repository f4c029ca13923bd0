/* SPDX-License-Identifier: MIT */
#include "cprt_catalog.h"
#include "cprt_mapping.h"
#include "cprt_sheet.h"
#include "plugin_state.h"
#include "xwalk/plugin.h"

static int init(const struct xw_host *host, void **state)
{
	/* the last host function we call is row_set, in ABI 1.0's table */
	return xwp_init(host, XWP_HOST_NEEDS(row_set), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return cprt_sheet_probe(in);
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return cprt_read_catalog(xwp_host(state), call, in, fw);
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return cprt_read_mapping(xwp_host(state), call, in, m);
}

static const char *const extensions[] = { "xlsx", NULL };
static const char *const contents[] = { "zip", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "nist-cprt",
	.version = "1.0.0",
	.description = "NIST's CSF 2.0 Reference Tool export (.xlsx): the text of nist-csf-2.0, "
		       "and its informative references (target=iso27001-2022 or nist-sp800-53-r5)",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_mapping = read_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
