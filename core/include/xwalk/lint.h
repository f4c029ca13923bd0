/* SPDX-License-Identifier: MIT */
#ifndef XWALK_LINT_H
#define XWALK_LINT_H

/**
 * Checks that go across documents: every item a mapping row or an
 * assessment cites exists in its framework and is not withdrawn; the
 * framework versions agree; no two rows map the same items; a set that
 * says it is comprehensive addresses every target item; no row is stale
 * (an item it was reviewed against has changed its text since). (What a single
 * file can check on its own is checked when it is read.)
 */

#include <stddef.h>

#include "xwalk/catalog.h"

/**
 * Lints every document of @cat. Frameworks are looked up in @cat first,
 * then in @context (may be NULL). Each problem goes to @report. Returns
 * the number of problems.
 */
size_t xw_lint(const struct xw_catalog *cat, const struct xw_catalog *context,
	       xw_report_fn report, void *ctx);

#endif
