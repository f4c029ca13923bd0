/* SPDX-License-Identifier: MIT */
/*
 * The oscal-mapping plugin: mapping sets as OSCAL 1.2 mapping
 * collections in JSON, read and written (docs/formats.md, "OSCAL mapping
 * collection"). It includes only xwalk/plugin.h and never links libxwalk.
 */

#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "om_read.h"
#include "om_sniff.h"
#include "om_write.h"

static int init(const struct xw_host *host, void **state)
{
	/* the writer reads review hashes, which plugin ABI 1.1 added last */
	return xwp_init(host, XWP_HOST_NEEDS(row_hash_get), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return om_is_mapping_collection(in) ? 80 : 0;
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return om_read(xwp_host(state), call, in, m);
}

static int write_mapping(void *state, struct xw_call *call,
			 const struct xw_mapping *m, struct xw_output *out)
{
	return om_write(xwp_host(state), call, m, out);
}

static const char *const extensions[] = { "json", NULL };
static const char *const contents[] = { "json", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "oscal-mapping",
	.version = "1.0.0",
	.description = "OSCAL 1.2 mapping collections (JSON) as mapping sets",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_mapping = read_mapping,
	.write_mapping = write_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
