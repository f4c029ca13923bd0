/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>

#include "xwalk/relation.h"

/*
 * Brute force over every triple of non-empty subsets of a 4-element
 * universe: the real relation of (a, c) must always be in the composed
 * mask (sound), and every relation in a composed entry must occur for
 * some triple (tight).
 */
#define UNIVERSE 4
#define SETS (1u << UNIVERSE)

static xw_rel actual(unsigned a, unsigned b)
{
	if (a == b)
		return XW_R_EQ;
	if ((a & b) == a)
		return XW_R_PP;
	if ((a & b) == b)
		return XW_R_PPI;
	if (a & b)
		return XW_R_PO;
	return XW_R_DR;
}

Test(relation, composition_is_sound_and_tight)
{
	xw_rel seen[5][5] = { { 0 } };
	unsigned triples = 0;

	for (unsigned a = 1; a < SETS; a++)
		for (unsigned b = 1; b < SETS; b++)
			for (unsigned c = 1; c < SETS; c++) {
				xw_rel ab = actual(a, b), bc = actual(b, c), ac = actual(a, c);
				int i = __builtin_ctz(ab), j = __builtin_ctz(bc);

				cr_assert(xw_rel_compose(ab, bc) & ac,
					  "unsound: a=%x b=%x c=%x", a, b, c);
				seen[i][j] |= ac;
				triples++;
			}
	cr_assert_eq(triples, 15u * 15u * 15u);
	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 5; j++) {
			char want[32], got[32];
			xw_rel composed = xw_rel_compose((xw_rel)(1 << i), (xw_rel)(1 << j));
			cr_assert_eq(seen[i][j], composed, "not tight at (%d,%d): table %s, possible %s",
				     i, j, xw_rel_name(composed, want), xw_rel_name(seen[i][j], got));
		}
}

Test(relation, converse_swaps_subset_and_superset)
{
	cr_assert_eq(xw_rel_converse(XW_R_PP), XW_R_PPI);
	cr_assert_eq(xw_rel_converse(XW_R_PPI | XW_R_DR), XW_R_PP | XW_R_DR);
	cr_assert_eq(xw_rel_converse(XW_R_ALL), XW_R_ALL);
	for (unsigned a = 1; a < SETS; a++)
		for (unsigned b = 1; b < SETS; b++)
			cr_assert_eq(xw_rel_converse(actual(a, b)), actual(b, a));
}

Test(relation, composition_of_unions_is_union_of_compositions)
{
	for (xw_rel r1 = 1; r1 <= XW_R_ALL; r1++)
		for (xw_rel r2 = 1; r2 <= XW_R_ALL; r2++) {
			xw_rel expect = 0;
			for (int i = 0; i < 5; i++)
				if (r1 >> i & 1)
					expect |= xw_rel_compose((xw_rel)(1 << i), r2);
			cr_assert_eq(xw_rel_compose(r1, r2), expect);
		}
	cr_assert_eq(xw_rel_compose(XW_R_RELATED, XW_R_DR),
		     XW_R_PPI | XW_R_PO | XW_R_DR);
}

Test(relation, relationships_map_to_masks)
{
	cr_assert_eq(xw_rel_from_relationship(XW_REL_SUPERSET), XW_R_PPI);
	cr_assert_eq(xw_rel_from_relationship(XW_REL_RELATED), XW_R_RELATED);
	cr_assert_eq(xw_rel_from_relationship(XW_REL_UNSET), XW_R_ALL);
}
