/* SPDX-License-Identifier: MIT */
#ifndef XWALK_RELATION_H
#define XWALK_RELATION_H

/**
 * Relations between the requirement sets of two items, as sets of
 * possibilities (RCC-5). A mask holds the base relations still possible;
 * composing masks along a chain of mappings is exact: the result holds
 * every relation some sets could have, and nothing else.
 */

#include <stdint.h>

#include "xwalk/mapping.h"

enum {
	XW_R_EQ = 1 << 0,   /* equal */
	XW_R_PP = 1 << 1,   /* proper part: a is a subset of b */
	XW_R_PPI = 1 << 2,  /* inverse: a is a superset of b */
	XW_R_PO = 1 << 3,   /* partial overlap */
	XW_R_DR = 1 << 4,   /* disjoint: no relationship */
	XW_R_ALL = 0x1F,    /* nothing known */
	XW_R_RELATED = XW_R_EQ | XW_R_PP | XW_R_PPI | XW_R_PO,
};

typedef uint8_t xw_rel;

/** The mask a mapping row's relationship states (XW_R_ALL when unset). */
xw_rel xw_rel_from_relationship(enum xw_relationship r);
/** The relation of (b, a) given that of (a, b). */
xw_rel xw_rel_converse(xw_rel r);
/** What is known of (a, c) from (a, b) = @r1 and (b, c) = @r2. */
xw_rel xw_rel_compose(xw_rel r1, xw_rel r2);
/** "{EQ,PP}"-style text, for reports. */
const char *xw_rel_name(xw_rel r, char buf[32]);

#endif
