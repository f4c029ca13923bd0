/* SPDX-License-Identifier: MIT */
#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "xr_book.h"

static int init(const struct xw_host *host, void **state)
{
	/* the last host function we call is section_line, in ABI 1.4's table */
	return xwp_init(host, XWP_HOST_NEEDS(section_line), state);
}

static int write_report(void *state, struct xw_call *call,
			const struct xw_report *r, struct xw_output *out)
{
	const struct xw_host *h = xwp_host(state);
	const char *options = h->output_options(out);

	if (options && *options)
		return h->error(call, XW_EUSAGE, "the xlsx format takes no options, not '%s'",
				options);
	return xr_book_write(h, call, r, out);
}

static const char *const extensions[] = { "xlsx", NULL };
static const char *const contents[] = { NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "xlsx",
	.version = "1.0.0",
	.description = "Excel workbooks of reports (--format xlsx): a sheet per section, "
		       "a coloured cross-reference matrix and a ★ self-assessment checklist",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.write_report = write_report,
	.contents = contents,
};

XWP_ENTRY(descriptor)
