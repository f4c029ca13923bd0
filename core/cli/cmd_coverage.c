/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>

#include "xwalk/coverage.h"
#include "cli.h"

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "profile", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const struct xw_framework *src, *tgt;
	struct xw_coverage fwd, rev;
	struct xw_report r = XW_REPORT_INIT;
	const char *profile_id = NULL;
	struct xw_error e;
	long profile;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hp:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_coverage);
		if (c == 'p')
			profile_id = optarg;
		else
			return cli_bad_option(&verb_coverage, c, argv);
	}
	if (argc - optind != 2)
		return cli_usage(&verb_coverage, "'coverage' needs SRC and TGT");
	src = cli_framework(cli, argv[optind]);
	tgt = src ? cli_framework(cli, argv[optind + 1]) : NULL;
	if (!tgt)
		return EXIT_FAIL;
	profile = cli_profile(tgt, profile_id);
	if (profile == -2)
		return EXIT_FAIL;
	cli_need_sets(cli, src->id, tgt->id);
	if (xw_coverage_compute(&fwd, cli->bundled, src, tgt, &e) < 0 ||
	    xw_coverage_compute(&rev, cli->bundled, tgt, src, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	if (!fwd.links.n_sets)
		fprintf(stderr, "xwalk: warning: no mapping set between %s and %s; "
			"everything is unknown\n", src->id, tgt->id);
	cli_coverage_section(&r, &fwd, profile, cli->lang);
	cli_totals_section(&r);
	cli_totals_rows(&r, &fwd);
	cli_totals_rows(&r, &rev);
	xw_report_text(&r, "Unknown means no mapping row decides; it is never counted as covered.");
	xw_coverage_clear(&fwd);
	xw_coverage_clear(&rev);
	return cli_emit(cli, &r);
}

const struct verb verb_coverage = {
	"coverage",
	"how much of one framework another covers, per item and level",
	"For each leaf item of TGT, whether SRC covers it (covered, partly\n"
	"covered, not covered, unknown) by the bundled mapping sets, with the\n"
	"deciding row; then totals per profile in both directions.\n"
	"  --profile P   list only TGT items in profile P (e.g. star3)",
	"xwalk coverage [--profile P] SRC TGT",
	run,
};
