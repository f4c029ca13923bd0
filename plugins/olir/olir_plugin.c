/* SPDX-License-Identifier: MIT */
/*
 * The olir plugin: mapping sets as NIST OLIR templates (NIST IR 8278A),
 * CSV and .xlsx, read and written (docs/formats.md, "NIST OLIR
 * template"). It includes only xwalk/plugin.h and never links libxwalk.
 */
#include "olir_read.h"
#include "olir_write.h"
#include "plugin_state.h"
#include "xwalk/plugin.h"

static int init(const struct xw_host *host, void **state)
{
	/* the writer reads review hashes, which plugin ABI 1.1 added last */
	return xwp_init(host, XWP_HOST_NEEDS(row_hash_get), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return olir_probe(xwp_host(state), in);
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return olir_read(xwp_host(state), call, in, m);
}

static int write_mapping(void *state, struct xw_call *call,
			 const struct xw_mapping *m, struct xw_output *out)
{
	return olir_write(xwp_host(state), call, m, out);
}

static const char *const extensions[] = { "csv", "xlsx", NULL };
static const char *const contents[] = { "zip", "text", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "olir",
	.version = "1.0.0",
	.description = "NIST OLIR templates (NIST IR 8278A), CSV and .xlsx, as mapping sets",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_mapping = read_mapping,
	.write_mapping = write_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
