/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_PROSE_H
#define OSCAL_PROSE_H

/*
 * A control's statement as one plain text, as the publication prints
 * it: the statement's own prose, then each item on its own line after
 * its label ("a. Develop ...", "1. ...", "(a) ..."), depth-first.
 * Parameters are shown as SP 800-53 shows them: "[Assignment: <label>]"
 * or "[Selection (one or more): <choice>; <choice>]"; no value is ever
 * filled in, since a catalog sets none.
 */

#include "oscal_index.h"
#include "oscal_text.h"
#include "oscal_view.h"

/* Groups and controls nest no deeper than this (a limit of ours). */
#define OC_MAX_NESTING 64

struct oc_prose {
	const struct oc_view *v;
	/* the enclosing groups and controls, outermost first: an insert
	 * names a parameter of the innermost one that has it */
	const void *scope[OC_MAX_NESTING];
	size_t depth;
	int rendering;          /* parameters being rendered, against cycles */
	struct oc_text text;    /* the result of oc_prose_statement() */
};

void oc_prose_init(struct oc_prose *p, const struct oc_view *v);
void oc_prose_free(struct oc_prose *p);

/*
 * Flattens the statement part of @node (the overview part for a group
 * that has no statement) into p->text, and maps the id of each of its
 * items to @owner in @ix, so links into a statement resolve to the
 * control. @node must be the innermost entry of p->scope. Returns -1
 * when out of memory.
 */
int oc_prose_statement(struct oc_prose *p, const void *node,
		       struct oc_index *ix, const char *owner);

/* Initialises @t so that its inserts render as in a statement (titles
 * may hold inserts too). */
void oc_prose_text_init(struct oc_prose *p, struct oc_text *t);

#endif
