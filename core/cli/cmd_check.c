/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/lint.h"
#include "xwalk/pairs.h"
#include "xwalk/paths.h"
#include "cli.h"

struct checker {
	struct cli *cli;
	const struct xw_catalog *cat;
	struct xw_report report;
	size_t found;
	struct xw_strlist seen;   /* row sets already reported, as keys */
};

static int by_id(const void *a, const void *b)
{
	return strcmp((*(const struct xw_row *const *)a)->id,
		      (*(const struct xw_row *const *)b)->id);
}

/*
 * One contradiction is a cycle of rows; seen from each of its edges it
 * would be reported again. The sorted ids of all its rows name it once.
 */
static bool already_seen(struct checker *k, const struct xw_pair *d,
			 const struct xw_pair *c)
{
	const struct xw_row *rows[64];
	char key[2048] = "";
	size_t n = 0, len = 0;

	for (size_t i = 0; i < d->n_rows && n < 64; i++)
		rows[n++] = d->rows[i];
	for (size_t i = 0; c && i < c->n_rows && n < 64; i++)
		rows[n++] = c->rows[i];
	qsort(rows, n, sizeof(*rows), by_id);
	for (size_t i = 0; i < n && len < sizeof(key); i++)
		if (!i || rows[i] != rows[i - 1])
			len += (size_t)snprintf(key + len, sizeof(key) - len, "%s ", rows[i]->id);
	if (xw_strlist_find(&k->seen, key) >= 0)
		return true;
	/* not kept, it could be found again: the report is lost instead */
	if (xw_strlist_add(&k->seen, key, NULL) < 0)
		k->report.failed = true;
	return false;
}

static void row_list(const struct xw_pair *p, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < p->n_rows && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s (%s)", i ? ", " : "",
					p->rows[i]->id,
					xw_relationship_name(p->rows[i]->relationship));
}

static void finding(struct checker *k, const char *kind,
		    const struct xw_framework *fa, const struct xw_framework *fb,
		    size_t a, size_t b, const char *direct, const char *chain)
{
	char pair[256];

	snprintf(pair, sizeof(pair), "%s:%s -> %s:%s", fa->id, fa->items[a]->id,
		 fb->id, fb->items[b]->id);
	xw_report_row(&k->report, (const char *const[]){ kind, pair, direct, chain });
	k->found++;
}

/* True when a mapping set goes from framework @i to framework @j. */
static bool maps(const struct xw_catalog *cat, size_t i, size_t j)
{
	const char *a = cat->docs[i].framework->id, *b = cat->docs[j].framework->id;

	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;
		if (cat->docs[d].kind == XW_DOC_MAPPING &&
		    !strcmp(m->source, a) && !strcmp(m->target, b))
			return true;
	}
	return false;
}

static bool joined(const struct xw_catalog *cat, size_t i, size_t j)
{
	return maps(cat, i, j) || maps(cat, j, i);
}

/* Direct rows that contradict each other about the same pair. */
static int conflicts(struct checker *k, size_t i, size_t j)
{
	const struct xw_framework *fa = k->cat->docs[i].framework;
	const struct xw_framework *fb = k->cat->docs[j].framework;
	struct xw_pairs p;
	struct xw_error e;

	if (xw_pairs_direct(&p, k->cat, fa, fb, &e) < 0) {
		cli_print_error(&e);
		return -1;
	}
	for (size_t c = 0; c < p.n_conflicts; c++) {
		char rows[1024];
		row_list(&p.conflicts[c], rows, sizeof(rows));
		finding(k, "conflicting rows", fa, fb, p.conflicts[c].a,
			p.conflicts[c].b, rows, "");
	}
	xw_pairs_clear(&p);
	return 0;
}

/* Direct (a, c) against (a, b) then (b, c) through framework @m. */
static int triangle(struct checker *k, size_t i, size_t m, size_t j)
{
	const struct xw_framework *fa = k->cat->docs[i].framework;
	const struct xw_framework *fm = k->cat->docs[m].framework;
	const struct xw_framework *fc = k->cat->docs[j].framework;
	struct xw_pairs ac, am, mc, chain;
	struct xw_error e;
	int rc;

	rc = xw_pairs_direct(&ac, k->cat, fa, fc, &e);
	if (rc == 0 && (rc = xw_pairs_direct(&am, k->cat, fa, fm, &e)) < 0)
		xw_pairs_clear(&ac);
	if (rc == 0 && (rc = xw_pairs_direct(&mc, k->cat, fm, fc, &e)) < 0) {
		xw_pairs_clear(&ac);
		xw_pairs_clear(&am);
	}
	if (rc == 0) {
		rc = xw_pairs_compose(&chain, &am, &mc, &e);
		xw_pairs_clear(&am);
		xw_pairs_clear(&mc);
		if (rc < 0)
			xw_pairs_clear(&ac);
	}
	if (rc < 0) {
		cli_print_error(&e);
		return rc;
	}
	xw_pairs_sort(&ac);
	for (size_t n = 0; n < ac.n; n++) {
		const struct xw_pair *d = &ac.v[n], *c = xw_pairs_get(&chain, d->a, d->b);
		char direct[1024], via[1200], rows[1024], set[32];

		if (!c || (c->rel & d->rel) || already_seen(k, d, c))
			continue;
		row_list(d, direct, sizeof(direct));
		row_list(c, rows, sizeof(rows));
		snprintf(via, sizeof(via), "via %s:%s says %s: %s", fm->id,
			 fm->items[c->via]->id, xw_rel_name(c->rel, set), rows);
		finding(k, "contradiction", fa, fc, d->a, d->b, direct, via);
	}
	xw_pairs_clear(&ac);
	xw_pairs_clear(&chain);
	return 0;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct checker k = { cli, NULL, XW_REPORT_INIT, 0, { NULL, 0 } };
	struct xw_catalog *extra = NULL;
	size_t lint_errors;
	struct xw_error e;
	int c, rc;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_check);
		return cli_bad_option(&verb_check, c, argv);
	}
	if (optind < argc) {
		/* the named files, checked with the bundled frameworks */
		const char *dirs[16];
		size_t n = xw_data_dirs(dirs, 16);

		if (xw_catalog_new(&extra, &e) < 0) {
			cli_print_error(&e);
			return EXIT_FAIL;
		}
		for (size_t i = 0; i < n; i++) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/frameworks", dirs[i]);
			xw_catalog_load_path(extra, NULL, path, cli_report, cli);
		}
		for (int i = optind; i < argc; i++)
			xw_catalog_load_path(extra, cli_registry(cli), argv[i], cli_report, cli);
		k.cat = extra;
	} else {
		k.cat = cli_all(cli);
	}
	if (k.cat)
		xw_lint(k.cat, NULL, cli_report, cli);
	lint_errors = cli->errors;
	xw_report_section(&k.report, "Consistency of the mapping sets", (const char *const[]){
		"FINDING", "PAIR", "DIRECT ROWS", "CHAIN", NULL });
	for (size_t i = 0; k.cat && i < k.cat->n_docs; i++)
		for (size_t j = 0; j < k.cat->n_docs; j++) {
			/* direct rows are read as written: from a set's source to its target */
			if (i == j || k.cat->docs[i].kind != XW_DOC_FRAMEWORK ||
			    k.cat->docs[j].kind != XW_DOC_FRAMEWORK || !maps(k.cat, i, j))
				continue;
			if (conflicts(&k, i, j) < 0)
				goto fail;
			for (size_t m = 0; m < k.cat->n_docs; m++)
				if (m != i && m != j && k.cat->docs[m].kind == XW_DOC_FRAMEWORK &&
				    joined(k.cat, i, m) && joined(k.cat, m, j) &&
				    triangle(&k, i, m, j) < 0)
					goto fail;
		}
	xw_report_text(&k.report, "%zu finding%s; %zu lint problem%s.", k.found,
		       k.found == 1 ? "" : "s", lint_errors, lint_errors == 1 ? "" : "s");
	xw_catalog_free(extra);
	xw_strlist_clear(&k.seen);
	rc = cli_emit(cli, &k.report);
	return rc == EXIT_OK && (k.found || lint_errors) ? EXIT_FAIL : rc;
fail:
	xw_strlist_clear(&k.seen);
	xw_report_clear(&k.report);
	xw_catalog_free(extra);
	return EXIT_FAIL;
}

const struct verb verb_check = {
	"check",
	"contradictions between and within mapping sets",
	"Check the mapping sets for consistency: rows that contradict each other\n"
	"about the same pair of items (also through the hierarchy: a row on a\n"
	"requirement against a row on one of its criteria), and direct rows that\n"
	"contradict what a chain through a third framework implies, with both\n"
	"derivations. Lint problems (unknown ids, duplicate rows) come first.\n"
	"With PATHs: those files together with the bundled frameworks.",
	"xwalk check [PATH...]",
	run,
};
