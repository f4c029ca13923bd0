/* SPDX-License-Identifier: MIT */
/*
 * Links (xwalk/links.h): what the rows of sets/links/ say about each leaf
 * item of one fixture framework, seen from the other.
 *
 * t: categories 1, 2 -> requirements 1-1, 1-2, 2-1, 2-2, 2-3 -> criteria;
 *    1-2-3 is withdrawn. s: flat controls S.1 .. S.9, S.9 withdrawn.
 */
#include "engine.h"

static struct xw_catalog *cat;
static const struct xw_framework *s, *t;
static struct xw_links st, ts;   /* s -> t and t -> s */

static void setup(void)
{
	struct xw_error e;

	cat = eng_catalog("sets/links", NULL);
	s = eng_fw(cat, "s");
	t = eng_fw(cat, "t");
	cr_assert_eq(xw_links_collect(&st, cat, s, t, &e), 0, "%s", e.message);
	cr_assert_eq(xw_links_collect(&ts, cat, t, s, &e), 0, "%s", e.message);
}

static void teardown(void)
{
	xw_links_clear(&st);
	xw_links_clear(&ts);
	xw_catalog_free(cat);
}

TestSuite(links, .init = setup, .fini = teardown);

static size_t count_of(const struct xw_links *l, const char *id)
{
	return l->count[eng_item(l->to, id)];
}

Test(links, superset_of_a_requirement_covers_each_criterion)
{
	static const char *const crit[] = { "1-1-1", "1-1-2", "1-1-3" };

	for (size_t i = 0; i < 3; i++) {
		const struct xw_link *k = eng_link_ok(&st, crit[i], "r01");

		eng_assert_rel(k->rel, XW_R_PPI);
		cr_assert_not(k->reversed);
		cr_assert_str_eq(k->set->id, "links-s--t");
		cr_assert_eq(k->item, eng_item(t, crit[i]));
		cr_assert(eng_ids_are(k->from, "S.1", NULL));
	}
	/* the requirement itself is not a leaf: links go to its criteria only */
	cr_assert_eq(count_of(&st, "1-1"), 0);
	cr_assert_eq(count_of(&st, "1"), 0);
}

Test(links, subset_of_a_requirement_is_undetermined_for_each_criterion)
{
	/* S.2 is part of 1-2: of 1-2-1 or 1-2-2 alone nothing follows */
	eng_assert_rel(eng_link_ok(&st, "1-2-1", "r02")->rel, XW_R_ALL);
	eng_assert_rel(eng_link_ok(&st, "1-2-2", "r02")->rel, XW_R_ALL);
	/* an intersects-with row on one criterion stays an overlap */
	eng_assert_rel(eng_link_ok(&st, "1-2-2", "r04")->rel, XW_R_PO);
}

Test(links, grouped_sources_superset_of_a_criterion)
{
	const struct xw_link *k = eng_link_ok(&st, "2-1-1", "r03");

	eng_assert_rel(k->rel, XW_R_PPI);
	cr_assert(eng_ids_are(k->from, "S.3", "S.4", NULL));
	cr_assert_null(eng_link(&st, "2-1-2", "r03"), "r03 names only 2-1-1");
}

Test(links, reverse_set_is_read_with_the_converse)
{
	/* t->s row "2-1 subset-of S.6", read from s: S.6 contains each criterion of 2-1 */
	static const char *const crit[] = { "2-1-1", "2-1-2" };

	for (size_t i = 0; i < 2; i++) {
		const struct xw_link *k = eng_link_ok(&st, crit[i], "q01");

		eng_assert_rel(k->rel, XW_R_PPI);
		cr_assert(k->reversed);
		cr_assert_str_eq(k->set->id, "links-t--s");
		cr_assert(eng_ids_are(k->from, "S.6", NULL));
	}
	/* the s->t set read from t: requirement 1-2 contains S.2, 1-1 is part of S.1 */
	{
		const struct xw_link *k = eng_link_ok(&ts, "S.2", "r02");

		eng_assert_rel(k->rel, XW_R_PPI);
		cr_assert(k->reversed);
		cr_assert(eng_ids_are(k->from, "1-2", NULL));
	}
	eng_assert_rel(eng_link_ok(&ts, "S.1", "r01")->rel, XW_R_PP);
	eng_assert_rel(eng_link_ok(&ts, "S.5", "r04")->rel, XW_R_PO);
	/* 2-1-1 inside S.3+S.4 says nothing definite of S.3 alone */
	eng_assert_rel(eng_link_ok(&ts, "S.3", "r03")->rel, XW_R_ALL);
	eng_assert_rel(eng_link_ok(&ts, "S.4", "r03")->rel, XW_R_ALL);
	/* the t->s set read forwards from t */
	{
		const struct xw_link *k = eng_link_ok(&ts, "S.6", "q01");

		eng_assert_rel(k->rel, XW_R_PP);
		cr_assert_not(k->reversed);
	}
}

Test(links, gap_row_gives_disjoint_to_every_leaf)
{
	size_t n = 0;

	/* r05: no source relates to requirement 2-3, so to its criterion */
	{
		const struct xw_link *k = eng_link_ok(&st, "2-3-1", "r05");

		eng_assert_rel(k->rel, XW_R_DR);
		cr_assert_eq(k->from->n, 0);
	}
	/* r07 (S.8, no targets) and q02 (no t item, S.7): every active t leaf */
	for (size_t i = 0; i < t->n_items; i++) {
		const struct xw_link *a, *b;

		if (!xw_item_is_leaf(t, i) || t->items[i]->withdrawn)
			continue;
		n++;
		a = eng_link_ok(&st, t->items[i]->id, "r07");
		b = eng_link_ok(&st, t->items[i]->id, "q02");
		eng_assert_rel(a->rel, XW_R_DR);
		eng_assert_rel(b->rel, XW_R_DR);
		cr_assert(eng_ids_are(a->from, "S.8", NULL));
		cr_assert(eng_ids_are(b->from, "S.7", NULL));
		cr_assert_not(a->reversed);
		cr_assert(b->reversed);
	}
	cr_assert_eq(n, 9);
	/* read from t, r05 says 2-3 relates to no item of s */
	n = 0;
	for (size_t i = 0; i < s->n_items; i++) {
		const struct xw_link *k;

		if (s->items[i]->withdrawn)
			continue;
		k = eng_link_ok(&ts, s->items[i]->id, "r05");
		eng_assert_rel(k->rel, XW_R_DR);
		cr_assert(eng_ids_are(k->from, "2-3", NULL));
		n++;
	}
	cr_assert_eq(n, 8);
	/* and q02 read from t: S.7 is disjoint from everything in t */
	{
		const struct xw_link *k = eng_link_ok(&ts, "S.7", "q02");

		eng_assert_rel(k->rel, XW_R_DR);
		cr_assert_eq(k->from->n, 0);
		cr_assert_null(eng_link(&ts, "S.6", "q02"));
	}
}

Test(links, withdrawn_items_are_skipped)
{
	/* 1-2-3 is withdrawn: no link from r08 (which names it), r02 (on its
	 * requirement) or the gap rows */
	cr_assert_eq(count_of(&st, "1-2-3"), 0);
	cr_assert_null(eng_link(&st, "1-2-3", "r08"));
	/* S.9 is withdrawn: the gap row r05 read from t skips it */
	cr_assert_eq(count_of(&ts, "S.9"), 0);
	for (size_t k = 0; k < st.n; k++)
		cr_assert_not(t->items[st.v[k].item]->withdrawn);
	for (size_t k = 0; k < ts.n; k++)
		cr_assert_not(s->items[ts.v[k].item]->withdrawn);
}

Test(links, sorted_by_item_then_set_then_row)
{
	static const char *const want[] = {
		"1-1-1", "r01 r07 q02",
		"1-1-2", "r01 r07 q02",
		"1-1-3", "r01 r07 q02",
		"1-2-1", "r02 r07 q02",
		"1-2-2", "r02 r04 r07 q02",
		"2-1-1", "r03 r07 q01 q02",
		"2-1-2", "r07 q01 q02",
		"2-2-1", "r06 r07 q02",
		"2-3-1", "r05 r07 q02",
	};
	size_t total = 0;

	cr_assert_eq(st.n_sets, 2);
	cr_assert_eq(st.from, s);
	cr_assert_eq(st.to, t);
	for (size_t w = 0; w < sizeof(want) / sizeof(want[0]); w += 2) {
		size_t i = eng_item(t, want[w]);
		char got[256] = "";

		for (size_t k = st.first[i]; k < st.first[i] + st.count[i]; k++) {
			if (*got)
				strcat(got, " ");
			strcat(got, st.v[k].row->id);
		}
		cr_assert_str_eq(got, want[w + 1], "links of %s", want[w]);
		total += st.count[i];
	}
	cr_assert_eq(st.n, total, "links to items other than the leaves above");
	for (size_t k = 1; k < st.n; k++)
		cr_assert_leq(st.v[k - 1].item, st.v[k].item);
}

Test(links, member_relation_within_one_framework)
{
	struct xw_strlist one = { NULL, 0 }, two = { NULL, 0 }, req = { NULL, 0 };
	struct xw_error e;

	cr_assert_eq(xw_strlist_add(&one, "1-1-1", &e), 0);
	cr_assert_eq(xw_strlist_add(&two, "1-1-1", &e), 0);
	cr_assert_eq(xw_strlist_add(&two, "2-1-1", &e), 0);
	cr_assert_eq(xw_strlist_add(&req, "1-1", &e), 0);
	eng_assert_rel(xw_rel_member(t, eng_item(t, "1-1-1"), &one), XW_R_EQ);
	eng_assert_rel(xw_rel_member(t, eng_item(t, "1-1-1"), &two), XW_R_EQ | XW_R_PP);
	eng_assert_rel(xw_rel_member(t, eng_item(t, "1-1-2"), &req), XW_R_EQ | XW_R_PP);
	eng_assert_rel(xw_rel_member(t, eng_item(t, "1-1-2"), &one), 0);
	eng_assert_rel(xw_rel_member(t, eng_item(t, "1-2-1"), &req), 0);
	xw_strlist_clear(&one);
	xw_strlist_clear(&two);
	xw_strlist_clear(&req);
}

Test(links, leaves_are_items_without_children)
{
	cr_assert_not(xw_item_is_leaf(t, eng_item(t, "1")));
	cr_assert_not(xw_item_is_leaf(t, eng_item(t, "1-2")));
	cr_assert(xw_item_is_leaf(t, eng_item(t, "1-2-3")));
	cr_assert(xw_item_is_leaf(t, eng_item(t, "2-3-1")));   /* the last item */
	cr_assert(xw_item_is_leaf(s, eng_item(s, "S.1")));
	/* active leaves per subtree, the withdrawn one left out */
	cr_assert_eq(t->items[eng_item(t, "1-2")]->leaves, 2);
	cr_assert_eq(t->items[eng_item(t, "1")]->leaves, 5);
}
