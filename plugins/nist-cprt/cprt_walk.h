/* SPDX-License-Identifier: MIT */
#ifndef CPRT_WALK_H
#define CPRT_WALK_H

/*
 * The rows of the table, read as the CSF tree they spell out. Each row
 * below the header names a function, a category or a subcategory in its
 * column (or several, when an export repeats the levels above on every
 * row). A category belongs to the last function above it, a subcategory
 * to the last category: their ids must agree ("GV.OC" under "GV",
 * "GV.OC-01" under "GV.OC"). A function or category cell that repeats
 * the current one (the export closes each function's outline group with
 * a row "GOVERN (GV)") names nothing new.
 *
 * Withdrawn CSF 1.1 ids are entries too. A withdrawn category is not an
 * item of the catalog (frameworks/nist-csf-2.0.yaml has none), so the
 * walker gives its subcategories, all withdrawn, the function as their
 * parent and the category as old_category.
 */

#include <stdbool.h>
#include <stdint.h>

#include "cprt_cell.h"
#include "cprt_sheet.h"

struct cprt_entry {
	uint32_t row;
	enum cprt_level level;
	enum cprt_col col;                /* the cell's column */
	struct cprt_cell cell;
	char id[CPRT_ID_SIZE];
	char parent[CPRT_ID_SIZE];        /* "" for a function */
	char old_category[CPRT_ID_SIZE];  /* see above; "" for any other entry */
	bool is_new;                      /* false: the row repeats the current one */
	bool deepest;                     /* the row names nothing below it */
};

/* Called for every CSF cell of every row, in row order and level order; < 0 stops. */
typedef int (*cprt_visit_fn)(void *ctx, const struct cprt_entry *e);

/*
 * Walks the rows below the header row. Errors (reported at the cell): a
 * cell not of its level's form, an id not under the current one, a new
 * id without a statement, an id named twice, an active subcategory of a
 * withdrawn category, a repeat that says something else, a row with
 * references or examples but no CSF cell, a table without any. Else the
 * first visit's error, or 0.
 */
int cprt_walk(const struct cprt_sheet *s, cprt_visit_fn visit, void *ctx);

#endif
