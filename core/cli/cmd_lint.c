/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>

#include "xwalk/lint.h"
#include "cli.h"

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_catalog *cat;
	struct xw_error e;
	size_t files;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_lint);
		return cli_bad_option(&verb_lint, c, argv);
	}
	if (optind == argc) {
		/* no operands: the bundled data, which is also the context */
		cat = cli_all(cli);
		if (cat)
			xw_lint(cat, NULL, cli_report, cli);
		files = (cat ? cat->n_docs : 0) + cli->errors;
	} else {
		if (xw_catalog_new(&cat, &e) < 0) {
			cli_print_error(&e);
			return EXIT_FAIL;
		}
		for (int i = optind; i < argc; i++)
			xw_catalog_load_path(cat, cli_registry(cli), argv[i],
					     cli_report, cli);
		files = cat->n_docs + cli->errors;
		xw_lint(cat, cli_all(cli), cli_report, cli);
		xw_catalog_free(cat);
	}
	fprintf(stderr, "xwalk: lint: %zu file%s, %zu problem%s\n", files,
		files == 1 ? "" : "s", cli->errors, cli->errors == 1 ? "" : "s");
	return cli->errors ? EXIT_FAIL : EXIT_OK;
}

const struct verb verb_lint = {
	"lint",
	"check files: structure, ids, references, duplicates, staleness",
	"Check frameworks, mapping sets and assessments: structure, id patterns,\n"
	"references to items, duplicate rows, rationales, strengths, profiles,\n"
	"and that a set marked comprehensive addresses every target item.\n"
	"A folder is checked recursively (*.yaml); with no PATH, the bundled data.",
	"xwalk lint [PATH...]",
	run,
};
