/* SPDX-License-Identifier: MIT */
#ifndef SOA_PROBE_H
#define SOA_PROBE_H

#include "xwalk/plugin.h"

/*
 * How sure probe() can be that @in is an SoA: 80 when a header row of
 * the first 20 (of any sheet) names a control id column and an
 * applicability or status column; 10 when one names only part of what
 * is needed, or a CSV file holds Japanese header words in Shift_JIS, so
 * that reading it says what is wrong; else 0. Reads only the first 20
 * rows of a CSV file.
 */
int soa_probe(const struct xw_input *in);

#endif
