/* SPDX-License-Identifier: MIT */
#ifndef CPRT_META_H
#define CPRT_META_H

/*
 * What the export does not say about the framework: its metadata, as the
 * bundled catalog (frameworks/nist-csf-2.0.yaml) has it, so that the
 * export's text lays over the catalog item for item. The export's own
 * date is when it was generated, not when CSF 2.0 was published, and is
 * not the framework's date.
 */

#include "xwalk/plugin.h"

#define CPRT_FRAMEWORK_ID "nist-csf-2.0"
#define CPRT_FRAMEWORK_VERSION "2.0"

int cprt_meta_set(const struct xw_host *h, struct xw_call *call, struct xw_framework *fw);

#endif
