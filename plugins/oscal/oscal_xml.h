/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_XML_H
#define OSCAL_XML_H

/*
 * OSCAL in XML, parsed with libxml2 into a tree and offered as an
 * oc_view. Untrusted input: the network is off, no DTD is loaded, no
 * entity is substituted, and a document with a DOCTYPE is refused as
 * soon as the parser meets it, so no declaration in it is ever read.
 */

#include "xwalk/plugin.h"
#include "oscal_view.h"

struct oscal_xml;

/*
 * Parses @in. On success *@out holds the document and @view its root,
 * an OSCAL element named @root_name ("catalog" or "profile"). Errors,
 * reported: malformed XML (XW_ESYNTAX, at the parser's line and column),
 * a DOCTYPE (XW_EINVAL), XW_ENOMEM. XW_EUNSUPPORTED, reporting nothing,
 * when the root is something else (a profile where a catalog is wanted,
 * say).
 */
int oscal_xml_open(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, const char *root_name,
		   struct oscal_xml **out, struct oc_view *view);
void oscal_xml_close(struct oscal_xml *doc);

/* Once per process, before any parsing (libxml2's own set-up). */
void oscal_xml_init(void);

#endif
