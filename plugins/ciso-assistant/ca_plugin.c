/* SPDX-License-Identifier: MIT */
#include "ca_framework.h"
#include "ca_mapping.h"
#include "ca_probe.h"
#include "ca_write_framework.h"
#include "ca_write_mapping.h"
#include "plugin_state.h"
#include "xwalk/plugin.h"

static int init(const struct xw_host *host, void **state)
{
	/* profile_count and profile_at, for the writers, came with ABI 1.1 */
	return xwp_init(host, XWP_HOST_NEEDS(profile_get), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return ca_probe(in);
}

static int read_framework(void *state, struct xw_call *call, const struct xw_input *in,
			  struct xw_framework *fw)
{
	return ca_read_framework(xwp_host(state), call, in, fw);
}

static int read_mapping(void *state, struct xw_call *call, const struct xw_input *in,
			struct xw_mapping *m)
{
	return ca_read_mapping(xwp_host(state), call, in, m);
}

static int write_framework(void *state, struct xw_call *call, const struct xw_framework *fw,
			   struct xw_output *out)
{
	return ca_write_framework(xwp_host(state), call, fw, out);
}

static int write_mapping(void *state, struct xw_call *call, const struct xw_mapping *m,
			 struct xw_output *out)
{
	return ca_write_mapping(xwp_host(state), call, m, out);
}

static const char *const extensions[] = { NULL };
static const char *const contents[] = { "text", "json", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "ciso-assistant",
	.version = "1.0.0",
	.description = "CISO Assistant libraries (YAML): framework libraries and requirement "
		       "mapping sets, read and written",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_mapping = read_mapping,
	.write_framework = write_framework,
	.write_mapping = write_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
