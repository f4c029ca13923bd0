/* SPDX-License-Identifier: MIT */

#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "scs_answers.h"
#include "scs_catalog.h"
#include "scs_table.h"

static int init(const struct xw_host *host, void **state)
{
	/* the last host function we call is result_set, in ABI 1.0's table */
	return xwp_init(host, XWP_HOST_NEEDS(result_set), state);
}

static int probe(void *state, const struct xw_input *in)
{
	return scs_table_probe(in);
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return scs_read_catalog(xwp_host(state), call, in, fw);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return scs_read_answers(xwp_host(state), call, in, a);
}

static const char *const extensions[] = { "xlsx", NULL };
static const char *const contents[] = { "zip", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "scs-excel",
	.version = "1.0.0",
	.description = "IPA's ★3/★4 workbook (.xlsx): the official text of scs-2026, "
		       "and filled-in self-assessments",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_assessment = read_assessment,
	.contents = contents,
};

XWP_ENTRY(descriptor)
