/* SPDX-License-Identifier: MIT */
/*
 * Coverage through a hub (xwalk/hub.h) gives the statuses of the slow
 * way, composing the pairs and classifying them, for every chain A -> H
 * -> B the bundled data has (frameworks/ and mappings/ of the source
 * tree: ★ as the hub of five frameworks, ISO/IEC 27001 between NIST CSF
 * and ★), and for the fixture chain s -> m -> t.
 */
#include "xwalk/hub.h"

#include "engine.h"

/* Adds the bundled frameworks and mapping sets of the source tree. */
static struct xw_catalog *bundled(void)
{
	const char *root = getenv("XW_SOURCE_ROOT");
	const char *dirs[] = { "frameworks", "mappings" };
	struct xw_catalog *cat;
	struct xw_error e;
	char path[4096];
	size_t problems = 0;

	cr_assert(root && *root, "XW_SOURCE_ROOT is not set; run the tests through meson test");
	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	for (size_t i = 0; i < 2; i++) {
		snprintf(path, sizeof(path), "%s/%s", root, dirs[i]);
		xw_catalog_load_path(cat, NULL, path, eng_report, &problems);
	}
	cr_assert_eq(problems, 0, "the bundled data did not load cleanly");
	return cat;
}

static bool has_set(const struct xw_catalog *cat, const struct xw_framework *x,
		    const struct xw_framework *y)
{
	for (size_t d = 0; d < cat->n_docs; d++) {
		const struct xw_mapping *m = cat->docs[d].mapping;

		if (cat->docs[d].kind == XW_DOC_MAPPING &&
		    ((!strcmp(m->source, x->id) && !strcmp(m->target, y->id)) ||
		     (!strcmp(m->source, y->id) && !strcmp(m->target, x->id))))
			return true;
	}
	return false;
}

/* The pairs of @p's links without rows: the same pairs, in the same order. */
static void same_masks(const struct xw_catalog *cat, const struct xw_pairs *p)
{
	struct xw_links l;
	struct xw_pairs m;
	struct xw_error e;

	cr_assert_eq(xw_links_collect(&l, cat, p->fa, p->fb, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_from_links(&m, &l, false, &e), 0, "%s", e.message);
	xw_links_clear(&l);
	cr_assert_eq(m.n, p->n, "%s -> %s: %zu pairs, with rows %zu", p->fa->id, p->fb->id,
		     m.n, p->n);
	for (size_t i = 0; i < m.n; i++) {
		cr_expect(m.v[i].a == p->v[i].a && m.v[i].b == p->v[i].b && m.v[i].rel == p->v[i].rel,
			  "%s -> %s: pair %zu differs", p->fa->id, p->fb->id, i);
		cr_expect_eq(m.v[i].n_rows, 0);
	}
	cr_expect_eq(m.n_conflicts, 0);
	xw_pairs_clear(&m);
}

/*
 * Compares both ways for A -> H -> B; adds to @seen how many B leaves got
 * each status, so the caller can tell the comparison was not vacuous.
 */
static void compare(const struct xw_catalog *cat, const struct xw_framework *a,
		    const struct xw_framework *h, const struct xw_framework *b,
		    size_t seen[XW_COVER_COUNT])
{
	struct xw_pairs ah, hb, ab;
	struct xw_adjacency adj;
	struct xw_fanout fo;
	struct xw_through t;
	struct xw_error e;
	enum xw_cover *fast = calloc(b->n_items + 1, sizeof(*fast));
	enum xw_cover *slow = calloc(b->n_items + 1, sizeof(*slow));

	cr_assert(fast && slow);
	cr_assert_eq(xw_pairs_direct(&ah, cat, a, h, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_direct(&hb, cat, h, b, &e), 0, "%s", e.message);
	same_masks(cat, &ah);
	same_masks(cat, &hb);
	cr_assert_eq(xw_pairs_compose_masks(&ab, &ah, &hb, &e), 0, "%s", e.message);
	xw_coverage_of_pairs(slow, &ab);
	cr_assert_eq(xw_adjacency_init(&adj, &ah, &e), 0, "%s", e.message);
	cr_assert_eq(xw_fanout_init(&fo, &hb, adj.masks, &e), 0, "%s", e.message);
	xw_through_init(&t);
	cr_assert_eq(xw_coverage_through(fast, &adj, &fo, &t, &e), 0, "%s", e.message);
	for (size_t i = 0; i < b->n_items; i++) {
		cr_expect_eq(fast[i], slow[i], "%s by %s via %s, %s: %s, the slow way %s",
			     b->id, a->id, h->id, b->items[i]->id, xw_cover_name(fast[i]),
			     xw_cover_name(slow[i]));
		if (xw_item_is_leaf(b, i))
			seen[slow[i]]++;
	}
	xw_through_clear(&t);
	xw_fanout_clear(&fo);
	xw_adjacency_clear(&adj);
	xw_pairs_clear(&ab);
	xw_pairs_clear(&hb);
	xw_pairs_clear(&ah);
	free(fast);
	free(slow);
}

Test(hub, bundled_chains_match_the_slow_way)
{
	struct xw_catalog *cat = bundled();
	const struct xw_framework *fw[16];
	size_t n = 0, chains = 0, seen[XW_COVER_COUNT] = { 0 };

	for (size_t d = 0; d < cat->n_docs && n < 16; d++)
		if (cat->docs[d].kind == XW_DOC_FRAMEWORK)
			fw[n++] = cat->docs[d].framework;
	for (size_t h = 0; h < n; h++)
		for (size_t a = 0; a < n; a++)
			for (size_t b = 0; b < n; b++) {
				if (a == h || b == h || a == b ||
				    !has_set(cat, fw[a], fw[h]) || !has_set(cat, fw[h], fw[b]))
					continue;
				compare(cat, fw[a], fw[h], fw[b], seen);
				chains++;
			}
	/* ★ joins five frameworks (20 ordered pairs), ISO/IEC 27001 two */
	cr_assert_geq(chains, 22, "only %zu chains in the bundled data", chains);
	cr_assert_gt(seen[XW_COVER_FULL], 0, "no leaf covered through any hub");
	cr_assert_gt(seen[XW_COVER_PARTLY], 0, "no leaf partly covered through any hub");
	cr_assert_gt(seen[XW_COVER_UNKNOWN], 0, "every leaf decided through every hub");
	xw_catalog_free(cat);
}

Test(hub, fixture_chain_matches_the_slow_way)
{
	struct xw_catalog *cat = eng_catalog("sets/pairs", NULL);
	size_t seen[XW_COVER_COUNT] = { 0 };

	compare(cat, eng_fw(cat, "s"), eng_fw(cat, "m"), eng_fw(cat, "t"), seen);
	compare(cat, eng_fw(cat, "t"), eng_fw(cat, "m"), eng_fw(cat, "s"), seen);
	cr_assert_gt(seen[XW_COVER_FULL] + seen[XW_COVER_PARTLY], 0,
		     "the fixture chain decides nothing");
	xw_catalog_free(cat);
}

Test(hub, refuses_lists_that_do_not_meet)
{
	struct xw_catalog *cat = eng_catalog("sets/pairs", NULL);
	const struct xw_framework *s = eng_fw(cat, "s"), *m = eng_fw(cat, "m"),
				  *t = eng_fw(cat, "t");
	struct xw_pairs sm, st;
	struct xw_adjacency adj;
	struct xw_fanout fo;
	struct xw_through th;
	struct xw_error e;
	enum xw_cover status[64];

	cr_assert_eq(xw_pairs_direct(&sm, cat, s, m, &e), 0, "%s", e.message);
	cr_assert_eq(xw_pairs_direct(&st, cat, s, t, &e), 0, "%s", e.message);
	cr_assert_eq(xw_adjacency_init(&adj, &sm, &e), 0, "%s", e.message);
	/* a fan-out from s, not from m, and built for no mask at all */
	cr_assert_eq(xw_fanout_init(&fo, &st, 0, &e), 0, "%s", e.message);
	xw_through_init(&th);
	cr_assert_eq(xw_coverage_through(status, &adj, &fo, &th, &e), XW_EUSAGE);
	xw_through_clear(&th);
	xw_fanout_clear(&fo);
	xw_adjacency_clear(&adj);
	xw_pairs_clear(&st);
	xw_pairs_clear(&sm);
	xw_catalog_free(cat);
}

/*
 * The limits, met without the memory they stand for: a list that claims
 * 2^31 pairs (never read, since the limit is checked first) and a
 * framework that claims 2^24 items.
 */
Test(hub, refuses_what_does_not_fit_its_indexes)
{
	struct xw_catalog *cat = eng_catalog("sets/pairs", NULL);
	const struct xw_framework *s = eng_fw(cat, "s"), *m = eng_fw(cat, "m");
	struct xw_framework huge = *m;
	struct xw_pairs p = { .fa = s, .fb = m, .n = (size_t)1 << 31 };
	struct xw_adjacency adj;
	struct xw_fanout fo;
	struct xw_error e;

	/* one mask: 2^31 steps fit; all 32: 2^36 do not */
	cr_assert_eq(xw_fanout_init(&fo, &p, UINT32_MAX, &e), XW_ELIMIT);
	cr_expect_str_eq(e.message, "too many chain steps from 's' to 'm'");
	huge.n_items = (size_t)1 << 24;
	p.n = 0;
	p.fb = &huge;
	cr_assert_eq(xw_fanout_init(&fo, &p, 1, &e), XW_ELIMIT);
	cr_expect_str_eq(e.message, "'s' or 'm' has more than 16777215 items");
	cr_assert_eq(xw_adjacency_init(&adj, &p, &e), XW_ELIMIT);
	p.fb = m;
	p.n = UINT32_MAX;
	cr_assert_eq(xw_adjacency_init(&adj, &p, &e), XW_ELIMIT);
	cr_expect_str_eq(e.message, "more than 4294967294 pairs of 's' and 'm'");
	xw_catalog_free(cat);
}
