/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "xwalk/gap.h"
#include "cli.h"

#define MAX_ASSESSMENTS 16

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "assessment", required_argument, NULL, 'a' },
		{ "target", required_argument, NULL, 't' },
		{ "profile", required_argument, NULL, 'p' },
		{ "date", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *files[MAX_ASSESSMENTS], *target_id = "scs-2026", *profile_id = NULL;
	const struct xw_assessment *as[MAX_ASSESSMENTS];
	struct xw_doc docs[MAX_ASSESSMENTS] = { 0 };
	struct xw_report r = XW_REPORT_INIT;
	const struct xw_framework *target;
	size_t n = 0, loaded = 0;
	char today[11];
	struct xw_gap g;
	struct xw_error e;
	long profile;
	int c, rc = EXIT_FAIL;

	cli_today(today);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":ha:t:p:d:", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_gap);
		case 'a':
			if (n == MAX_ASSESSMENTS)
				return cli_usage(&verb_gap, "at most %d --assessment files", MAX_ASSESSMENTS);
			files[n++] = optarg;
			break;
		case 't': target_id = optarg; break;
		case 'p': profile_id = optarg; break;
		case 'd':
			if (!xw_date_valid(optarg))
				return cli_usage(&verb_gap, "--date takes YYYY-MM-DD, not '%s'", optarg);
			snprintf(today, sizeof(today), "%s", optarg);
			break;
		default: return cli_bad_option(&verb_gap, c, argv);
		}
	}
	if (!n || optind != argc)
		return cli_usage(&verb_gap, "'gap' needs one or more --assessment FILE and no operands");
	target = cli_framework(cli, target_id);
	if (!target)
		return EXIT_FAIL;
	profile = cli_profile(target, profile_id);
	if (profile == -2)
		return EXIT_FAIL;
	if (cli_read_assessments(cli, files, n, target, docs, as, &loaded) < 0)
		goto out;
	if (xw_gap_compute(&g, cli->bundled, as, n, target, today, &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	cli_gap_sections(&r, &g, as, n, profile, cli->lang, today);
	xw_gap_clear(&g);
	rc = cli_emit(cli, &r);
out:
	for (size_t i = 0; i < loaded; i++)
		xw_doc_clear(&docs[i]);
	return rc;
}

const struct verb verb_gap = {
	"gap",
	"reuse report: what existing results already satisfy, what is left",
	"Reuse report: which items of the target (default scs-2026) a company's\n"
	"existing results already satisfy, partly satisfy, do not satisfy, or give\n"
	"no evidence for, through the bundled mapping sets; then what is left to\n"
	"do, grouped by category, and a summary per profile.\n"
	"  --assessment FILE  results on any framework (native YAML or a plugin\n"
	"                     format such as a Statement of Applicability); repeatable\n"
	"  --target FW        the framework to reuse results for (default scs-2026)\n"
	"  --profile P        only items in profile P (e.g. star4)\n"
	"  --date YYYY-MM-DD  report date for certificate expiry (default today, UTC)",
	"xwalk gap --assessment FILE... [--target FW] [--profile P] [--date D]",
	run,
};
