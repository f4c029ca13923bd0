/* SPDX-License-Identifier: MIT */
#ifndef CPRT_ROW_H
#define CPRT_ROW_H

/*
 * Rows and intended-use of mapping sets read from NIST's words (nist-cprt,
 * and nist-versions, which compiles this file in).
 */

#include "cprt_seen.h"
#include "xwalk/plugin.h"

/*
 * Adds the row @id from @source to @targets (in their order) with
 * @relationship, @rationale (NULL: none) and NIST's words @just as its
 * justification, as a draft. Returns 0 or the host's error.
 */
int cprt_row_write(const struct xw_host *h, struct xw_call *call, struct xw_mapping *m,
		   const char *id, const char *source, const struct cprt_seen *targets,
		   const char *relationship, const char *rationale, const char *just);

/*
 * Sets the set's intended-use: @use, then " @why: " and the first keys of
 * @left ("GV.RM-07 -> 6.11, ...", " and N more") when it has any.
 */
int cprt_set_use(const struct xw_host *h, struct xw_call *call, struct xw_mapping *m,
		 const char *use, const char *why, const struct cprt_seen *left);

#endif
