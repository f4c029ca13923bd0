/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "xwalk/pairs.h"
#include "cli.h"

#define MAX_VIA 8

/* True when a mapping set joins @a and @b in either direction. */
static bool joined(const struct xw_catalog *cat, const char *a, const char *b)
{
	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_mapping *m = cat->docs[i].mapping;
		if (cat->docs[i].kind == XW_DOC_MAPPING &&
		    ((!strcmp(m->source, a) && !strcmp(m->target, b)) ||
		     (!strcmp(m->source, b) && !strcmp(m->target, a))))
			return true;
	}
	return false;
}

/* "equal", "subset-of", ... for a single relation; the set otherwise. */
static const char *verdict(xw_rel rel, char buf[64])
{
	static const enum xw_relationship single[] = {
		XW_REL_EQUAL, XW_REL_SUBSET, XW_REL_SUPERSET, XW_REL_INTERSECTS, XW_REL_NONE,
	};
	char set[32];

	if (!rel)
		return "contradiction";
	for (int i = 0; i < 5; i++)
		if (rel == 1 << i)
			return xw_relationship_name(single[i]);
	snprintf(buf, 64, "undetermined %s", xw_rel_name(rel, set));
	return buf;
}

static void rows_text(const struct xw_pair *p, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < p->n_rows && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "",
					p->rows[i]->id);
}

/* S -> T along @chain (S, via..., T): compose pair maps link by link. */
static int derive(const struct xw_catalog *cat, const struct xw_framework **chain,
		  size_t n, struct xw_pairs *out, struct xw_error *e)
{
	int rc = xw_pairs_direct(out, cat, chain[0], chain[1], e);

	for (size_t i = 1; rc == 0 && i + 1 < n; i++) {
		struct xw_pairs next, composed;

		rc = xw_pairs_direct(&next, cat, chain[i], chain[i + 1], e);
		if (rc == 0)
			rc = xw_pairs_compose(&composed, out, &next, e);
		xw_pairs_clear(&next);
		xw_pairs_clear(out);
		if (rc == 0)
			*out = composed;
	}
	return rc;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "via", required_argument, NULL, 'v' },
		{ "all", no_argument, NULL, 'a' },
		{ NULL, 0, NULL, 0 },
	};
	const struct xw_framework *chain[MAX_VIA + 2];
	const char *via[MAX_VIA];
	struct xw_report r = XW_REPORT_INIT;
	struct xw_pairs pairs;
	struct xw_error e;
	size_t n_via = 0, n = 0;
	bool all = false;
	char title[512];
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hv:a", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_infer);
		if (c == 'a')
			all = true;
		else if (c == 'v' && n_via < MAX_VIA)
			via[n_via++] = optarg;
		else if (c == 'v')
			return cli_usage(&verb_infer, "at most %d --via", MAX_VIA);
		else
			return cli_bad_option(&verb_infer, c, argv);
	}
	if (argc - optind != 2)
		return cli_usage(&verb_infer, "'infer' needs SRC and TGT");
	chain[n++] = cli_framework(cli, argv[optind]);
	for (size_t i = 0; i < n_via && chain[n - 1]; i++)
		chain[n++] = cli_framework(cli, via[i]);
	if (!chain[n - 1] || !(chain[n] = cli_framework(cli, argv[optind + 1])))
		return EXIT_FAIL;
	n++;
	for (size_t i = 0; i + 1 < n; i++)
		cli_need_sets(cli, chain[i]->id, chain[i + 1]->id);
	for (size_t i = 0; i + 1 < n; i++)
		if (!joined(cli->bundled, chain[i]->id, chain[i + 1]->id)) {
			fprintf(stderr, "xwalk: no mapping set joins %s and %s\n",
				chain[i]->id, chain[i + 1]->id);
			return EXIT_FAIL;
		}
	if (derive(cli->bundled, chain, n, &pairs, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	xw_pairs_sort(&pairs);
	snprintf(title, sizeof(title), "%s -> %s", chain[0]->id, chain[n - 1]->id);
	for (size_t i = 1; i + 1 < n; i++)
		snprintf(title + strlen(title), sizeof(title) - strlen(title), " via %s",
			 chain[i]->id);
	xw_report_section(&r, title, (const char *const[]){
		"SOURCE", "TARGET", "RELATIONSHIP", "VIA", "ROWS", NULL });
	for (size_t i = 0; i < pairs.n; i++) {
		const struct xw_pair *p = &pairs.v[i];
		char word[64], rows[1024];

		/* a mask holding DR says nothing definite unless asked for */
		if (!all && p->rel != XW_R_DR && (p->rel & XW_R_DR))
			continue;
		rows_text(p, rows, sizeof(rows));
		xw_report_row(&r, (const char *const[]){
			chain[0]->items[p->a]->id, chain[n - 1]->items[p->b]->id,
			verdict(p->rel, word),
			p->via == XW_NONE ? "" : chain[n - 2]->items[p->via]->id, rows });
	}
	xw_report_text(&r, "Pairs not listed: nothing follows from the mappings%s.",
		       all ? "" : " (or only a possibility of no relationship; --all lists those)");
	xw_pairs_clear(&pairs);
	return cli_emit(cli, &r);
}

const struct verb verb_infer = {
	"infer",
	"derive relations through a chain of mapping sets",
	"Derive what the mapping sets imply between two frameworks through a\n"
	"chain of others: SRC -> VIA... -> TGT, composing relations exactly\n"
	"(RCC-5), each derived pair with the rows it rests on. A pair whose\n"
	"relation is not one of the five is shown as undetermined.\n"
	"  --via FW   an intermediate framework, in order; repeatable\n"
	"  --all      also list pairs whose only knowledge is 'maybe unrelated'",
	"xwalk infer [--via FW]... [--all] SRC TGT",
	run,
};
