/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>

#include "xwalk/coverage.h"
#include "cli.h"

static void assurance(struct xw_report *r, const struct xw_framework *fw)
{
	for (size_t p = 0; p < fw->n_profiles; p++) {
		const struct xw_profile *pr = fw->profiles[p];
		char n[32] = "not defined";

		if (pr->defined) {
			size_t leaves = 0;
			for (size_t i = 0; i < fw->n_items; i++)
				leaves += xw_item_is_leaf(fw, i) && !fw->items[i]->withdrawn &&
					  xw_item_in_profile(fw->items[i], p);
			snprintf(n, sizeof(n), "%zu", leaves);
		}
		xw_report_row(r, (const char *const[]){ fw->id, pr->id, n,
			pr->assurance ? xw_assurance_name(pr->assurance) : "not stated" });
	}
	if (!fw->n_profiles)
		xw_report_row(r, (const char *const[]){ fw->id, "(none)", "-", "not stated" });
}

/* Leaf items of the covered framework that the other side does not reach at all. */
static size_t unique(struct xw_report *r, const struct xw_coverage *c, long profile,
		     int lang)
{
	const struct xw_framework *fw = c->links.to;
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];

		if (!xw_item_is_leaf(fw, i) || it->withdrawn ||
		    c->status[i] >= XW_COVER_PARTLY ||
		    (profile != (long)XW_NONE && !xw_item_in_profile(it, (size_t)profile)))
			continue;
		xw_report_row(r, (const char *const[]){ fw->id, it->id,
			xw_cover_name(c->status[i]), xw_ltext_get(&it->title, lang) });
		n++;
	}
	return n;
}

static enum xw_assurance strongest(const struct xw_framework *fw)
{
	enum xw_assurance best = XW_ASSURANCE_UNSET;

	for (size_t p = 0; p < fw->n_profiles; p++)
		if (fw->profiles[p]->defined && fw->profiles[p]->assurance > best)
			best = fw->profiles[p]->assurance;
	return best;
}

static void summary(struct xw_report *r, const struct xw_coverage *b_by_a,
		    long profile)
{
	const struct xw_framework *a = b_by_a->links.from, *b = b_by_a->links.to;
	struct xw_coverage_totals t;
	enum xw_assurance need = XW_ASSURANCE_UNSET, have = strongest(a);

	xw_coverage_totals(b_by_a, profile == (long)XW_NONE ? XW_NONE : (size_t)profile, &t);
	if (profile != (long)XW_NONE)
		need = b->profiles[profile]->assurance;
	else
		need = strongest(b);
	xw_report_section(r, "What recognising the one for the other would take", NULL);
	xw_report_text(r, "%s covers %zu of %s's %zu items%s%s fully and %zu partly; "
		       "%zu are not covered and %zu are unknown (no row decides).",
		       a->id, t.n[XW_COVER_FULL], b->id, t.total,
		       profile == (long)XW_NONE ? "" : " in ",
		       profile == (long)XW_NONE ? "" : b->profiles[profile]->id,
		       t.n[XW_COVER_PARTLY], t.n[XW_COVER_NONE], t.n[XW_COVER_UNKNOWN]);
	xw_report_text(r, "To recognise %s for %s: the %zu partly covered items need the "
		       "missing parts shown, and the %zu others need their own evidence.",
		       a->id, b->id, t.n[XW_COVER_PARTLY],
		       t.n[XW_COVER_NONE] + t.n[XW_COVER_UNKNOWN]);
	if (!need || !have)
		xw_report_text(r, "Assurance: not stated for %s; compare the methods by hand.",
			       !need ? b->id : a->id);
	else if (have < need)
		xw_report_text(r, "Assurance: %s is checked by %s, weaker than the %s that %s "
			       "asks for, so its results would need that check as well.",
			       a->id, xw_assurance_name(have), xw_assurance_name(need), b->id);
	else
		xw_report_text(r, "Assurance: %s is checked by %s, at least as strong as the "
			       "%s that %s asks for.", a->id, xw_assurance_name(have),
			       xw_assurance_name(need), b->id);
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "profile", required_argument, NULL, 'p' },
		{ NULL, 0, NULL, 0 },
	};
	const struct xw_framework *a, *b;
	struct xw_report r = XW_REPORT_INIT;
	struct xw_coverage ab, ba;
	const char *profile_id = NULL;
	struct xw_error e;
	long profile;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hp:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_compare);
		if (c != 'p')
			return cli_bad_option(&verb_compare, c, argv);
		profile_id = optarg;
	}
	if (argc - optind != 2)
		return cli_usage(&verb_compare, "'compare' needs A and B");
	a = cli_framework(cli, argv[optind]);
	b = a ? cli_framework(cli, argv[optind + 1]) : NULL;
	if (!b || (profile = cli_profile(b, profile_id)) == -2)
		return EXIT_FAIL;
	cli_need_sets(cli, a->id, b->id);
	if (xw_coverage_compute(&ba, cli->bundled, a, b, &e) < 0 ||
	    xw_coverage_compute(&ab, cli->bundled, b, a, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	xw_report_section(&r, "Levels and how they are assessed", (const char *const[]){
		"FRAMEWORK", "PROFILE", "LEAF ITEMS", "ASSURANCE", NULL });
	assurance(&r, a);
	assurance(&r, b);
	cli_totals_section(&r);
	cli_totals_rows(&r, &ba);
	cli_totals_rows(&r, &ab);
	xw_report_section(&r, "Items the other side does not reach", (const char *const[]){
		"FRAMEWORK", "ITEM", "STATUS", "TITLE", NULL });
	unique(&r, &ba, profile, cli->lang);
	unique(&r, &ab, XW_NONE, cli->lang);
	summary(&r, &ba, profile);
	xw_coverage_clear(&ab);
	xw_coverage_clear(&ba);
	return cli_emit(cli, &r);
}

const struct verb verb_compare = {
	"compare",
	"two schemes side by side for mutual recognition",
	"Compare two schemes for mutual recognition: their levels and how each is\n"
	"assessed, coverage both ways per level, the items the other side does not\n"
	"reach, and what recognising A for B would take.\n"
	"  --profile P   a level of B to compare against (e.g. star3)",
	"xwalk compare [--profile P] A B",
	run,
};
