/* SPDX-License-Identifier: MIT */
/*
 * Pairs (xwalk/pairs.h): direct pairs from the rows of sets/pairs/s--t.yaml,
 * their conflicts, and pairs composed along s -> m -> t through
 * sets/pairs/s--m.yaml and sets/pairs/m--t.yaml (the comments in those
 * files say what each row is for).
 */
#include "xwalk/pairs.h"

#include "engine.h"

static struct xw_catalog *cat;
static const struct xw_framework *s, *m, *t;
static struct xw_pairs st, sm, mt, chain;

static void setup(void)
{
	struct xw_error e;

	cat = eng_catalog("sets/pairs", NULL);
	s = eng_fw(cat, "s");
	m = eng_fw(cat, "m");
	t = eng_fw(cat, "t");
	cr_assert_eq(xw_pairs_direct(&st, cat, s, t, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_direct(&sm, cat, s, m, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_direct(&mt, cat, m, t, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_compose(&chain, &sm, &mt, &e), 0, "%s", e.message);
}

static void teardown(void)
{
	xw_pairs_clear(&st);
	xw_pairs_clear(&sm);
	xw_pairs_clear(&mt);
	xw_pairs_clear(&chain);
	xw_catalog_free(cat);
}

TestSuite(pairs, .init = setup, .fini = teardown);

static const struct xw_pair *get(const struct xw_pairs *p, const char *a, const char *b)
{
	return xw_pairs_get(p, eng_item(p->fa, a), eng_item(p->fb, b));
}

static const struct xw_pair *get_ok(const struct xw_pairs *p, const char *a,
				    const char *b)
{
	const struct xw_pair *q = get(p, a, b);

	cr_assert_not_null(q, "nothing known of (%s, %s)", a, b);
	cr_assert_eq(q->a, eng_item(p->fa, a));
	cr_assert_eq(q->b, eng_item(p->fb, b));
	return q;
}

/* The ids of the rows a pair rests on, space-separated, in its order. */
static const char *rows_of(const struct xw_pair *p, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < p->n_rows; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "",
					p->rows[i]->id);
	return buf;
}

#define assert_rows(p, want)                                                  \
	do {                                                                  \
		char b_[256];                                                 \
		cr_assert_str_eq(rows_of(p, b_, sizeof(b_)), want);           \
	} while (0)

static int by_id(const void *a, const void *b)
{
	return strcmp(*(const char *const *)a, *(const char *const *)b);
}

/* The same ids in id order: which rows, whatever their order. */
static const char *row_set(const struct xw_pair *p, char *buf, size_t size)
{
	const char *ids[64];
	size_t n = 0, len = 0;

	for (size_t i = 0; i < p->n_rows && n < 64; i++)
		ids[n++] = p->rows[i]->id;
	qsort(ids, n, sizeof(*ids), by_id);
	buf[0] = '\0';
	for (size_t i = 0; i < n; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? " " : "", ids[i]);
	return buf;
}

#define assert_row_set(p, want)                                               \
	do {                                                                  \
		char b_[256];                                                 \
		cr_assert_str_eq(row_set(p, b_, sizeof(b_)), want);           \
	} while (0)

Test(pairs, direct_pairs_of_single_items)
{
	const struct xw_pair *p = get_ok(&st, "S.1", "1-1-1");

	/* p01 superset-of, p09 related: the two together are superset-of */
	eng_assert_rel(p->rel, XW_R_PPI);
	assert_rows(p, "p01 p09");
	cr_assert_eq(p->via, XW_NONE);
	cr_assert_eq(st.fa, s);
	cr_assert_eq(st.fb, t);
	/* a row on a requirement: each criterion is inside S.2 */
	eng_assert_rel(get_ok(&st, "S.2", "1-2-2")->rel, XW_R_PPI);
	assert_rows(get_ok(&st, "S.2", "1-2-2"), "p02");
	/* but not the withdrawn one */
	cr_assert_null(get(&st, "S.2", "1-2-3"));
	/* pairs no row speaks of are not stored */
	cr_assert_null(get(&st, "S.1", "2-2-1"));
	cr_assert_null(get(&st, "S.1", "1-1-2"));
}

Test(pairs, group_row_says_of_each_member_only_what_follows)
{
	/* S.4 + S.5 inside 2-1-1: so is each of them */
	eng_assert_rel(get_ok(&st, "S.4", "2-1-1")->rel, XW_R_PP);
	eng_assert_rel(get_ok(&st, "S.5", "2-1-1")->rel, XW_R_PP);
	/* S.6 + S.7 contain 2-1-2: nothing follows for either alone */
	cr_assert_null(get(&st, "S.6", "2-1-2"));
	cr_assert_null(get(&st, "S.7", "2-1-2"));
}

Test(pairs, gap_row_makes_every_source_disjoint)
{
	size_t n = 0;

	for (size_t i = 0; i < s->n_items; i++) {
		const struct xw_pair *p = xw_pairs_get(&st, i, eng_item(t, "2-3-1"));

		if (s->items[i]->withdrawn) {
			cr_assert_null(p, "withdrawn %s has a pair", s->items[i]->id);
			continue;
		}
		cr_assert_not_null(p, "(%s, 2-3-1)", s->items[i]->id);
		eng_assert_rel(p->rel, XW_R_DR);
		assert_rows(p, "p08");
		n++;
	}
	cr_assert_eq(n, 8);
}

Test(pairs, the_other_direction_is_the_converse)
{
	struct xw_pairs ts;
	struct xw_error e;

	cr_assert_eq(xw_pairs_direct(&ts, cat, t, s, &e), 0);
	eng_assert_rel(get_ok(&ts, "1-1-1", "S.1")->rel, XW_R_PP);
	eng_assert_rel(get_ok(&ts, "2-1-1", "S.4")->rel, XW_R_PPI);
	eng_assert_rel(get_ok(&ts, "2-3-1", "S.8")->rel, XW_R_DR);
	cr_assert_eq(ts.n_conflicts, st.n_conflicts);
	xw_pairs_clear(&ts);
}

/* The conflict about (@a, @b), or NULL. */
static const struct xw_pair *conflict(const struct xw_pairs *p, const char *a,
				      const char *b)
{
	for (size_t i = 0; i < p->n_conflicts; i++)
		if (p->conflicts[i].a == eng_item(p->fa, a) &&
		    p->conflicts[i].b == eng_item(p->fb, b))
			return &p->conflicts[i];
	return NULL;
}

Test(pairs, contradicting_rows_on_one_pair_are_a_conflict)
{
	const struct xw_pair *c = conflict(&st, "S.3", "1-1-2");

	cr_assert_not_null(c, "p04 equal vs p05 no-relationship");
	eng_assert_rel(c->rel, 0);
	assert_rows(c, "p04 p05");
	/* the pair keeps what the first row said */
	eng_assert_rel(get_ok(&st, "S.3", "1-1-2")->rel, XW_R_EQ);
}

Test(pairs, requirement_row_against_criterion_row_is_a_conflict)
{
	const struct xw_pair *c = conflict(&st, "S.2", "1-2-1");

	cr_assert_not_null(c, "p02 (on 1-2) vs p03 (on 1-2-1)");
	assert_rows(c, "p02 p03");
	cr_assert_eq(st.n_conflicts, 2, "only the two conflicts in the fixture");
	cr_assert_eq(sm.n_conflicts, 0);
	cr_assert_eq(mt.n_conflicts, 0);
}

Test(pairs, superset_through_a_superset_is_a_superset)
{
	const struct xw_pair *p = get_ok(&chain, "S.1", "1-1-1");

	eng_assert_rel(p->rel, XW_R_PPI);
	cr_assert_eq(p->via, eng_item(m, "M1"));
	assert_rows(p, "c01 d01");
	cr_assert_eq(chain.fa, s);
	cr_assert_eq(chain.fb, t);
}

Test(pairs, subset_then_superset_is_undetermined)
{
	/* S.2 inside M2, M2 contains 1-1-3: anything is possible */
	cr_assert_not_null(get(&sm, "S.2", "M2"));
	cr_assert_not_null(get(&mt, "M2", "1-1-3"));
	cr_assert_null(get(&chain, "S.2", "1-1-3"));
}

Test(pairs, composed_pair_is_intersected_over_middle_items)
{
	/* via M3: {PPi, PO}; via M4: {PO}; together PO, resting on all four rows */
	const struct xw_pair *p = get_ok(&chain, "S.3", "2-2-1");

	eng_assert_rel(xw_rel_compose(get_ok(&sm, "S.3", "M3")->rel,
				      get_ok(&mt, "M3", "2-2-1")->rel), XW_R_PPI | XW_R_PO);
	eng_assert_rel(p->rel, XW_R_PO);
	assert_row_set(p, "c03 c04 d03 d04");
}

Test(pairs, rows_of_a_pair_are_sorted_and_unique)
{
	/*
	 * pairs.h: "the rows it rests on, sorted, unique". The four rows of
	 * (S.3, 2-2-1) come from two sets; by id and by set then line
	 * (pairs-1-s--m before pairs-2-m--t) the order is the same.
	 */
	const struct xw_pair *p = get_ok(&chain, "S.3", "2-2-1");

	assert_rows(p, "c03 c04 d03 d04");
}

Test(pairs, contradicting_middle_items_give_an_empty_mask)
{
	/* via M2: S.5 disjoint from M2, which contains 1-1-3: disjoint.
	 * via M6: S.5 contains M6, which contains 1-1-3: superset.
	 * The intersection over both middles is empty: a contradiction. */
	const struct xw_pair *p = get_ok(&chain, "S.5", "1-1-3");

	char set[32], rows[256];

	/* both checked, so a failure shows both */
	cr_expect_eq(p->rel, 0, "relation %s, expected {}", xw_rel_name(p->rel, set));
	cr_expect_str_eq(row_set(p, rows, sizeof(rows)), "c06 c07 d02 d06");
}

Test(pairs, chain_that_contradicts_a_direct_row)
{
	const struct xw_pair *d = get_ok(&st, "S.4", "2-1-1");
	const struct xw_pair *c = get_ok(&chain, "S.4", "2-1-1");

	/* direct: S.4 is inside 2-1-1 (p06); chain: S.4 contains M5, M5 contains 2-1-1 */
	eng_assert_rel(d->rel, XW_R_PP);
	eng_assert_rel(c->rel, XW_R_PPI);
	cr_assert_eq(c->via, eng_item(m, "M5"));
	eng_assert_rel(d->rel & c->rel, 0);
	/* where they agree the intersection keeps the relation */
	eng_assert_rel(get_ok(&st, "S.1", "1-1-1")->rel & get_ok(&chain, "S.1", "1-1-1")->rel,
		       XW_R_PPI);
}

Test(pairs, sorting_keeps_lookups_working)
{
	size_t n = st.n;

	xw_pairs_sort(&st);
	cr_assert_eq(st.n, n);
	for (size_t i = 1; i < st.n; i++)
		cr_assert(st.v[i - 1].a < st.v[i].a ||
			  (st.v[i - 1].a == st.v[i].a && st.v[i - 1].b < st.v[i].b),
			  "not in (a, b) order at %zu", i);
	for (size_t i = 0; i < st.n; i++)
		cr_assert_eq(xw_pairs_get(&st, st.v[i].a, st.v[i].b), &st.v[i]);
	eng_assert_rel(get_ok(&st, "S.1", "1-1-1")->rel, XW_R_PPI);
	cr_assert_null(get(&st, "S.1", "2-2-1"));
}

Test(pairs, cleared_pairs_know_nothing)
{
	struct xw_pairs p;
	struct xw_error e;

	cr_assert_eq(xw_pairs_direct(&p, cat, s, t, &e), 0);
	xw_pairs_clear(&p);
	cr_assert_eq(p.n, 0);
	cr_assert_null(xw_pairs_get(&p, 0, 0));
}
