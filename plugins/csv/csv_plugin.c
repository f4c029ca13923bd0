/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "csv_kinds.h"
#include "csv_read.h"
#include "csv_write.h"

static int init(const struct xw_host *host, void **state)
{
	/* ABI 1.0's table, which ends with write(), is all we need; the
	 * getters 1.1 appended are checked where they are used (CSV_HOST_HAS) */
	return xwp_init(host, XWP_HOST_NEEDS(write), state);
}

static int probe(void *state, const struct xw_input *in)
{
	const struct csv_kind *kind;
	size_t n = in->path ? strlen(in->path) : 0;

	if (csv_detect(NULL, NULL, in, &kind) < 0 || !kind)
		return 0;
	return n >= 4 && strcmp(in->path + n - 4, ".csv") == 0 ? 70 : 60;
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	return csv_read(xwp_host(state), call, in, &csv_framework, fw);
}

static int read_mapping(void *state, struct xw_call *call,
			const struct xw_input *in, struct xw_mapping *m)
{
	return csv_read(xwp_host(state), call, in, &csv_mapping, m);
}

static int read_assessment(void *state, struct xw_call *call,
			   const struct xw_input *in, struct xw_assessment *a)
{
	return csv_read(xwp_host(state), call, in, &csv_assessment, a);
}

static int write_framework(void *state, struct xw_call *call,
			   const struct xw_framework *fw, struct xw_output *out)
{
	return csv_write(xwp_host(state), call, &csv_framework, fw, out);
}

static int write_mapping(void *state, struct xw_call *call,
			 const struct xw_mapping *m, struct xw_output *out)
{
	return csv_write(xwp_host(state), call, &csv_mapping, m, out);
}

static const char *const extensions[] = { "csv", NULL };
static const char *const contents[] = { "text", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "csv",
	.version = "1.2.0",
	.description = "CSV tables (Excel-friendly) of frameworks, mapping sets and assessments",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_mapping = read_mapping,
	.read_assessment = read_assessment,
	.write_framework = write_framework,
	.write_mapping = write_mapping,
	.contents = contents,
};

XWP_ENTRY(descriptor)
