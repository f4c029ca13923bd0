/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_PROPS_H
#define OSCAL_PROPS_H

/*
 * A group's or control's OSCAL props as item props, and its status. A
 * prop with a class is an alternative spelling of another (the
 * zero-padded label "AC-02" beside "AC-2") and is left out; "status" is
 * the item's status, not a prop.
 */

#include <stdbool.h>

#include "xwalk/plugin.h"
#include "oscal_text.h"
#include "oscal_view.h"

/*
 * Sets each prop name of @node once on @it, its values in document order
 * joined by ", " (CSF's "risk-party: 1st, 3rd"). @scratch is a text to
 * build values in. Errors: the host's, and XW_ENOMEM, reported.
 */
int oc_props_set(const struct xw_host *h, struct xw_call *call,
		 const struct oc_view *v, const void *node, struct xw_item *it,
		 struct oc_text *scratch);

/* True when @node has the prop status=withdrawn. */
bool oc_props_withdrawn(const struct oc_view *v, const void *node);

#endif
