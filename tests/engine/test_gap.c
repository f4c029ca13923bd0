/* SPDX-License-Identifier: MIT */
/*
 * Reuse (xwalk/gap.h) of results on s (and on t itself) for t, through
 * the set in data/mappings/s--t.yaml:
 *
 *   st01  S.1 superset-of 1-1 (1-1-1 1-1-2 1-1-3)
 *   st02  S.2 subset-of 1-2 (1-2-1 1-2-2; 1-2-3 is withdrawn)
 *   st03  S.3 + S.4 superset-of 2-1-1, with a condition
 *   st04  S.5 intersects-with 1-2-2
 *   st05  (nothing) no-relationship 2-3 (2-3-1)
 *   st06  S.6 superset-of 2-1-2
 *
 * 2-2-1 has no row in that set.
 */
#include "xwalk/gap.h"

#include "engine.h"

#define TODAY "2026-06-01"

static struct xw_catalog *cat;
static const struct xw_framework *s, *t;

static void setup(void)
{
	cat = eng_catalog("mappings", NULL);
	s = eng_fw(cat, "s");
	t = eng_fw(cat, "t");
}

static void teardown(void)
{
	xw_catalog_free(cat);
}

TestSuite(gap, .init = setup, .fini = teardown);

/*
 * An assessment on framework @fw whose certificate expires on @expires
 * (NULL: no certificate), with results given as "ITEM", "STATUS" pairs,
 * NULL-terminated. Free with xw_assessment_free().
 */
static struct xw_assessment *results(const char *fw, const char *expires, ...)
{
	struct xw_assessment *a;
	struct xw_error e;
	va_list ap;

	cr_assert_eq(xw_assessment_new(&a, &e), 0);
	cr_assert_eq(xw_assessment_set(a, "format", NULL, "xwalk-assessment/1", &e), 0,
		     "%s", e.message);
	cr_assert_eq(xw_assessment_set(a, "framework", NULL, fw, &e), 0, "%s", e.message);
	if (expires) {
		cr_assert_eq(xw_assessment_set(a, "certificate", "body", "Test CB", &e), 0);
		cr_assert_eq(xw_assessment_set(a, "certificate", "expires", expires, &e), 0,
			     "%s", e.message);
	}
	va_start(ap, expires);
	for (const char *id = va_arg(ap, const char *); id; id = va_arg(ap, const char *)) {
		const char *status = va_arg(ap, const char *);
		struct xw_result *r;

		cr_assert_eq(xw_assessment_add_result(a, &r, &e), 0);
		cr_assert_eq(xw_result_set(r, "item", NULL, id, &e), 0, "%s", e.message);
		cr_assert_eq(xw_result_set(r, "status", NULL, status, &e), 0, "%s", e.message);
	}
	va_end(ap);
	cr_assert_eq(xw_assessment_finish(a, &e), 0, "%s", e.message);
	return a;
}

/* Reuse of @n assessments for @target on the report date TODAY. */
static void compute(struct xw_gap *g, const struct xw_framework *target,
		    const struct xw_assessment *const *as, size_t n)
{
	struct xw_error e;

	cr_assert_eq(xw_gap_compute(g, cat, as, n, target, TODAY, &e), 0, "%s", e.message);
	cr_assert_eq(g->target, target);
}

static const struct xw_gap_item *item(const struct xw_gap *g, const char *id)
{
	return &g->items[eng_item(g->target, id)];
}

#define assert_reuse(g, id, want)                                             \
	do {                                                                  \
		enum xw_reuse got_ = item(g, id)->status;                     \
		cr_assert_eq(got_, want, "%s is %s, expected %s", id,         \
			     xw_reuse_name(got_), xw_reuse_name(want));       \
	} while (0)

/* The row of the best evidence for @id, or "" for a direct result or none. */
static const char *best_row(const struct xw_gap *g, const char *id)
{
	const struct xw_link *k = item(g, id)->best.link;

	return k ? k->row->id : "";
}

Test(gap, names)
{
	cr_assert_str_eq(xw_reuse_name(XW_REUSE_SATISFIED), "satisfied");
	cr_assert_str_eq(xw_reuse_name(XW_REUSE_PARTLY), "partly satisfied");
	cr_assert_str_eq(xw_reuse_name(XW_REUSE_NOT), "not satisfied");
	cr_assert_str_eq(xw_reuse_name(XW_REUSE_NO_EVIDENCE), "no evidence");
}

Test(gap, satisfied_only_when_every_source_is_implemented)
{
	static const char *const s4[] = { "implemented", "partial", "not-implemented",
					  "not-applicable", "unknown", NULL };

	for (size_t i = 0; i < sizeof(s4) / sizeof(s4[0]); i++) {
		struct xw_assessment *a = s4[i]
			? results("s", NULL, "S.3", "implemented", "S.4", s4[i], NULL)
			: results("s", NULL, "S.3", "implemented", NULL);
		struct xw_gap g;

		compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
		if (i == 0)
			assert_reuse(&g, "2-1-1", XW_REUSE_SATISFIED);
		else
			/* S.3 alone does not contain 2-1-1: some of it is done */
			cr_assert_eq(item(&g, "2-1-1")->status, XW_REUSE_PARTLY,
				     "S.4 %s: %s", s4[i] ? s4[i] : "without a result",
				     xw_reuse_name(item(&g, "2-1-1")->status));
		cr_assert_str_eq(best_row(&g, "2-1-1"), "st03");
		cr_assert_eq(item(&g, "2-1-1")->best.assessment, a);
		xw_gap_clear(&g);
		xw_assessment_free(a);
	}
}

Test(gap, partial_sources_give_partly_satisfied)
{
	struct xw_assessment *a = results("s", NULL, "S.1", "partial", "S.5", "implemented",
					  "S.6", "partial", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	assert_reuse(&g, "1-1-1", XW_REUSE_PARTLY);
	assert_reuse(&g, "1-1-2", XW_REUSE_PARTLY);
	assert_reuse(&g, "1-1-3", XW_REUSE_PARTLY);
	cr_assert_str_eq(best_row(&g, "1-1-3"), "st01");
	assert_reuse(&g, "2-1-2", XW_REUSE_PARTLY);
	/* an overlap with an implemented source is only partly */
	assert_reuse(&g, "1-2-2", XW_REUSE_PARTLY);
	cr_assert_str_eq(best_row(&g, "1-2-2"), "st04");
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, implemented_source_satisfies_what_it_contains)
{
	struct xw_assessment *a = results("s", NULL, "S.1", "implemented", "S.2", "implemented",
					  "S.6", "implemented", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
	assert_reuse(&g, "1-1-3", XW_REUSE_SATISFIED);
	assert_reuse(&g, "2-1-2", XW_REUSE_SATISFIED);
	cr_assert_str_eq(best_row(&g, "2-1-2"), "st06");
	cr_assert_not(item(&g, "1-1-1")->conditional);
	cr_assert_not(item(&g, "2-1-2")->conditional);
	/* S.2 is only part of 1-2: nothing follows for 1-2-1 */
	assert_reuse(&g, "1-2-1", XW_REUSE_NO_EVIDENCE);
	/* no row on 2-2-1; a gap row on 2-3-1 is no evidence */
	assert_reuse(&g, "2-2-1", XW_REUSE_NO_EVIDENCE);
	assert_reuse(&g, "2-3-1", XW_REUSE_NO_EVIDENCE);
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, not_applicable_and_not_implemented_are_never_evidence)
{
	struct xw_assessment *a = results("s", NULL,
		"S.1", "not-applicable", "S.3", "not-implemented", "S.4", "not-applicable",
		"S.5", "not-applicable", "S.6", "not-implemented", "S.7", "not-applicable",
		"S.8", "not-applicable", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	/* the only route leads to sources that are not done */
	assert_reuse(&g, "1-1-1", XW_REUSE_NOT);
	assert_reuse(&g, "2-1-1", XW_REUSE_NOT);
	assert_reuse(&g, "2-1-2", XW_REUSE_NOT);
	assert_reuse(&g, "1-2-2", XW_REUSE_NOT);
	/* no row: no evidence, whatever else the results say */
	assert_reuse(&g, "2-2-1", XW_REUSE_NO_EVIDENCE);
	assert_reuse(&g, "2-3-1", XW_REUSE_NO_EVIDENCE);
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, not_applicable_source_does_not_complete_a_group)
{
	struct xw_assessment *a = results("s", NULL, "S.3", "implemented",
					  "S.4", "not-applicable", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	cr_assert_neq(item(&g, "2-1-1")->status, XW_REUSE_SATISFIED);
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, result_on_the_target_counts_directly)
{
	struct xw_assessment *a = results("t", NULL, "1-2-1", "implemented", "1-2-2", "partial",
					  "2-3-1", "not-applicable", "2-2-1", "unknown", NULL);
	struct xw_gap g;
	const struct xw_gap_item *gi;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	gi = item(&g, "1-2-1");
	cr_assert_eq(gi->status, XW_REUSE_SATISFIED);
	cr_assert_null(gi->best.link);
	cr_assert_not_null(gi->best.result);
	cr_assert_str_eq(gi->best.result->item, "1-2-1");
	cr_assert_eq(gi->best.assessment, a);
	cr_assert_not(gi->conditional);
	assert_reuse(&g, "1-2-2", XW_REUSE_PARTLY);
	assert_reuse(&g, "2-3-1", XW_REUSE_NOT);
	assert_reuse(&g, "2-2-1", XW_REUSE_NO_EVIDENCE);
	/* no result on it: no evidence, and nothing recorded */
	assert_reuse(&g, "1-1-1", XW_REUSE_NO_EVIDENCE);
	cr_assert_null(item(&g, "1-1-1")->best.assessment);
	cr_assert_eq(g.n_links, 0, "a result on the target needs no mapping");
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, result_on_a_target_requirement_counts_for_its_criteria)
{
	/*
	 * A requirement is the union of its criteria (links.h), and a result
	 * on the target counts directly: "1-1 implemented" means each of
	 * 1-1-1, 1-1-2 and 1-1-3 is, as an own result on a source item with
	 * children does for reuse through a row.
	 */
	struct xw_assessment *a = results("t", NULL, "1-1", "implemented", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
	assert_reuse(&g, "1-1-3", XW_REUSE_SATISFIED);
	cr_assert_null(item(&g, "1-1-1")->best.link);
	assert_reuse(&g, "1-2-1", XW_REUSE_NO_EVIDENCE);
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, conditional_when_the_row_has_conditions)
{
	struct xw_assessment *a = results("s", NULL, "S.1", "implemented", "S.3", "implemented",
					  "S.4", "implemented", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	assert_reuse(&g, "2-1-1", XW_REUSE_SATISFIED);
	cr_assert(item(&g, "2-1-1")->conditional, "st03 has a condition");
	cr_assert_not(item(&g, "2-1-1")->best.expired);
	assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
	cr_assert_not(item(&g, "1-1-1")->conditional, "st01 has no condition");
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, conditional_when_the_certificate_expired_before_the_report_date)
{
	struct xw_assessment *old = results("s", "2026-05-31", "S.1", "implemented", NULL);
	struct xw_assessment *valid = results("s", "2026-06-02", "S.1", "implemented", NULL);
	struct xw_assessment *none = results("s", NULL, "S.1", "implemented", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ old }, 1);
	assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
	cr_assert(item(&g, "1-1-1")->conditional);
	cr_assert(item(&g, "1-1-1")->best.expired);
	xw_gap_clear(&g);

	compute(&g, t, (const struct xw_assessment *const[]){ valid }, 1);
	assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
	cr_assert_not(item(&g, "1-1-1")->conditional);
	cr_assert_not(item(&g, "1-1-1")->best.expired);
	xw_gap_clear(&g);

	compute(&g, t, (const struct xw_assessment *const[]){ none }, 1);
	cr_assert_not(item(&g, "1-1-1")->conditional);
	xw_gap_clear(&g);
	xw_assessment_free(old);
	xw_assessment_free(valid);
	xw_assessment_free(none);
}

Test(gap, expired_certificate_on_a_direct_result_is_conditional)
{
	struct xw_assessment *a = results("t", "2025-12-31", "2-2-1", "implemented", NULL);
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	assert_reuse(&g, "2-2-1", XW_REUSE_SATISFIED);
	cr_assert(item(&g, "2-2-1")->conditional);
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, several_assessments_best_evidence_wins)
{
	struct xw_assessment *on_s = results("s", NULL, "S.1", "partial", NULL);
	struct xw_assessment *on_t = results("t", NULL, "1-1-1", "implemented",
					     "1-1-2", "not-implemented", NULL);
	const struct xw_assessment *const orders[2][2] = { { on_s, on_t }, { on_t, on_s } };

	for (int o = 0; o < 2; o++) {
		struct xw_gap g;

		compute(&g, t, orders[o], 2);
		/* the direct result beats the partial source */
		assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
		cr_assert_eq(item(&g, "1-1-1")->best.assessment, on_t);
		/* the partial source beats the direct not-implemented */
		assert_reuse(&g, "1-1-2", XW_REUSE_PARTLY);
		cr_assert_eq(item(&g, "1-1-2")->best.assessment, on_s);
		cr_assert_str_eq(best_row(&g, "1-1-2"), "st01");
		assert_reuse(&g, "1-1-3", XW_REUSE_PARTLY);
		cr_assert_eq(g.n_links, 1, "one assessment needed the mappings");
		xw_gap_clear(&g);
	}
	xw_assessment_free(on_s);
	xw_assessment_free(on_t);
}

Test(gap, unconditional_evidence_wins_at_equal_outcome)
{
	struct xw_assessment *old = results("s", "2026-01-31", "S.1", "implemented",
					    "S.5", "implemented", NULL);
	struct xw_assessment *valid = results("s", "2027-01-31", "S.1", "implemented",
					      "S.5", "partial", NULL);
	const struct xw_assessment *const orders[2][2] = { { old, valid }, { valid, old } };

	for (int o = 0; o < 2; o++) {
		struct xw_gap g;

		compute(&g, t, orders[o], 2);
		assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
		cr_assert_not(item(&g, "1-1-1")->conditional, "order %d", o);
		cr_assert_eq(item(&g, "1-1-1")->best.assessment, valid);
		/* both only partly satisfy 1-2-2: the valid one is taken */
		assert_reuse(&g, "1-2-2", XW_REUSE_PARTLY);
		cr_assert_not(item(&g, "1-2-2")->conditional, "order %d", o);
		xw_gap_clear(&g);
	}
	xw_assessment_free(old);
	xw_assessment_free(valid);
}

Test(gap, better_outcome_wins_even_when_conditional)
{
	struct xw_assessment *old = results("s", "2026-01-31", "S.1", "implemented", NULL);
	struct xw_assessment *valid = results("s", "2027-01-31", "S.1", "partial", NULL);
	const struct xw_assessment *const orders[2][2] = { { old, valid }, { valid, old } };

	for (int o = 0; o < 2; o++) {
		struct xw_gap g;

		compute(&g, t, orders[o], 2);
		assert_reuse(&g, "1-1-1", XW_REUSE_SATISFIED);
		cr_assert(item(&g, "1-1-1")->conditional);
		cr_assert_eq(item(&g, "1-1-1")->best.assessment, old);
		xw_gap_clear(&g);
	}
	xw_assessment_free(old);
	xw_assessment_free(valid);
}

Test(gap, requirement_as_source_is_the_union_of_its_criteria)
{
	/* results on t reused for s: st02 read backwards, 1-2 contains S.2 */
	struct xw_assessment *all = results("t", NULL, "1-2-1", "implemented",
					    "1-2-2", "implemented",
					    "1-2-3", "not-implemented", NULL);
	struct xw_assessment *some = results("t", NULL, "1-2-1", "implemented",
					     "1-2-2", "partial", NULL);
	struct xw_assessment *none = results("t", NULL, "1-2-1", "not-applicable",
					     "1-2-2", "not-implemented", NULL);
	struct xw_gap g;

	/* 1-2-3 is withdrawn: its result does not count */
	compute(&g, s, (const struct xw_assessment *const[]){ all }, 1);
	assert_reuse(&g, "S.2", XW_REUSE_SATISFIED);
	cr_assert_str_eq(best_row(&g, "S.2"), "st02");
	cr_assert(item(&g, "S.2")->best.link->reversed);
	xw_gap_clear(&g);

	compute(&g, s, (const struct xw_assessment *const[]){ some }, 1);
	assert_reuse(&g, "S.2", XW_REUSE_PARTLY);
	xw_gap_clear(&g);

	compute(&g, s, (const struct xw_assessment *const[]){ none }, 1);
	assert_reuse(&g, "S.2", XW_REUSE_NOT);
	xw_gap_clear(&g);
	xw_assessment_free(all);
	xw_assessment_free(some);
	xw_assessment_free(none);
}

Test(gap, no_evidence_records_no_evidence)
{
	/*
	 * st02 (S.2 is part of 1-2) decides nothing for 1-2-1, so an
	 * implemented S.2 is no evidence for it: nothing decided the status,
	 * and with nothing reused there is nothing to be conditional on,
	 * even though the certificate has expired.
	 */
	struct xw_assessment *a = results("s", "2026-01-31", "S.2", "implemented", NULL);
	const struct xw_gap_item *gi;
	struct xw_gap g;

	compute(&g, t, (const struct xw_assessment *const[]){ a }, 1);
	gi = item(&g, "1-2-1");
	cr_assert_eq(gi->status, XW_REUSE_NO_EVIDENCE);
	cr_expect_null(gi->best.link, "row %s recorded as the evidence of 'no evidence'",
		       gi->best.link ? gi->best.link->row->id : "");
	cr_expect_not(gi->conditional, "'no evidence' marked conditional");
	xw_gap_clear(&g);
	xw_assessment_free(a);
}

Test(gap, assessment_on_an_unknown_framework_is_refused)
{
	struct xw_assessment *a = results("nosuch", NULL, "X.1", "implemented", NULL);
	struct xw_gap g;
	struct xw_error e;

	cr_assert_eq(xw_gap_compute(&g, cat, (const struct xw_assessment *const[]){ a }, 1,
				    t, TODAY, &e), XW_ENOTFOUND);
	cr_assert(strstr(e.message, "nosuch") != NULL, "%s", e.message);
	xw_assessment_free(a);
}
