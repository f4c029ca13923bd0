/* SPDX-License-Identifier: MIT */
#ifndef JC_META_H
#define JC_META_H

#include "xwalk/plugin.h"

/* The framework a check sheet is the text of, and its answers are on. */
#define JC_FRAMEWORK_ID "jama-japia-2.2"

/*
 * Sets the metadata and profiles of frameworks/jama-japia-2.2.yaml on
 * @fw (a check sheet states neither): the same id, version, id-pattern
 * and profile ids, so that what is read lines up with the bundled catalog.
 */
int jc_meta_set(const struct xw_host *h, struct xw_call *call, struct xw_framework *fw);

#endif
