/* SPDX-License-Identifier: MIT */
#ifndef SCS_META_H
#define SCS_META_H

/*
 * What a workbook does not say about itself: the framework's metadata
 * and its ★ profiles, exactly as the bundled catalog
 * (frameworks/scs-2026.yaml) has them, so that the official text read
 * here lays over the catalog item for item.
 */

#include "xwalk/plugin.h"

#define SCS_FRAMEWORK_ID "scs-2026"

int scs_meta_set(const struct xw_host *h, struct xw_call *call,
		 struct xw_framework *fw);

#endif
