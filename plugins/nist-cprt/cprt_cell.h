/* SPDX-License-Identifier: MIT */
#ifndef CPRT_CELL_H
#define CPRT_CELL_H

/*
 * The cells of the CSF columns of a CPRT export, one form per level:
 *
 *   function     GOVERN (GV): The organization's cybersecurity risk ...
 *   category     Organizational Context (GV.OC): The circumstances ...
 *   subcategory  GV.OC-01: The organizational mission is understood ...
 *
 * A withdrawn CSF 1.1 id says so instead of a statement:
 * "Business Environment (ID.BE): [Withdrawn: Incorporated into GV.OC]",
 * "ID.AM-06: [Withdrawn: Incorporated into GV.RR-02, GV.SC-02]". A
 * function cell without a statement ("GOVERN (GV)") is how the export
 * closes the function's outline group.
 */

#include <stdbool.h>

#include "cprt_text.h"

enum cprt_level { CPRT_FUNCTION, CPRT_CATEGORY, CPRT_SUBCATEGORY, CPRT_LEVELS };

/* The longest id of any level ("GV.OC-01"), with its NUL. */
#define CPRT_ID_SIZE 9

struct cprt_cell {
	struct cprt_span id;      /* "GV", "GV.OC", "GV.OC-01" */
	struct cprt_span title;   /* "GOVERN", "Organizational Context"; empty for a subcategory */
	struct cprt_span text;    /* the statement; for a withdrawn id, the note inside
				     the brackets ("Incorporated into GV.OC") */
	bool has_text;            /* the cell has a ':' and something after it */
	bool withdrawn;
};

/* The level's name, for messages: "function", "category", "subcategory". */
const char *cprt_level_name(enum cprt_level level);

/*
 * Parses @cell as a cell of @level. False when it is not of that level's
 * form or its id is not of that level's syntax (GV, GV.OC, GV.OC-01).
 */
bool cprt_cell_parse(const char *cell, enum cprt_level level, struct cprt_cell *out);

/* True when @id has the syntax of an id of @level. */
bool cprt_id_of_level(struct cprt_span id, enum cprt_level level);
/* True when @id has the syntax of an id of any level. */
bool cprt_id_any(struct cprt_span id);

/* True when @child's id begins with @parent's and a '.' or '-' follows. */
bool cprt_id_under(struct cprt_span child, struct cprt_span parent);

#endif
