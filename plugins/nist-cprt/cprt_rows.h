/* SPDX-License-Identifier: MIT */
#ifndef CPRT_ROWS_H
#define CPRT_ROWS_H

/*
 * The rows of a mapping set from the Informative References cells. A
 * cell holds one reference a line, "SCHEME: REFERENCE"; the references of
 * the target's scheme become rows from the CSF id the sheet row names
 * (its deepest) to each id the reference names, in sheet and line order.
 * A pair given before gets no second row; a pair whose target id the
 * target framework does not have is left out, warned once and listed.
 * Reversed, the rows go from the id the reference names to the CSF id
 * (a version mapping from CSF 1.1, whose ids NIST cites, to CSF 2.0).
 */

#include <stddef.h>

#include "cprt_seen.h"
#include "cprt_sheet.h"
#include "cprt_target.h"
#include "cprt_walk.h"

struct cprt_rows {
	const struct cprt_sheet *s;
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_mapping *m;
	const struct cprt_target *t;
	bool reversed;              /* rows from the reference to the CSF id */
	size_t n_rows;              /* rows added so far: the next row's id */
	struct cprt_seen given;     /* "GV.OC -> 4.2": pairs with a row, as the rows go */
	struct cprt_seen left_out;  /* the same for pairs left out */
	size_t n_refs;              /* references of the scheme read */
	/* the reference being read */
	const struct cprt_entry *e;
	const char *ref;
};

/*
 * Adds the row "nist-NNNN" from @source to @targets with @relationship,
 * @rationale (NULL: none) and @just, as a draft.
 */
int cprt_rows_add(struct cprt_rows *r, const char *source, const struct cprt_seen *targets,
		  const char *relationship, const char *rationale, const char *just);

/* A cprt_walk() visitor: the rows of the entry's row, when it is its deepest. */
int cprt_rows_visit(void *ctx, const struct cprt_entry *e);

/* Frees the sets. */
void cprt_rows_free(struct cprt_rows *r);

#endif
