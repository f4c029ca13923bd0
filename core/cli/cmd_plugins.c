/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "manifest.h"

static void capabilities(const struct xw_plugin_descriptor *d, char *reads,
			 char *writes, size_t size)
{
	snprintf(reads, size, "%s%s%s",
		 d->read_framework ? "framework " : "",
		 d->read_mapping ? "mapping " : "",
		 d->read_assessment ? "assessment" : "");
	snprintf(writes, size, "%s%s%s",
		 d->write_framework ? "framework " : "",
		 d->write_mapping ? "mapping " : "",
		 d->write_report ? "report" : "");
}

/* Prints the manifest of the module at @path (loaded alone) to stdout. */
static int print_manifest(const char *path)
{
	struct xw_buf out = XW_BUF_INIT;
	struct xw_registry *reg = NULL;
	char id[XW_MODULE_ID_MAX];
	struct xw_error e;
	int rc;

	xw_error_clear(&e);
	rc = xw_registry_new(&reg, &e);
	if (rc == 0)
		rc = xw_registry_load_file(reg, path, &e);
	if (rc == 0 && xw_module_id(path, id, sizeof(id)) < 0)
		rc = xw_error_set(&e, XW_EIO, path, 0, 0, "cannot read the module");
	if (rc == 0)
		rc = xw_manifest_format(&out, &reg->plugins[0].desc, id, &e);
	if (rc == 0 && out.failed)
		rc = xw_error_set(&e, XW_ENOMEM, path, 0, 0, "out of memory");
	if (rc == 0)
		fwrite(out.data, 1, out.len, stdout);
	else
		cli_print_error(&e);
	xw_buf_reset(&out);
	xw_registry_free(reg);
	return rc == 0 ? EXIT_OK : EXIT_FAIL;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "manifest", required_argument, NULL, 'm' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	struct xw_registry *reg;
	const char *manifest = NULL;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hm:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_plugins);
		if (c == 'm')
			manifest = optarg;
		else
			return cli_bad_option(&verb_plugins, c, argv);
	}
	if (optind < argc)
		return cli_usage(&verb_plugins, "'plugins' takes no operands");
	if (manifest)
		return print_manifest(manifest);
	reg = cli_registry(cli);
	if (!reg)
		return EXIT_FAIL;
	xw_registry_load_all(reg);
	xw_report_section(&r, NULL, (const char *const[]){ "PLUGIN", "VERSION",
		"READS", "WRITES", "EXTENSIONS", "PATH", NULL });
	for (size_t i = 0; i < reg->n_plugins; i++) {
		const struct xw_plugin *p = &reg->plugins[i];
		char reads[64], writes[64], exts[128] = "";

		capabilities(&p->desc, reads, writes, sizeof(reads));
		for (const char *const *e = p->desc.extensions; e && *e; e++)
			snprintf(exts + strlen(exts), sizeof(exts) - strlen(exts),
				 "%s%s", exts[0] ? " " : "", *e);
		xw_report_row(&r, (const char *const[]){ p->desc.name, p->desc.version,
							 reads, writes, exts, p->path });
	}
	/* the modules that did not load (why was warned above) */
	for (size_t i = 0; i < reg->n_problems; i++)
		xw_report_row(&r, (const char *const[]){ "(failed)", "", "", "", "",
							 reg->problems[i].file });
	if (cli_emit(cli, &r) != EXIT_OK)
		return EXIT_FAIL;
	return reg->n_problems ? EXIT_FAIL : EXIT_OK;
}

const struct verb verb_plugins = {
	"plugins",
	"the loaded plugins and what they read and write",
	"List the plugins with their version and what they read and write, loading\n"
	"every one. Plugins that fail to load are reported, and the exit status is\n"
	"then 1. With --manifest MODULE, print the manifest of that one module\n"
	"instead: what xwalk needs to know to load it only when it is needed\n"
	"(written beside each plugin at build time).",
	"xwalk plugins [--manifest MODULE]",
	run,
};
