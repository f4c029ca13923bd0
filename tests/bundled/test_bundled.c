/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/catalog.h"
#include "xwalk/coverage.h"
#include "xwalk/lint.h"

/* The bundled data as shipped: frameworks/ and mappings/ of the source tree. */

static size_t problems;

static void count(void *ctx, const struct xw_error *e)
{
	char msg[2048];

	(void)ctx;
	xw_error_format(e, msg, sizeof(msg));
	cr_log_error("%s", msg);
	problems++;
}

static struct xw_catalog *load(void)
{
	const char *root = getenv("XW_SOURCE_ROOT");
	struct xw_catalog *cat;
	struct xw_error e;
	char path[4096];

	cr_assert_not_null(root, "XW_SOURCE_ROOT is not set");
	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	problems = 0;
	snprintf(path, sizeof(path), "%s/frameworks", root);
	xw_catalog_load_path(cat, NULL, path, count, NULL);
	snprintf(path, sizeof(path), "%s/mappings", root);
	xw_catalog_load_path(cat, NULL, path, count, NULL);
	cr_assert_eq(problems, 0, "bundled files failed to load");
	return cat;
}

Test(bundled, all_files_lint_clean)
{
	struct xw_catalog *cat = load();

	cr_assert_eq(xw_lint(cat, NULL, count, NULL), 0);
	xw_catalog_free(cat);
}

Test(bundled, six_frameworks_with_their_counts)
{
	static const struct { const char *id; size_t leaves; } want[] = {
		{ "scs-2026", 153 }, { "iso27001-2022", 123 }, { "nist-csf-2.0", 106 },
		{ "jama-japia-2.2", 153 }, { "security-action", 31 },
		{ "cyber-essentials-3.3", 93 },
	};
	struct xw_catalog *cat = load();

	for (size_t i = 0; i < sizeof(want) / sizeof(want[0]); i++) {
		const struct xw_framework *fw = xw_catalog_framework(cat, want[i].id);
		size_t leaves = 0;

		cr_assert_not_null(fw, "%s is not bundled", want[i].id);
		for (size_t k = 0; k < fw->n_items; k++)
			leaves += !fw->items[k]->withdrawn && xw_item_is_leaf(fw, k);
		cr_expect_eq(leaves, want[i].leaves, "%s: %zu leaf items", want[i].id, leaves);
	}
	xw_catalog_free(cat);
}

/*
 * Every authored set onto the ★ criteria says it is comprehensive, and is:
 * each of the 153 criteria is addressed by a row (or by a row on its
 * requirement), never just left out. Lint checks the same claim; here it
 * is checked directly, set by set.
 */
Test(bundled, every_set_onto_scs_is_comprehensive)
{
	struct xw_catalog *cat = load();
	const struct xw_framework *scs = xw_catalog_framework(cat, "scs-2026");
	size_t sets = 0;

	cr_assert_not_null(scs);
	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;
		struct xw_links l;
		struct xw_error e;

		if (cat->docs[d].kind != XW_DOC_MAPPING || strcmp(m->target, "scs-2026"))
			continue;
		sets++;
		cr_expect(m->comprehensive, "%s does not say it is comprehensive", m->id);
		cr_expect_eq(m->status, XW_REVIEW_DRAFT, "%s claims a review", m->id);
		cr_assert_eq(xw_links_collect(&l, cat,
					      xw_catalog_framework(cat, m->source), scs, &e), 0);
		for (size_t i = 0; i < scs->n_items; i++)
			if (xw_item_is_leaf(scs, i))
				cr_expect(l.count[i] > 0, "%s leaves %s unaddressed", m->id,
					  scs->items[i]->id);
		xw_links_clear(&l);
	}
	cr_expect_eq(sets, 5u, "five authored sets onto scs-2026, found %zu", sets);
	xw_catalog_free(cat);
}

/* No authored row claims a review that did not happen. */
Test(bundled, every_row_is_an_honest_draft)
{
	struct xw_catalog *cat = load();

	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;

		if (cat->docs[d].kind != XW_DOC_MAPPING)
			continue;
		for (size_t r = 0; r < m->n_rows; r++)
			cr_expect(m->rows[r]->review == XW_REVIEW_DRAFT && !m->rows[r]->reviewer,
				  "%s row %s claims a review", m->id, m->rows[r]->id);
	}
	xw_catalog_free(cat);
}
