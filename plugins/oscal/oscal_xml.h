/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_XML_H
#define OSCAL_XML_H

/*
 * OSCAL in XML, parsed by oscal_xtree.c and offered as an oc_view.
 */

#include "xwalk/plugin.h"
#include "oscal_view.h"
#include "oscal_xtree.h"

/*
 * Parses @in into @doc and points @view at its root, an OSCAL element
 * named @root_name ("catalog" or "profile"). Errors: those of
 * ox_parse(). XW_EUNSUPPORTED, reporting nothing, when the root is
 * something else (a profile where a catalog is wanted, say). @doc is
 * freed on error.
 */
int oscal_xml_open(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, const char *root_name,
		   struct ox_doc *doc, struct oc_view *view);

#endif
