/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_CATALOG_H
#define OSCAL_CATALOG_H

/*
 * An OSCAL catalog, whichever its syntax, built into a framework through
 * the host: metadata, then every group and control as an item, parents
 * before children as OSCAL nests them. See docs/formats.md, "OSCAL
 * catalogs and profiles", for what becomes what.
 */

#include "xwalk/plugin.h"
#include "oscal_view.h"

int oc_catalog_read(const struct xw_host *h, struct xw_call *call,
		    const struct oc_view *v, struct xw_framework *fw);

#endif
