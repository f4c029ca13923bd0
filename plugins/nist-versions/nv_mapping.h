/* SPDX-License-Identifier: MIT */
#ifndef NV_MAPPING_H
#define NV_MAPPING_H

/*
 * The version mapping from SP 800-53 rev. 4 to rev. 5, one row a rev. 4
 * control, its relationship from what NIST says changed (docs/formats.md,
 * "SP 800-53 Rev. 4 to Rev. 5"):
 *
 * - unchanged ("N"): equal, rationale syntactic;
 * - changed, but not more than editorially (NIST's Y/N column says N):
 *   equal, rationale semantic;
 * - more than editorial, and the only change to the control's statement
 *   is added text: subset-of (rev. 5 asks more), semantic;
 * - more than editorial otherwise: related (NIST says it changed, not
 *   how the two relate);
 * - withdrawn in rev. 5 and "Incorporated into" controls: subset-of
 *   their union ("AC-2k", an item of AC-2, is read as AC-2: what is part
 *   of an item is part of the control), semantic; "Moved to": related;
 *   a note naming no control: no row, named in intended-use.
 *
 * New controls and those withdrawn already in rev. 4 have no row. Each
 * row is a draft; its justification quotes NIST's notation.
 */

#include "xwalk/plugin.h"

int nv_read_mapping(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_mapping *m);

#endif
