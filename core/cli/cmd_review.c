/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/review.h"
#include "cli.h"

#define MAX_IDS 256

/* y: review it; n: skip it; q: stop asking (keep what was decided). */
static int confirm(const struct xw_row *r, const char *status)
{
	char line[16];

	printf("%s: %s -> %s %s\n  %s\nmark %s? [y/n/q] ", r->id,
	       r->sources.n ? r->sources.v[0] : "(nothing)",
	       xw_relationship_name(r->relationship),
	       r->targets.n ? r->targets.v[0] : "(nothing)",
	       r->justification ? r->justification : "", status);
	fflush(stdout);
	if (!fgets(line, sizeof(line), stdin) || line[0] == 'q')
		return 'q';
	return line[0] == 'y' || line[0] == 'Y' ? 'y' : 'n';
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "status", required_argument, NULL, 's' },
		{ "reviewer", required_argument, NULL, 'r' },
		{ "date", required_argument, NULL, 'd' },
		{ "row", required_argument, NULL, 'i' },
		{ "relationship", required_argument, NULL, 'R' },
		{ "source", required_argument, NULL, 'S' },
		{ "target", required_argument, NULL, 'T' },
		{ "all", no_argument, NULL, 'a' },
		{ "interactive", no_argument, NULL, 'I' },
		{ NULL, 0, NULL, 0 },
	};
	static const char *const statuses[] = { "draft", "reviewed", "approved", "deprecated" };
	const char *ids[MAX_IDS], *reviewer = NULL, *status_name = NULL;
	struct xw_row_filter f = { ids, 0, XW_REL_UNSET, NULL, NULL, -1 };
	struct xw_report r = XW_REPORT_INIT;
	const struct xw_framework *src, *tgt;
	bool all = false, interactive = false;
	size_t marked = 0;
	struct xw_doc doc;
	struct xw_error e;
	char date[11];
	int c, status = -1, rc = EXIT_FAIL;

	cli_today(date);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hs:r:d:i:R:S:T:aI", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_review);
		case 's':
			status_name = optarg;
			for (int k = 0; k < 4; k++)
				if (!strcmp(optarg, statuses[k]))
					status = k;
			if (status < 0)
				return cli_usage(&verb_review, "--status takes draft, reviewed, approved or deprecated");
			break;
		case 'r': reviewer = optarg; break;
		case 'd':
			if (!xw_date_valid(optarg))
				return cli_usage(&verb_review, "--date takes YYYY-MM-DD, not '%s'", optarg);
			snprintf(date, sizeof(date), "%s", optarg);
			break;
		case 'i':
			if (f.n_ids == MAX_IDS)
				return cli_usage(&verb_review, "at most %d --row", MAX_IDS);
			ids[f.n_ids++] = optarg;
			break;
		case 'R':
			for (int k = 1; k < XW_REL_COUNT; k++)
				if (!strcmp(optarg, xw_relationship_name((enum xw_relationship)k)))
					f.relationship = (enum xw_relationship)k;
			if (!f.relationship)
				return cli_usage(&verb_review, "unknown relationship '%s'", optarg);
			break;
		case 'S': f.source_prefix = optarg; break;
		case 'T': f.target_prefix = optarg; break;
		case 'a': all = true; break;
		case 'I': interactive = true; break;
		default: return cli_bad_option(&verb_review, c, argv);
		}
	}
	if (argc - optind != 1 || status < 0)
		return cli_usage(&verb_review, "'review' needs a mapping FILE and --status");
	if (status > XW_REVIEW_DRAFT && !reviewer)
		return cli_usage(&verb_review, "a review needs --reviewer NAME");
	if (!all && !f.n_ids && !f.relationship && !f.source_prefix && !f.target_prefix &&
	    !interactive)
		return cli_usage(&verb_review, "select rows: --row, --relationship, --source, "
				 "--target, --all, or --interactive");
	if (interactive && !isatty(STDIN_FILENO))
		return cli_usage(&verb_review, "--interactive needs a terminal");
	xw_error_clear(&e);
	if (xw_native_load(argv[optind], &doc, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	if (doc.kind != XW_DOC_MAPPING) {
		fprintf(stderr, "xwalk: %s: not a mapping set\n", argv[optind]);
		goto out;
	}
	src = cli_framework(cli, doc.mapping->source);
	tgt = src ? cli_framework(cli, doc.mapping->target) : NULL;
	if (!tgt)
		goto out;
	xw_report_section(&r, NULL, (const char *const[]){ "ROW", "STATUS", "REVIEWER", "DATE", NULL });
	for (size_t i = 0; i < doc.mapping->n_rows; i++) {
		struct xw_row *row = doc.mapping->rows[i];
		int answer = 'y';

		if (!xw_row_matches(row, &f))
			continue;
		if (interactive && (answer = confirm(row, status_name)) == 'q')
			break;
		if (answer != 'y')
			continue;
		if (xw_row_review(row, (enum xw_review_status)status, reviewer, date,
				  src, tgt, &e) < 0) {
			xw_error_locate(&e, argv[optind], row->line, row->column);
			cli_print_error(&e);
			goto out;
		}
		xw_report_row(&r, (const char *const[]){ row->id, status_name, reviewer, date });
		marked++;
	}
	if (marked && xw_native_save(&doc, argv[optind], &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	xw_report_text(&r, "%zu row%s marked %s in %s", marked, marked == 1 ? "" : "s",
		       status_name, argv[optind]);
	rc = cli_emit(cli, &r);
out:
	xw_report_clear(&r);
	xw_doc_clear(&doc);
	return rc;
}

const struct verb verb_review = {
	"review",
	"mark mapping rows reviewed or approved, recording text hashes",
	"Mark rows of a mapping set reviewed (or approved, draft, deprecated) with\n"
	"the reviewer and date, storing the text hashes of the items as reviewed so\n"
	"that a later change to them makes lint report the row as stale. The file\n"
	"is rewritten atomically in canonical form, so the change diffs cleanly.\n"
	"  --status S          draft, reviewed, approved or deprecated\n"
	"  --reviewer NAME     who reviewed (required unless --status draft)\n"
	"  --date YYYY-MM-DD   default today (UTC)\n"
	"  --row ID            a row by id; repeatable\n"
	"  --relationship R    rows with this relationship\n"
	"  --source PREFIX, --target PREFIX   rows citing an id with this prefix\n"
	"  --all               every row\n"
	"  --interactive       ask row by row on the terminal (y/n/q)",
	"xwalk review FILE --status S [--reviewer NAME] [--date D] (--row ID... | FILTERS | --all | --interactive)",
	run,
};
