/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_JSON_H
#define OSCAL_JSON_H

/*
 * OSCAL in JSON, parsed by oscal_jtree.c and offered as an oc_view.
 */

#include "xwalk/plugin.h"
#include "oscal_jtree.h"
#include "oscal_view.h"

/*
 * Parses @in into @doc and points @view at the top-level member
 * @root_key ("catalog" or "profile"). Errors: those of oc_json_parse(),
 * and a member that is not an object (XW_EINVAL). XW_EUNSUPPORTED,
 * reporting nothing, when the top-level object has no such member (a
 * profile where a catalog is wanted, say). @doc is freed on error.
 */
int oscal_json_open(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, const char *root_key,
		    struct oc_jdoc *doc, struct oc_view *view);

#endif
