/* SPDX-License-Identifier: MIT */
/*
 * Coverage (xwalk/coverage.h) of the fixture frameworks by each other,
 * through the rows of sets/links/ (see test_links.c for what each row
 * says).
 */
#include "xwalk/coverage.h"

#include "engine.h"

static struct xw_catalog *cat;
static const struct xw_framework *s, *t;
static struct xw_coverage t_by_s, s_by_t;

static void setup(void)
{
	struct xw_error e;

	cat = eng_catalog("sets/links", NULL);
	s = eng_fw(cat, "s");
	t = eng_fw(cat, "t");
	cr_assert_eq(xw_coverage_compute(&t_by_s, cat, s, t, &e), 0, "%s", e.message);
	cr_assert_eq(xw_coverage_compute(&s_by_t, cat, t, s, &e), 0, "%s", e.message);
}

static void teardown(void)
{
	xw_coverage_clear(&t_by_s);
	xw_coverage_clear(&s_by_t);
	xw_catalog_free(cat);
}

TestSuite(coverage, .init = setup, .fini = teardown);

static enum xw_cover status_of(const struct xw_coverage *c, const char *id)
{
	return c->status[eng_item(c->links.to, id)];
}

/* The id of the row that decided @id, or "" when none did. */
static const char *why_of(const struct xw_coverage *c, const char *id)
{
	const struct xw_link *k = c->why[eng_item(c->links.to, id)];

	return k ? k->row->id : "";
}

#define assert_cover(c, id, want, row)                                        \
	do {                                                                  \
		cr_assert_eq(status_of(c, id), want, "%s is %s, expected %s", \
			     id, xw_cover_name(status_of(c, id)),             \
			     xw_cover_name(want));                            \
		cr_assert_str_eq(why_of(c, id), row, "deciding row of %s", id); \
	} while (0)

Test(coverage, relation_masks_map_to_coverage)
{
	cr_assert_eq(xw_cover_of(XW_R_EQ), XW_COVER_FULL);
	cr_assert_eq(xw_cover_of(XW_R_PPI), XW_COVER_FULL);
	cr_assert_eq(xw_cover_of(XW_R_EQ | XW_R_PPI), XW_COVER_FULL);
	cr_assert_eq(xw_cover_of(XW_R_PP), XW_COVER_PARTLY);
	cr_assert_eq(xw_cover_of(XW_R_PO), XW_COVER_PARTLY);
	cr_assert_eq(xw_cover_of(XW_R_RELATED), XW_COVER_PARTLY);
	cr_assert_eq(xw_cover_of(XW_R_PPI | XW_R_PO), XW_COVER_PARTLY);
	cr_assert_eq(xw_cover_of(XW_R_DR), XW_COVER_NONE);
	/* "maybe unrelated" is not an overlap, and not "not covered" either */
	cr_assert_eq(xw_cover_of(XW_R_PPI | XW_R_DR), XW_COVER_UNKNOWN);
	cr_assert_eq(xw_cover_of(XW_R_PP | XW_R_PO | XW_R_DR), XW_COVER_UNKNOWN);
	cr_assert_eq(xw_cover_of(XW_R_ALL), XW_COVER_UNKNOWN);
	cr_assert_str_eq(xw_cover_name(XW_COVER_FULL), "covered");
	cr_assert_str_eq(xw_cover_name(XW_COVER_PARTLY), "partly covered");
	cr_assert_str_eq(xw_cover_name(XW_COVER_NONE), "not covered");
	cr_assert_str_eq(xw_cover_name(XW_COVER_UNKNOWN), "unknown");
}

Test(coverage, each_leaf_of_the_target)
{
	assert_cover(&t_by_s, "1-1-1", XW_COVER_FULL, "r01");
	assert_cover(&t_by_s, "1-1-2", XW_COVER_FULL, "r01");
	assert_cover(&t_by_s, "1-1-3", XW_COVER_FULL, "r01");
	/* r02 (part of the requirement) decides nothing for its criteria */
	assert_cover(&t_by_s, "1-2-1", XW_COVER_UNKNOWN, "");
	/* r04 overlaps: partly, even though r02 leaves it open */
	assert_cover(&t_by_s, "1-2-2", XW_COVER_PARTLY, "r04");
	/* S.3 and S.4 together */
	assert_cover(&t_by_s, "2-1-1", XW_COVER_FULL, "r03");
	/* from the set in the other direction */
	assert_cover(&t_by_s, "2-1-2", XW_COVER_FULL, "q01");
	/* the gap row */
	assert_cover(&t_by_s, "2-3-1", XW_COVER_NONE, "r05");
}

Test(coverage, not_covered_only_from_a_gap_row)
{
	/*
	 * 2-2-1 has three no-relationship rows: S.7 alone (r06), S.8 with
	 * nothing (r07), nothing with S.7 (q02). None says that nothing in s
	 * relates to 2-2-1, so it stays unknown.
	 */
	cr_assert_not_null(eng_link(&t_by_s.links, "2-2-1", "r06"));
	assert_cover(&t_by_s, "2-2-1", XW_COVER_UNKNOWN, "");
	for (size_t i = 0; i < t->n_items; i++)
		if (t_by_s.status[i] == XW_COVER_NONE)
			cr_assert_str_eq(t->items[i]->id, "2-3-1",
					 "%s is not covered without a gap row", t->items[i]->id);
}

Test(coverage, named_source_with_no_relationship_is_not_a_gap)
{
	/* read from t: r07 says S.8 relates to nothing in t, q02 the same of S.7 */
	assert_cover(&s_by_t, "S.8", XW_COVER_NONE, "r07");
	assert_cover(&s_by_t, "S.7", XW_COVER_NONE, "q02");
	/* r05 says 2-3 relates to nothing in s: that makes no s item uncovered */
	assert_cover(&s_by_t, "S.1", XW_COVER_PARTLY, "r01");
	assert_cover(&s_by_t, "S.2", XW_COVER_FULL, "r02");
	assert_cover(&s_by_t, "S.3", XW_COVER_UNKNOWN, "");
	assert_cover(&s_by_t, "S.4", XW_COVER_UNKNOWN, "");
	assert_cover(&s_by_t, "S.5", XW_COVER_PARTLY, "r04");
	cr_assert_eq(status_of(&s_by_t, "S.6"), XW_COVER_PARTLY);
}

Test(coverage, non_leaf_items_are_not_classified)
{
	static const char *const ids[] = { "1", "1-1", "1-2", "2", "2-1", "2-2", "2-3" };

	for (size_t i = 0; i < sizeof(ids) / sizeof(ids[0]); i++)
		assert_cover(&t_by_s, ids[i], XW_COVER_UNKNOWN, "");
}

static void assert_totals(const struct xw_coverage *c, const char *profile,
			  size_t total, size_t full, size_t partly, size_t none,
			  size_t unknown)
{
	struct xw_coverage_totals n;
	size_t p = XW_NONE;

	if (profile) {
		p = xw_framework_profile(c->links.to, profile);
		cr_assert(p != XW_NONE);
	}
	xw_coverage_totals(c, p, &n);
	cr_assert_eq(n.total, total, "%s: %zu items", profile, n.total);
	cr_assert_eq(n.n[XW_COVER_FULL], full, "%s: %zu covered", profile, n.n[XW_COVER_FULL]);
	cr_assert_eq(n.n[XW_COVER_PARTLY], partly, "%s: %zu partly", profile,
		     n.n[XW_COVER_PARTLY]);
	cr_assert_eq(n.n[XW_COVER_NONE], none, "%s: %zu not covered", profile,
		     n.n[XW_COVER_NONE]);
	cr_assert_eq(n.n[XW_COVER_UNKNOWN], unknown, "%s: %zu unknown", profile,
		     n.n[XW_COVER_UNKNOWN]);
	cr_assert_eq(full + partly + none + unknown, total);
}

Test(coverage, totals_per_cumulative_profile)
{
	/* p3: 1-1-1 1-1-2 1-2-1 2-1-1 2-2-1 (1-2-3 is withdrawn) */
	assert_totals(&t_by_s, "p3", 5, 3, 0, 0, 2);
	/* p4 extends p3: every active leaf */
	assert_totals(&t_by_s, "p4", 9, 5, 1, 1, 2);
	/* p5 is announced, not defined: no items yet */
	assert_totals(&t_by_s, "p5", 0, 0, 0, 0, 0);
	assert_totals(&t_by_s, NULL, 9, 5, 1, 1, 2);
}

Test(coverage, totals_in_the_other_direction)
{
	/* S.7 and S.8 are in no profile; S.9 is withdrawn */
	assert_totals(&s_by_t, "certified", 6, 1, 3, 0, 2);
	assert_totals(&s_by_t, NULL, 8, 1, 3, 2, 2);
}

Test(coverage, without_mapping_sets_everything_is_unknown)
{
	struct xw_catalog *bare = eng_catalog(NULL);
	struct xw_coverage c;
	struct xw_error e;

	cr_assert_eq(xw_coverage_compute(&c, bare, eng_fw(bare, "s"), eng_fw(bare, "t"), &e), 0);
	cr_assert_eq(c.links.n_sets, 0);
	assert_totals(&c, NULL, 9, 0, 0, 0, 9);
	xw_coverage_clear(&c);
	xw_catalog_free(bare);
}
