/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <stdlib.h>

#include "xwalk/plugin.h"
#include "jc_answers.h"
#include "jc_catalog.h"
#include "jc_table.h"

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

static const struct xw_host *host_of(void *state)
{
	return ((const struct state *)state)->host;
}

static int probe(void *state, const struct xw_input *in)
{
	return jc_table_probe(host_of(state), in);
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return jc_read_catalog(host_of(state), call, in, fw);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return jc_read_answers(host_of(state), call, in, a);
}

static const char *const extensions[] = { "xlsx", "csv", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "jama-checksheet",
	.version = "1.0.0",
	.description = "The JAMA/JAPIA guideline v2.2 check sheet (.xlsx or CSV): the "
		       "official text of jama-japia-2.2, and filled-in self-checks",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_assessment = read_assessment,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &descriptor;
}
