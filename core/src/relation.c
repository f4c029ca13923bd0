/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/relation.h"

enum { EQ = XW_R_EQ, PP = XW_R_PP, PPI = XW_R_PPI, PO = XW_R_PO, DR = XW_R_DR };

/*
 * The RCC-5 composition table for non-empty sets: TABLE[i][j] is what
 * (a, c) can be when (a, b) is base relation i and (b, c) is base
 * relation j, in the bit order EQ, PP, PPi, PO, DR. The unit tests check
 * it against every triple of subsets of a small universe.
 */
static const xw_rel TABLE[5][5] = {
	/* EQ  */ { EQ, PP, PPI, PO, DR },
	/* PP  */ { PP, PP, XW_R_ALL, PP | PO | DR, DR },
	/* PPi */ { PPI, EQ | PP | PPI | PO, PPI, PPI | PO, PPI | PO | DR },
	/* PO  */ { PO, PP | PO, PPI | PO | DR, XW_R_ALL, PPI | PO | DR },
	/* DR  */ { DR, PP | PO | DR, DR, PP | PO | DR, XW_R_ALL },
};

xw_rel xw_rel_from_relationship(enum xw_relationship r)
{
	switch (r) {
	case XW_REL_EQUAL: return EQ;
	case XW_REL_SUBSET: return PP;
	case XW_REL_SUPERSET: return PPI;
	case XW_REL_INTERSECTS: return PO;
	case XW_REL_NONE: return DR;
	case XW_REL_RELATED: return XW_R_RELATED;
	default: return XW_R_ALL;
	}
}

xw_rel xw_rel_converse(xw_rel r)
{
	xw_rel out = r & (EQ | PO | DR);

	if (r & PP)
		out |= PPI;
	if (r & PPI)
		out |= PP;
	return out;
}

xw_rel xw_rel_compose(xw_rel r1, xw_rel r2)
{
	xw_rel out = 0;

	for (int i = 0; i < 5; i++)
		for (int j = 0; j < 5; j++)
			if ((r1 >> i & 1) && (r2 >> j & 1))
				out |= TABLE[i][j];
	return out;
}

const char *xw_rel_name(xw_rel r, char buf[32])
{
	static const char *const names[5] = { "EQ", "PP", "PPi", "PO", "DR" };

	strcpy(buf, "{");
	for (int i = 0; i < 5; i++)
		if (r >> i & 1) {
			if (buf[1])
				strcat(buf, ",");
			strcat(buf, names[i]);
		}
	strcat(buf, "}");
	return buf;
}
