/* SPDX-License-Identifier: MIT */
#ifndef CPRT_VERSIONS_H
#define CPRT_VERSIONS_H

/*
 * The version mapping from CSF 1.1 to CSF 2.0 (the option
 * from=nist-csf-1.1), out of what NIST's export says of CSF 1.1:
 *
 * - each withdrawn 1.1 id's note gives a row to the 2.0 ids it names:
 *   "Incorporated into" and "Moved into" as subset-of (the old outcome is
 *   now part of the union of the new ones; nothing says it is all of
 *   them), "Moved to" as related (NIST moved the outcome and reworded it,
 *   sometimes to another meaning, so equal would claim too much). A note
 *   that names no 2.0 id ("Incorporated into other Categories and
 *   Functions") gives no row and is named in intended-use;
 * - each "CSF v1.1: ID.BE-2" informative reference of a 2.0 item gives a
 *   row from the 1.1 id to it, related, unless a note gave that pair.
 *   NIST writes 1.1 ids unpadded; they become the padded ids NIST's
 *   export gives withdrawn 1.1 items (ID.BE-02).
 *
 * Rows are drafts with NIST's words as the justification.
 */

#include "cprt_rows.h"

int cprt_versions_read(struct cprt_rows *r, const char *date);

#endif
