/* SPDX-License-Identifier: MIT */
/*
 * The maintainers' view of the mapping sets: how far each is reviewed,
 * which rows went stale when a framework was revised, which rows lack a
 * justification, and how much of the target each set decides.
 */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "xwalk/coverage.h"
#include "xwalk/review.h"
#include "cli.h"

struct tally {
	size_t review[XW_REVIEW_COUNT];
	size_t stale;
	size_t unjustified;
};

static void count(const struct xw_mapping *m, const struct xw_framework *src,
		  const struct xw_framework *tgt, struct tally *t)
{
	memset(t, 0, sizeof(*t));
	for (size_t i = 0; i < m->n_rows; i++) {
		const struct xw_row *r = m->rows[i];

		t->review[r->review]++;
		t->stale += xw_row_changed_items(r, src, tgt) > 0;
		t->unjustified += !r->justification || !*r->justification;
	}
}

static void review_row(struct xw_report *r, const struct xw_mapping *m,
		       const struct tally *t)
{
	char n[7][24];

	snprintf(n[0], 24, "%zu", m->n_rows);
	for (int s = 0; s < XW_REVIEW_COUNT; s++)
		snprintf(n[1 + s], 24, "%zu", t->review[s]);
	snprintf(n[5], 24, "%zu", t->stale);
	snprintf(n[6], 24, "%zu", t->unjustified);
	xw_report_row(r, (const char *const[]){
		m->id, xw_review_name(m->status), n[0], n[1], n[2], n[3], n[4],
		n[5], n[6], m->comprehensive ? "yes" : "no" });
}

/* Per profile of the target: how many of its leaves some row decides. */
static void completeness_rows(struct xw_report *r, const struct xw_mapping *m,
			      const struct xw_coverage *c, long profile)
{
	const struct xw_framework *to = c->links.to;

	for (size_t p = 0; p <= to->n_profiles; p++) {
		size_t pid = p < to->n_profiles ? p : XW_NONE;
		struct xw_coverage_totals t;
		char n[4][24];

		if ((pid != XW_NONE && !to->profiles[p]->defined) ||
		    (profile != (long)XW_NONE && pid != (size_t)profile))
			continue;
		xw_coverage_totals(c, pid, &t);
		snprintf(n[0], 24, "%zu", t.total);
		snprintf(n[1], 24, "%zu", t.total - t.n[XW_COVER_UNKNOWN]);
		snprintf(n[2], 24, "%zu", t.n[XW_COVER_UNKNOWN]);
		snprintf(n[3], 24, "%.0f%%",
			 t.total ? 100.0 * (double)(t.total - t.n[XW_COVER_UNKNOWN]) / (double)t.total
				 : 0.0);
		xw_report_row(r, (const char *const[]){
			m->id, m->target, pid == XW_NONE ? "(all)" : to->profiles[p]->id,
			n[0], n[1], n[2], n[3] });
	}
}

static void review_section(struct xw_report *r, const struct xw_catalog *cat)
{
	size_t stale = 0, sets = 0;

	xw_report_section(r, "Review and validity", (const char *const[]){
		"SET", "STATUS", "ROWS", "DRAFT", "REVIEWED", "APPROVED", "DEPRECATED",
		"STALE", "NO JUSTIFICATION", "COMPREHENSIVE", NULL });
	xw_report_kind(r, "status");
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;
		struct tally t;

		if (cat->docs[i].kind != XW_DOC_MAPPING)
			continue;
		count(m, xw_catalog_framework(cat, m->source),
		      xw_catalog_framework(cat, m->target), &t);
		review_row(r, m, &t);
		stale += t.stale;
		sets++;
	}
	xw_report_text(r, "Mapping sets: %zu. Stale rows (reviewed against text that has "
		       "changed since; 'xwalk lint' names the items): %zu.", sets, stale);
}

static int completeness_section(struct xw_report *r, const struct xw_catalog *cat,
				const char *profile_id)
{
	size_t matched = 0;

	xw_report_section(r, "Completeness (target leaf items some row decides)",
			  (const char *const[]){ "SET", "TARGET", "PROFILE", "ITEMS",
						 "DECIDED", "UNKNOWN", "SHARE", NULL });
	xw_report_kind(r, "completeness");
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;
		const struct xw_framework *src, *tgt;
		struct xw_coverage cov;
		struct xw_error e;
		long profile = (long)XW_NONE;

		if (cat->docs[i].kind != XW_DOC_MAPPING)
			continue;
		src = xw_catalog_framework(cat, m->source);
		tgt = xw_catalog_framework(cat, m->target);
		if (!src || !tgt)
			continue;       /* lint reports the missing framework */
		if (profile_id) {
			profile = (long)xw_framework_profile(tgt, profile_id);
			if (profile == (long)XW_NONE)
				continue;   /* the profile is another framework's */
			matched++;
		}
		if (xw_coverage_compute(&cov, cat, src, tgt, &e) < 0) {
			cli_print_error(&e);
			return -1;
		}
		completeness_rows(r, m, &cov, profile);
		xw_coverage_clear(&cov);
	}
	if (profile_id && !matched) {
		fprintf(stderr, "xwalk: no mapping set's target has a profile '%s'\n", profile_id);
		return -1;
	}
	xw_report_text(r, "Consistency between the sets is 'xwalk check'.");
	return 0;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "profile", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	const char *profile_id = NULL;
	const struct xw_catalog *cat;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hp:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_status);
		if (c == 'p')
			profile_id = optarg;
		else
			return cli_bad_option(&verb_status, c, argv);
	}
	if (optind != argc)
		return cli_usage(&verb_status, "'status' takes no operands");
	cat = cli_all(cli);
	if (!cat)
		return EXIT_FAIL;
	review_section(&r, cat);
	if (completeness_section(&r, cat, profile_id) < 0) {
		xw_report_clear(&r);
		return EXIT_FAIL;
	}
	return cli_emit(cli, &r);
}

const struct verb verb_status = {
	"status",
	"maintainers' view: review state, stale rows, completeness per set",
	"For each bundled mapping set: its status, its rows by review state\n"
	"(draft, reviewed, approved, deprecated), rows gone stale since their\n"
	"review (a cited item's text changed), rows without a justification,\n"
	"and, per profile of its target, how many target leaf items some row\n"
	"decides (covered, partly or not) and how many are unknown. Consistency\n"
	"between sets is 'xwalk check'.\n"
	"  --profile P   completeness only for profile P of the targets that have it",
	"xwalk status [--profile P]",
	run,
};
