/* SPDX-License-Identifier: MIT */

#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "jc_answers.h"
#include "jc_catalog.h"
#include "jc_table.h"

static int init(const struct xw_host *host, void **state)
{
	/* the last host function we call is result_set, in ABI 1.0's table */
	return xwp_init(host, XWP_HOST_NEEDS(result_set), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return jc_table_probe(xwp_host(state), in);
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return jc_read_catalog(xwp_host(state), call, in, fw);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return jc_read_answers(xwp_host(state), call, in, a);
}

static const char *const extensions[] = { "xlsx", "csv", NULL };
static const char *const contents[] = { "zip", "text", NULL };

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
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_assessment = read_assessment,
	.contents = contents,
};

XWP_ENTRY(descriptor)
