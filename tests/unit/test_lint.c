/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "xwalk/catalog.h"
#include "xwalk/lint.h"

#define MAX_PROBLEMS 16

struct problems {
	size_t n;
	struct xw_error v[MAX_PROBLEMS];
};

static void collect(void *ctx, const struct xw_error *e)
{
	struct problems *p = ctx;

	if (p->n < MAX_PROBLEMS)
		p->v[p->n] = *e;
	p->n++;
}

static void dump(const struct problems *p)
{
	char line[4096];

	for (size_t i = 0; i < p->n && i < MAX_PROBLEMS; i++) {
		xw_error_format(&p->v[i], line, sizeof(line));
		cr_log_info("problem %zu: %s", i, line);
	}
}

/* A catalog of the two lint frameworks (the context). */
static struct xw_catalog *frameworks(void)
{
	struct xw_catalog *cat;
	struct problems load = { 0 };
	struct xw_error e;
	char path[4096];

	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	cr_assert_eq(xw_catalog_load_path(cat, NULL, data_path(path, sizeof(path), "lint/src.yaml"),
					  collect, &load), 0);
	cr_assert_eq(xw_catalog_load_path(cat, NULL, data_path(path, sizeof(path), "lint/tgt.yaml"),
					  collect, &load), 0);
	dump(&load);
	cr_assert_eq(load.n, 0);
	cr_assert_eq(cat->n_docs, 2);
	return cat;
}

/* Lints data/lint/@name against the lint frameworks; fills @p, returns the count. */
static size_t lint_file(const char *name, struct problems *p, char *path, size_t size)
{
	struct xw_catalog *ctx = frameworks(), *cat;
	struct problems load = { 0 };
	struct xw_error e;
	char rel[256];
	size_t n;

	snprintf(rel, sizeof(rel), "lint/%s", name);
	data_path(path, size, rel);
	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	cr_assert_eq(xw_catalog_load_path(cat, NULL, path, collect, &load), 0);
	dump(&load);
	cr_assert_eq(cat->n_docs, 1);
	memset(p, 0, sizeof(*p));
	n = xw_lint(cat, ctx, collect, p);
	dump(p);
	cr_assert_eq(n, p->n, "xw_lint returned %zu but reported %zu", n, p->n);
	xw_catalog_free(cat);
	xw_catalog_free(ctx);
	return n;
}

static void one_problem(const char *name, unsigned line, const char *msg1,
			const char *msg2)
{
	struct problems p;
	char path[4096];

	cr_assert_eq(lint_file(name, &p, path, sizeof(path)), 1,
		     "%s: expected exactly one problem", name);
	cr_assert_str_eq(p.v[0].file, path);
	cr_assert_eq(p.v[0].line, line, "%s: line %u, expected %u (%s)", name,
		     p.v[0].line, line, p.v[0].message);
	assert_has(p.v[0].message, msg1);
	if (msg2)
		assert_has(p.v[0].message, msg2);
}

Test(lint, clean_set_has_no_problems)
{
	struct problems p;
	char path[4096];

	cr_assert_eq(lint_file("clean.yaml", &p, path, sizeof(path)), 0);
}

Test(lint, unknown_item)
{
	one_problem("unknown-item.yaml", 14, "row 'r2' cites 'S-9'", "not an item of lint-src");
}

Test(lint, withdrawn_item)
{
	one_problem("withdrawn.yaml", 19, "row 'r3' cites 'S-3'", "withdrawn");
}

Test(lint, duplicate_row_pair_in_another_order)
{
	one_problem("duplicate-pair.yaml", 19, "row 'r3' maps the same items as row 'r1'",
		    "line 9");
}

Test(lint, unknown_framework)
{
	one_problem("unknown-framework.yaml", 1, "unknown target framework 'no-such-framework'",
		    NULL);
}

Test(lint, version_mismatch)
{
	one_problem("version-mismatch.yaml", 1, "version '3'", "version '2'");
}

Test(lint, comprehensive_set_missing_target_items)
{
	one_problem("not-comprehensive.yaml", 1, "comprehensive", "1 target items have no row (first: 'T-2-2')");
}

Test(lint, assessment_citing_withdrawn_and_unknown_items)
{
	struct problems p;
	char path[4096];

	cr_assert_eq(lint_file("assessment.yaml", &p, path, sizeof(path)), 2);
	cr_assert_eq(p.v[0].line, 6);
	assert_has(p.v[0].message, "'S-3'");
	assert_has(p.v[0].message, "withdrawn");
	cr_assert_eq(p.v[1].line, 8);
	assert_has(p.v[1].message, "'S-7', which is not an item of lint-src");
}

Test(lint, assessment_on_an_unknown_framework)
{
	one_problem("assessment-unknown-framework.yaml", 1, "unknown framework 'lint-nowhere'",
		    NULL);
}

/* Frameworks loaded in the same catalog as the set count too. */
Test(lint, frameworks_in_the_same_catalog)
{
	struct xw_catalog *cat = frameworks();
	struct problems p = { 0 };
	char path[4096];

	cr_assert_eq(xw_catalog_load_path(cat, NULL, data_path(path, sizeof(path), "lint/withdrawn.yaml"),
					  collect, &p), 0);
	cr_assert_eq(xw_lint(cat, NULL, collect, &p), 1);
	assert_has(p.v[0].message, "'S-3'");
	xw_catalog_free(cat);
}

Test(lint, without_frameworks_every_set_names_both_ends_once)
{
	struct xw_catalog *cat;
	struct problems p = { 0 };
	struct xw_error e;
	char path[4096];

	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	cr_assert_eq(xw_catalog_load_path(cat, NULL, data_path(path, sizeof(path), "lint/clean.yaml"),
					  collect, &p), 0);
	cr_assert_eq(xw_lint(cat, NULL, collect, &p), 2);
	assert_has(p.v[0].message, "unknown source framework 'lint-src'");
	assert_has(p.v[1].message, "unknown target framework 'lint-tgt'");
	xw_catalog_free(cat);
}

/* --- the catalog itself --------------------------------------------------------- */

Test(lint, catalog_loads_a_folder_in_name_order_and_reports_failures)
{
	struct xw_catalog *cat;
	struct problems p = { 0 };
	struct xw_error e;
	char dir[4096], a[4200], b[4200], c[4200];

	make_tmpdir(dir);
	snprintf(a, sizeof(a), "%s/b-good.yaml", dir);
	snprintf(b, sizeof(b), "%s/a-bad.yaml", dir);
	snprintf(c, sizeof(c), "%s/ignored.txt", dir);
	put_file(a, "format: xwalk-assessment/1\nframework: x\nresults: []\n", 52);
	put_file(b, "format: xwalk-assessment/1\nframework: [x]\n", 42);
	put_file(c, "not yaml", 8);
	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	cr_assert_eq(xw_catalog_load_path(cat, NULL, dir, collect, &p), 1);
	cr_assert_eq(p.n, 1);
	cr_assert_str_eq(p.v[0].file, b);
	cr_assert_eq(p.v[0].line, 2);
	cr_assert_eq(cat->n_docs, 1);
	cr_assert_eq(cat->docs[0].kind, XW_DOC_ASSESSMENT);
	cr_assert_null(xw_catalog_framework(cat, "x"));
	xw_catalog_free(cat);
	rm_tree(dir);
}

Test(lint, catalog_finds_frameworks_by_id)
{
	struct xw_catalog *cat = frameworks();
	const struct xw_framework *fw = xw_catalog_framework(cat, "lint-tgt");

	cr_assert_not_null(fw);
	cr_assert_str_eq(fw->version, "2");
	cr_assert_null(xw_catalog_framework(cat, "lint"));
	cr_assert_null(xw_catalog_framework(NULL, "lint-tgt"));
	xw_catalog_free(cat);
}
