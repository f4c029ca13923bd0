/* SPDX-License-Identifier: MIT */
#ifndef XWALK_PATHS_H
#define XWALK_PATHS_H

/**
 * Where xwalk finds its bundled data: XWALK_DATA_PATH (colon-separated
 * folders, each holding frameworks/ and mappings/) when set; otherwise
 * the source tree when xwalk runs from its build tree; otherwise the
 * installed data folder.
 */

#include <stdbool.h>
#include <stddef.h>

/** True when the running program lives in xwalk's build tree. */
bool xw_in_build_tree(void);

/** Fills @dirs (borrowed strings) with the data folders; returns how many. */
size_t xw_data_dirs(const char **dirs, size_t max);

#endif
