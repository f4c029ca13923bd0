/* SPDX-License-Identifier: MIT */
#ifndef CPRT_SUCCESSORS_H
#define CPRT_SUCCESSORS_H

/*
 * The successors in a withdrawal note: "Incorporated into GV.RR-02,
 * GV.SC-02", "Moved to GV.OC-03" and "Moved into GV.RM-02" (NIST writes
 * both) name CSF 2.0 ids. Notes of withdrawn categories may name none
 * ("Incorporated into other Categories and Functions").
 */

#include "cprt_text.h"

#define CPRT_SUCCESSORS_MAX 16

enum cprt_phrase { CPRT_INCORPORATED_INTO, CPRT_MOVED_TO, CPRT_MOVED_INTO };

/* The phrase @note begins with (an enum cprt_phrase), or -1 for none of them. */
int cprt_note_phrase(struct cprt_span note);

/*
 * The ids @note names, into @ids: their number (1 or more), or -1 when
 * the note is not one of the forms above, names something that is not a
 * CSF id, or names more than CPRT_SUCCESSORS_MAX ids.
 */
int cprt_successors(struct cprt_span note, struct cprt_span ids[CPRT_SUCCESSORS_MAX]);

#endif
