/* SPDX-License-Identifier: MIT */
#ifndef CA_PAIRS_H
#define CA_PAIRS_H

/*
 * Our rows as CISO Assistant's: one source item and one target item
 * each. A row of several sources or targets claims its relationship for
 * them together; per pair it says no more than this:
 *
 *   together       one source        one target        each pair
 *   equal          superset          subset            intersect
 *   subset-of      intersect         subset            intersect
 *   superset-of    superset          intersect         intersect
 *   intersects     intersect         intersect         intersect
 *   no-relation    not_related       not_related       not_related
 *
 * (an item a row cites overlaps the other side, or it would not be
 * cited; 'subset-of' of several targets does not put the source inside
 * any one of them). The strength is for the whole claim, so only a row
 * of one pair keeps it. Gap rows and 'related' rows have no pair
 * CISO Assistant can hold and are left out.
 */

#include <stddef.h>

/* CISO Assistant's relationship for each pair of a row of @n sources and @m targets; NULL for none. */
const char *ca_pair_relation(const char *ours, size_t n, size_t m);

#endif
