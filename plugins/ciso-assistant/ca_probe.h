/* SPDX-License-Identifier: MIT */
#ifndef CA_PROBE_H
#define CA_PROBE_H

#include "xwalk/plugin.h"

/*
 * 80 for YAML that looks like a CISO Assistant library (a top-level
 * "urn: urn:" line, the value maybe quoted, and a top-level "objects:"
 * line), else 0. Looks at
 * the text only: the readers parse it.
 */
int ca_probe(const struct xw_input *in);

#endif
