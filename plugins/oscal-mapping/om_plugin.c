/* SPDX-License-Identifier: MIT */
/*
 * The oscal-mapping plugin: mapping sets as OSCAL 1.2 mapping
 * collections in JSON, read and written (docs/formats.md, "OSCAL mapping
 * collection"). It includes only xwalk/plugin.h and never links libxwalk.
 */
#include <stddef.h>
#include <stdlib.h>

#include "xwalk/plugin.h"
#include "om_read.h"
#include "om_sniff.h"
#include "om_write.h"

/* The plugin's state is the host table it was given. */
struct state {
	const struct xw_host *host;
};

/* The writer reads review hashes, which plugin ABI 1.1 added last. */
#define HOST_MIN_SIZE \
	(offsetof(struct xw_host, row_hash_get) + sizeof(((struct xw_host *)0)->row_hash_get))

static int init(const struct xw_host *host, void **state)
{
	struct state *s;

	if (host->abi_major != XW_PLUGIN_ABI_MAJOR || host->struct_size < HOST_MIN_SIZE)
		return XW_EPLUGIN;
	s = malloc(sizeof(*s));
	if (!s)
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
	return om_is_mapping_collection(in) ? 80 : 0;
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return om_read(((const struct state *)state)->host, call, in, m);
}

static int write_mapping(void *state, struct xw_call *call,
			 const struct xw_mapping *m, struct xw_output *out)
{
	return om_write(((const struct state *)state)->host, call, m, out);
}

static const char *const extensions[] = { "json", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "oscal-mapping",
	.version = "1.0.0",
	.description = "OSCAL 1.2 mapping collections (JSON) as mapping sets",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_mapping = read_mapping,
	.write_mapping = write_mapping,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &descriptor;
}
