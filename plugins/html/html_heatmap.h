/* SPDX-License-Identifier: MIT */
#ifndef HTML_HEATMAP_H
#define HTML_HEATMAP_H

/*
 * The heatmap of a "matrix" section (source items x target leaves) and,
 * under it, the derivation of each cell: the links of the report's
 * "links" section and the mapping rows of its "rows" section, with the
 * items' titles from its "items" sections. A report without those shows
 * the cells without their derivation.
 */

#include <stddef.h>

#include "html_index.h"
#include "html_out.h"

struct heatmap {
	struct html *h;
	size_t matrix;
	long links, rows, coverage;  /* sections; -1 when the report has none */
	struct html_index by_source; /* links by each word of SOURCE */
	struct html_index by_row;    /* mapping rows by ROW */
	struct html_index by_item;   /* items (every items section) by ITEM */
	struct html_index by_target; /* coverage rows by ITEM */
	const char *id;              /* the table's id */
};

/* Appends section @s, of kind "matrix", as table @id. Returns 0 or XW_ENOMEM. */
int html_heatmap(struct html *h, size_t s, const char *id);

/* The titles of item @item of framework @fw (any framework when NULL). */
void html_heatmap_titles(const struct heatmap *hm, const char *fw, const char *item,
			 const char **ja, const char **en);
/* Appends the derivation of every cell, one <details> per source item. */
void html_heatmap_derivations(const struct heatmap *hm);

#endif
