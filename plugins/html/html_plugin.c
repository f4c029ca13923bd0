/* SPDX-License-Identifier: MIT */
/*
 * The html plugin: `xwalk --format html VERB ...` renders what a verb
 * prints as one self-contained HTML page (docs/formats.md, "HTML report").
 */
#include "plugin_state.h"
#include "xwalk/plugin.h"
#include "html_page.h"

static int init(const struct xw_host *host, void **state)
{
	/* every host function up to the last report getter of ABI 1.4 */
	return xwp_init(host, XWP_HOST_NEEDS(section_line), state);
}

static int write_report(void *state, struct xw_call *call,
			const struct xw_report *r, struct xw_output *out)
{
	const struct xw_host *host = xwp_host(state);
	struct html h = { host, out, r };
	const char *options = host->output_options(out);
	int rc;

	if (*options)
		return host->error(call, XW_EINVAL,
				   "the html format takes no options, not '%s'", options);
	rc = html_page(&h);
	return rc < 0 ? host->error(call, rc, "out of memory") : 0;
}

static const char *const extensions[] = { "html", "htm", NULL };
static const char *const contents[] = { NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "html",
	.version = "1.0.0",
	.description = "HTML report: heatmap, coverage bars and tables in one self-contained page",
	.extensions = extensions,
	.init = init,
	.fini = xwp_fini,
	.write_report = write_report,
	.contents = contents,
};

XWP_ENTRY(descriptor)
