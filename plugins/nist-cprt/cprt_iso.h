/* SPDX-License-Identifier: MIT */
#ifndef CPRT_ISO_H
#define CPRT_ISO_H

/*
 * NIST's ISO/IEC 27001:2022 references, as the export writes them after
 * "ISO/IEC 27001:2022:", read into the ids of frameworks/iso27001-2022.yaml:
 *
 *   Mandatory Clause: 6.1            -> 6.1
 *   Annex A Controls: 5.7            -> A.5.7
 *   Mandatory Clause: 7.1, 7.2       -> 7.1 and 7.2
 *   Mandatory Clause: 4.2(a)         -> 4.2 (what overlaps a list item of
 *                                       a clause overlaps the clause)
 *   Mandatory Clause: None, "Annex A Controls:", "Annex A Controls: All
 *   applicable controls"             -> nothing: they name no single item
 *
 * as contrib/mappings/import-csf-iso.py read them. A number that is no
 * clause, theme or control of the standard (NIST's "6.11") is emitted as
 * not known.
 */

#include <stdbool.h>

#include "cprt_target.h"

int cprt_iso_read(const char *ref, cprt_emit_fn emit, void *ctx);

/* True for an id of ISO/IEC 27001:2022: a clause ("6.1.2"), a theme ("A.5") or a control ("A.5.37"). */
bool cprt_iso_known(const char *id);

#endif
