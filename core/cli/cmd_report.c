/* SPDX-License-Identifier: MIT */
/*
 * The cross-reference report: everything a reader of one framework's
 * mapping onto another needs in one document, laid out as tables that
 * writer plugins (xlsx, html) turn into sheets and heatmaps. The kinds
 * and their columns are documented in docs/engine.md.
 */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/coverage.h"
#include "xwalk/gap.h"
#include "cli.h"

#define MAX_ASSESSMENTS 16

static bool in_scope(const struct xw_framework *fw, size_t i, long profile)
{
	return xw_item_is_leaf(fw, i) && !fw->items[i]->withdrawn &&
	       (profile == (long)XW_NONE || xw_item_in_profile(fw->items[i], (size_t)profile));
}

static bool between(const struct xw_mapping *m, const struct xw_framework *a,
		    const struct xw_framework *b)
{
	return (strcmp(m->source, a->id) == 0 && strcmp(m->target, b->id) == 0) ||
	       (strcmp(m->source, b->id) == 0 && strcmp(m->target, a->id) == 0);
}

static void sets(struct xw_report *r, const struct xw_catalog *cat,
		 const struct xw_framework *a, const struct xw_framework *b, int lang)
{
	xw_report_section(r, "Mapping sets", (const char *const[]){
		"SET", "SOURCE", "TARGET", "STATUS", "METHOD", "ROWS", "TITLE", NULL });
	xw_report_kind(r, "sets");
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;
		char n[32];

		if (cat->docs[i].kind != XW_DOC_MAPPING || !between(m, a, b))
			continue;
		snprintf(n, sizeof(n), "%zu", m->n_rows);
		xw_report_row(r, (const char *const[]){
			m->id, m->source, m->target, xw_review_name(m->status),
			xw_method_name(m->method), n, xw_ltext_get(&m->title, lang) });
	}
}

static void join(const struct xw_strlist *l, const char *sep, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < l->n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? sep : "", l->v[i]);
}

static void rows(struct xw_report *r, const struct xw_catalog *cat,
		 const struct xw_framework *a, const struct xw_framework *b)
{
	xw_report_section(r, "Mapping rows", (const char *const[]){
		"SET", "ROW", "SOURCES", "TARGETS", "RELATIONSHIP", "STRENGTH",
		"RATIONALE", "JUSTIFICATION", "CONDITIONS", "REVIEW", "REVIEWER",
		"REVIEW DATE", NULL });
	xw_report_kind(r, "rows");
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;

		if (cat->docs[i].kind != XW_DOC_MAPPING || !between(m, a, b))
			continue;
		for (size_t k = 0; k < m->n_rows; k++) {
			const struct xw_row *w = m->rows[k];
			char src[1024], tgt[1024], cond[2048], strength[8] = "";

			join(&w->sources, " ", src, sizeof(src));
			join(&w->targets, " ", tgt, sizeof(tgt));
			join(&w->conditions, "; ", cond, sizeof(cond));
			if (w->strength != XW_STRENGTH_NONE)
				snprintf(strength, sizeof(strength), "%d", w->strength);
			xw_report_row(r, (const char *const[]){
				m->id, w->id, src, tgt, xw_relationship_name(w->relationship),
				strength, xw_rationale_name(w->rationale), w->justification,
				cond, xw_review_name(w->review), w->reviewer, w->review_date });
		}
	}
}

/* The items of @fw with both languages side by side (kind "items"). */
static void items(struct xw_report *r, const struct xw_framework *fw)
{
	char title[256];

	snprintf(title, sizeof(title), "Items of %s", fw->id);
	xw_report_section(r, title, (const char *const[]){
		"FRAMEWORK", "ITEM", "PARENT", "LEAF", "PROFILES", "TITLE (ja)",
		"TITLE (en)", NULL });
	xw_report_kind(r, "items");
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];
		char lv[128];

		if (it->withdrawn)
			continue;
		cli_levels(fw, it, lv, sizeof(lv));
		xw_report_row(r, (const char *const[]){
			fw->id, it->id, it->parent_id, xw_item_is_leaf(fw, i) ? "yes" : "no",
			lv, it->title.s[XW_LANG_JA], it->title.s[XW_LANG_EN] });
	}
}

/*
 * Source items x target leaves. A cell is the best coverage any link
 * from a row citing that source gives the target, "(jointly)" when that
 * row needs other sources too; the "links" section holds every link
 * behind the cells, with its row and how it was derived.
 */
static int matrix(struct xw_report *r, const struct xw_coverage *c, long profile)
{
	const struct xw_framework *src = c->links.from, *tgt = c->links.to;
	size_t n_cols = 0, *col = malloc(tgt->n_items * sizeof(*col));
	signed char *cell;
	const char **head;
	char (*text)[32];

	if (!col)
		return XW_ENOMEM;
	for (size_t t = 0; t < tgt->n_items; t++)
		col[t] = in_scope(tgt, t, profile) ? n_cols++ : XW_NONE;
	cell = malloc(src->n_items * (n_cols ? n_cols : 1));
	head = calloc(n_cols + 2, sizeof(*head));
	text = calloc(n_cols + 1, sizeof(*text));
	if (!cell || !head || !text) {
		free(col);
		free(cell);
		free(head);
		free(text);
		return XW_ENOMEM;
	}
	memset(cell, -1, src->n_items * (n_cols ? n_cols : 1));
	head[0] = "ITEM";
	for (size_t t = 0; t < tgt->n_items; t++)
		if (col[t] != XW_NONE)
			head[1 + col[t]] = tgt->items[t]->id;
	for (size_t k = 0; k < c->links.n; k++) {
		const struct xw_link *l = &c->links.v[k];
		/* a sole source outranks a joint one of the same coverage */
		signed char cover = (signed char)(2 * xw_cover_of(l->rel) + (l->from->n == 1));

		if (col[l->item] == XW_NONE)
			continue;
		for (size_t f = 0; f < l->from->n; f++) {
			size_t s = xw_framework_find(src, l->from->v[f]);
			signed char *v = s == XW_NONE ? NULL : &cell[s * n_cols + col[l->item]];

			if (v && cover > *v)
				*v = cover;
		}
	}
	xw_report_section(r, "Matrix", head);
	xw_report_kind(r, "matrix");
	for (size_t s = 0; s < src->n_items; s++) {
		bool any = false;

		for (size_t t = 0; t < n_cols && !any; t++)
			any = cell[s * n_cols + t] >= 0;
		if (!any)
			continue;
		for (size_t t = 0; t < n_cols; t++) {
			signed char v = cell[s * n_cols + t];

			text[t][0] = '\0';
			if (v >= 0)
				snprintf(text[t], sizeof(text[t]), "%s%s",
					 xw_cover_name((enum xw_cover)(v / 2)),
					 v % 2 ? "" : " (jointly)");
			head[1 + t] = text[t];
		}
		head[0] = src->items[s]->id;
		xw_report_row(r, head);
	}
	free(col);
	free(cell);
	free(head);
	free(text);
	return 0;
}

/* How a link follows from its row: directly, or through the hierarchy. */
static void via(const struct xw_link *l, const struct xw_framework *to,
		char *buf, size_t size)
{
	const struct xw_strlist *listed = l->reversed ? &l->row->sources : &l->row->targets;
	const char *id = to->items[l->item]->id;

	buf[0] = '\0';
	for (size_t i = 0; i < listed->n; i++)
		if (strcmp(listed->v[i], id) == 0)
			return;
	if (listed->n)
		snprintf(buf, size, "%s lies under %s", id, listed->v[0]);
	else
		snprintf(buf, size, "gap row: nothing in %s relates", l->set->source);
}

static void links(struct xw_report *r, const struct xw_coverage *c, long profile)
{
	const struct xw_framework *to = c->links.to;

	xw_report_section(r, "Links behind the matrix", (const char *const[]){
		"SOURCE", "TARGET", "RELATION", "COVERAGE", "SET", "ROW",
		"REVERSED", "VIA", NULL });
	xw_report_kind(r, "links");
	for (size_t k = 0; k < c->links.n; k++) {
		const struct xw_link *l = &c->links.v[k];
		char src[1024], rel[32], how[512];

		if (!in_scope(to, l->item, profile))
			continue;
		join(l->from, " ", src, sizeof(src));
		via(l, to, how, sizeof(how));
		xw_report_row(r, (const char *const[]){
			src, to->items[l->item]->id, xw_rel_name(l->rel, rel),
			xw_cover_name(xw_cover_of(l->rel)), l->set->id, l->row->id,
			l->reversed ? "yes" : "no", how });
	}
}

static void meta(struct xw_report *r, const struct cli *cli,
		 const struct xw_framework *src, const struct xw_framework *tgt,
		 const char *profile_id, const char *today)
{
	char title[256];

	snprintf(title, sizeof(title), "%s → %s", src->id, tgt->id);
	xw_report_meta(r, "title", title);
	xw_report_meta(r, "source", src->id);
	xw_report_meta(r, "target", tgt->id);
	xw_report_meta(r, "date", today);
	if (profile_id)
		xw_report_meta(r, "profile", profile_id);
}

/* The reuse report's tables for the --assessment files. */
static int reuse(struct cli *cli, struct xw_report *r, const char *const *files,
		 size_t n, const struct xw_framework *target, long profile,
		 const char *today)
{
	const struct xw_assessment *as[MAX_ASSESSMENTS];
	struct xw_doc docs[MAX_ASSESSMENTS] = { 0 };
	size_t loaded = 0;
	struct xw_error e;
	struct xw_gap g;
	int rc = -1;

	if (cli_read_assessments(cli, files, n, target, docs, as, &loaded) < 0)
		goto out;
	if (xw_gap_compute(&g, cli->bundled, as, n, target, today, &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	cli_gap_sections(r, &g, as, n, profile, cli->lang, today);
	xw_gap_clear(&g);
	rc = 0;
out:
	for (size_t i = 0; i < loaded; i++)
		xw_doc_clear(&docs[i]);
	return rc;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "target", required_argument, NULL, 't' },
		{ "profile", required_argument, NULL, 'p' },
		{ "assessment", required_argument, NULL, 'a' },
		{ "date", required_argument, NULL, 'd' },
		{ NULL, 0, NULL, 0 },
	};
	const char *files[MAX_ASSESSMENTS], *target_id = "scs-2026", *profile_id = NULL;
	const struct xw_framework *src, *tgt;
	struct xw_report r = XW_REPORT_INIT;
	struct xw_coverage fwd, rev;
	size_t n = 0;
	char today[11];
	struct xw_error e;
	long profile;
	int c;

	cli_today(today);
	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":ht:p:a:d:", opts, NULL)) != -1) {
		switch (c) {
		case 'h': return cli_help(&verb_report);
		case 't': target_id = optarg; break;
		case 'p': profile_id = optarg; break;
		case 'a':
			if (n == MAX_ASSESSMENTS)
				return cli_usage(&verb_report, "at most %d --assessment files",
						 MAX_ASSESSMENTS);
			files[n++] = optarg;
			break;
		case 'd':
			if (!xw_date_valid(optarg))
				return cli_usage(&verb_report, "--date takes YYYY-MM-DD, not '%s'", optarg);
			snprintf(today, sizeof(today), "%s", optarg);
			break;
		default: return cli_bad_option(&verb_report, c, argv);
		}
	}
	if (argc - optind != 1)
		return cli_usage(&verb_report, "'report' needs one SRC framework");
	src = cli_framework(cli, argv[optind]);
	tgt = src ? cli_framework(cli, target_id) : NULL;
	if (!tgt)
		return EXIT_FAIL;
	profile = cli_profile(tgt, profile_id);
	if (profile == -2)
		return EXIT_FAIL;
	cli_need_sets(cli, src->id, tgt->id);
	xw_error_clear(&e);
	if (xw_coverage_compute(&fwd, cli->bundled, src, tgt, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	if (xw_coverage_compute(&rev, cli->bundled, tgt, src, &e) < 0) {
		xw_coverage_clear(&fwd);
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	meta(&r, cli, src, tgt, profile_id, today);
	sets(&r, cli->bundled, src, tgt, cli->lang);
	cli_totals_section(&r);
	cli_totals_rows(&r, &fwd);
	cli_totals_rows(&r, &rev);
	cli_coverage_section(&r, &fwd, profile, cli->lang);
	if (matrix(&r, &fwd, profile) < 0)
		r.failed = true;
	links(&r, &fwd, profile);
	rows(&r, cli->bundled, src, tgt);
	items(&r, src);
	items(&r, tgt);
	xw_coverage_clear(&fwd);
	xw_coverage_clear(&rev);
	if (n && reuse(cli, &r, files, n, tgt, profile, today) < 0) {
		xw_report_clear(&r);
		return EXIT_FAIL;
	}
	return cli_emit(cli, &r);
}

const struct verb verb_report = {
	"report",
	"cross-reference report of SRC onto a target, for Excel or HTML",
	"Everything about SRC's mapping onto the target (default scs-2026) in\n"
	"one report: the mapping sets, coverage totals both ways, coverage per\n"
	"target item, a matrix of SRC items x target items, the links and rows\n"
	"behind it, both frameworks' items in Japanese and English and, with\n"
	"--assessment, the reuse checklist of 'xwalk gap'. Meant for\n"
	"--format xlsx or --format html with --output FILE; the built-in\n"
	"formats print the same tables.\n"
	"  --target FW        the framework mapped onto (default scs-2026)\n"
	"  --profile P        only target items in profile P (e.g. star4)\n"
	"  --assessment FILE  results on SRC or another framework; repeatable\n"
	"  --date YYYY-MM-DD  report date (default today, UTC)",
	"xwalk report SRC [--target FW] [--profile P] [--assessment FILE]... [--date D]",
	run,
};
