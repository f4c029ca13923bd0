/* SPDX-License-Identifier: MIT */
#include "nv_catalog.h"
#include "nv_mapping.h"
#include "nv_sheet.h"
#include "plugin_state.h"

static int init(const struct xw_host *host, void **state)
{
	return xwp_init(host, XWP_HOST_NEEDS(row_set), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return nv_sheet_probe(in);
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return nv_read_catalog(xwp_host(state), call, in, fw);
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return nv_read_mapping(xwp_host(state), call, in, m);
}

static const char *const extensions[] = { "xlsx", NULL };
static const char *const contents[] = { "zip", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "nist-versions",
	.version = "1.0.0",
	.description = "NIST's comparison of SP 800-53 Rev. 4 and Rev. 5 (.xlsx): the Rev. 4 "
		       "catalog, and with --kind mapping the version mapping Rev. 4 -> Rev. 5",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_mapping = read_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
