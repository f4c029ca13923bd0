/* SPDX-License-Identifier: MIT */
#ifndef XWALK_XWP_FIELDS_H
#define XWALK_XWP_FIELDS_H

/*
 * A framework's fixed metadata, for readers that know which framework a
 * file holds: tables of { key, sub-key, value } rows as in the native
 * format (docs/formats.md). Part of plugin_state_dep.
 */

#include <stddef.h>

#include "xwalk/plugin.h"

/*
 * Sets @fw's fields from the @n_meta rows of @meta, then adds a profile
 * at each row of @profiles whose key is "id" and sets the rows after it
 * on that profile (@profiles may be NULL). Returns 0 or the host's error.
 */
int xwp_framework_fields(const struct xw_host *h, struct xw_call *call,
			 struct xw_framework *fw,
			 const char *const (*meta)[3], size_t n_meta,
			 const char *const (*profiles)[3], size_t n_profiles);

#endif
