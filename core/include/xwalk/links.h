/* SPDX-License-Identifier: MIT */
#ifndef XWALK_LINKS_H
#define XWALK_LINKS_H

/**
 * Links: what the loaded mapping rows say about each leaf item of one
 * framework, seen from another.
 *
 * A row relates the union of its sources to the union of its targets.
 * For a leaf item t under a row's targets (listed, or a descendant of a
 * listed item: a requirement is the union of its criteria), the row
 * tells the relation of (source union, t) by composition with the
 * hierarchy, so a row that covers a requirement covers each criterion,
 * while one that covers part of a requirement says nothing definite of
 * any one criterion. Rows of sets in the other direction are used with
 * the converse relation. A gap row (no-relationship, one side empty)
 * says every item of the other framework is disjoint from its items.
 */

#include <stddef.h>

#include "xwalk/catalog.h"
#include "xwalk/relation.h"

struct xw_link {
	const struct xw_mapping *set;
	const struct xw_row *row;
	bool reversed;                 /* row read from target to source */
	size_t item;                   /* leaf item index in the "to" framework */
	xw_rel rel;                    /* relation of (the row's "from" side, item) */
	const struct xw_strlist *from; /* the row's "from" item ids (may be empty) */
	size_t from_at, n_from;        /* those items, outermost only (xw_items_outermost),
					* as indexes: from_items[from_at .. from_at + n_from) */
};

struct xw_links {
	const struct xw_framework *from;
	const struct xw_framework *to;
	struct xw_link *v;             /* sorted by item, then set, then row */
	size_t n;
	size_t *first;                 /* per "to" item: index of its first link */
	size_t *count;                 /* per "to" item: number of links */
	size_t n_sets;                 /* mapping sets that contributed */
	size_t *from_items;            /* every row's "from" items, resolved once per row */
	size_t n_from_items, cap_from_items;
};

/**
 * Collects the links from @from to @to out of every mapping set in @cat
 * between the two frameworks (either direction). Ids a row cites that
 * the framework lacks are skipped (lint reports them).
 * Errors: XW_ENOMEM.
 */
int xw_links_collect(struct xw_links *out, const struct xw_catalog *cat,
		     const struct xw_framework *from,
		     const struct xw_framework *to, struct xw_error *err);
void xw_links_clear(struct xw_links *l);

/** True when item @i has no children (the unit coverage counts). */
bool xw_item_is_leaf(const struct xw_framework *fw, size_t i);

/**
 * The items @ids names, in order, as indexes into @idx (room for @ids->n):
 * without ids @fw lacks, and without items another listed item holds
 * (their leaves are counted there). Returns how many there are.
 */
size_t xw_items_outermost(const struct xw_framework *fw,
			  const struct xw_strlist *ids, size_t *idx);

/**
 * The relation of (item @i, the union of @ids) within one framework:
 * EQ when @ids is just @i, {EQ, PP} when @i is listed with others or lies
 * under a listed item, 0 when @i is outside the union.
 */
xw_rel xw_rel_member(const struct xw_framework *fw, size_t i,
		     const struct xw_strlist *ids);

#endif
