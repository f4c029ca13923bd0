/* SPDX-License-Identifier: MIT */
#ifndef CPRT_SP80053_H
#define CPRT_SP80053_H

/*
 * NIST's SP 800-53 Rev 5.1.1 references ("AC-01", "CP-02(08)", a family
 * "PT") read into the OSCAL ids of the oscal plugin's SP 800-53 catalog
 * ("ac-1", "cp-2.8", "pt") by its normaliser (plugins/oscal/sp80053_id.h).
 * An id of a family SP 800-53 Rev. 5 does not have is emitted as not
 * known; nothing else is checked, as no catalog is at hand.
 */

#include "cprt_target.h"

int cprt_sp80053_read(const char *ref, cprt_emit_fn emit, void *ctx);

#endif
