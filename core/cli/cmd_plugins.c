/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

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

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	struct xw_registry *reg;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_plugins);
		return cli_bad_option(&verb_plugins, c, argv);
	}
	if (optind < argc)
		return cli_usage(&verb_plugins, "'plugins' takes no operands");
	reg = cli_registry(cli);
	if (!reg)
		return EXIT_FAIL;
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
	"List the loaded plugins with their version and what they read and write.\n"
	"Plugins that fail to load are reported, and the exit status is then 1.",
	"xwalk plugins",
	run,
};
