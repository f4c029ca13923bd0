/* SPDX-License-Identifier: MIT */
#ifndef OM_ROWS_H
#define OM_ROWS_H

/*
 * Rows come from maps, which are rows with both sides, and from gap
 * summaries, whose entries are gap rows. In a document xwalk wrote, each
 * gap row's own fields are props of its mapping, grouped as "row-N"
 * where N is the row's place in the set; elsewhere a gap row follows the
 * maps of its mapping.
 */

#include <stddef.h>

#include "om_rctx.h"

/* One of xwalk's props with a group, on a mapping. */
struct om_pair {
	const char *group;
	const struct om_node *prop;
	size_t index;                /* its place among the props */
};

struct om_gap {
	const struct om_node *mapping;
	const struct om_node *entry;     /* its unmapped-controls entry */
	const struct om_node *at;
	int side;                        /* 0: its ids are sources; 1: targets */
	size_t first, n;                 /* its props: pairs[first .. first + n) */
	const char *id;                  /* other tools' documents: from the summary */
	size_t position;                 /* 1-based place in the set; 0 for none */
};

struct om_rows {
	struct om_pair *pairs;
	size_t n_pairs, cap_pairs;
	struct om_gap *gaps;
	size_t n_gaps, cap_gaps;
	size_t n_maps;
};

/* Gap rows of one mapping: its groups of props, then its summaries. */
int om_r_collect_gaps(struct om_r *r, struct om_rows *rows, const struct om_node *mapping);

/* One row from a map, or from a gap. */
int om_r_map(struct om_r *r, const struct om_node *mapping, const struct om_node *map);
int om_r_gap(struct om_r *r, const struct om_rows *rows, const struct om_gap *gap);

/* Applies one of xwalk's row props; @gap says which names a row may have. */
int om_r_row_prop(struct om_r *r, struct xw_row *row, const struct om_node *prop,
		  const char *name, const char *value, bool gap);

#endif
