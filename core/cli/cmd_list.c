/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>

#include "cli.h"

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	struct xw_catalog *cat;
	size_t n_maps = 0;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_list);
		return cli_bad_option(&verb_list, c, argv);
	}
	if (optind < argc)
		return cli_usage(&verb_list, "'list' takes no operands");
	cat = cli_all(cli);
	if (!cat)
		return EXIT_FAIL;
	xw_report_section(&r, "Frameworks", (const char *const[]){ "FRAMEWORK",
		"VERSION", "ITEMS", "WITHDRAWN", "PROFILES", "NAME", NULL });
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_doc *d = &cat->docs[i];
		char n1[32], n2[32], profiles[256] = "";

		if (d->kind == XW_DOC_FRAMEWORK) {
			const struct xw_framework *fw = d->framework;
			size_t active = 0, withdrawn = 0;

			for (size_t k = 0; k < fw->n_items; k++)
				fw->items[k]->withdrawn ? withdrawn++ : active++;
			for (size_t p = 0, len = 0; p < fw->n_profiles; p++)
				len += (size_t)snprintf(profiles + len, sizeof(profiles) - len,
							"%s%s", p ? " " : "", fw->profiles[p]->id);
			snprintf(n1, sizeof(n1), "%zu", active);
			snprintf(n2, sizeof(n2), "%zu", withdrawn);
			xw_report_row(&r, (const char *const[]){
				fw->id, fw->version, n1, n2, profiles,
				xw_ltext_get(&fw->name, cli->lang) });
		}
	}
	xw_report_section(&r, "Mapping sets", (const char *const[]){ "MAPPING SET",
		"SOURCE", "TARGET", "ROWS", "STATUS", NULL });
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;
		char n[32];

		if (cat->docs[i].kind != XW_DOC_MAPPING)
			continue;
		snprintf(n, sizeof(n), "%zu", m->n_rows);
		xw_report_row(&r, (const char *const[]){ m->id, m->source, m->target, n,
							 xw_review_name(m->status) });
		n_maps++;
	}
	if (!n_maps)
		xw_report_text(&r, "no mapping sets");
	if (cli_emit(cli, &r) != EXIT_OK)
		return EXIT_FAIL;
	return cli->errors ? EXIT_FAIL : EXIT_OK;
}

const struct verb verb_list = {
	"list",
	"bundled frameworks and mapping sets with their counts",
	"List the bundled frameworks and mapping sets, with item and row counts.",
	"xwalk list",
	run,
};
