/* SPDX-License-Identifier: MIT */
#ifndef OM_SNIFF_H
#define OM_SNIFF_H

#include <stdbool.h>

#include "xwalk/plugin.h"

/*
 * Whether @in is a JSON object whose first key, after an optional
 * "$schema", is "mapping-collection": an OSCAL mapping collection. Reads
 * only the first 4 KiB; says nothing.
 */
bool om_is_mapping_collection(const struct xw_input *in);

#endif
