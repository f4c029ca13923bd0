/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_META_H
#define OSCAL_META_H

/*
 * Framework metadata from an OSCAL catalog's <metadata>, and the
 * catalogs xwalk knows by name. A known catalog gets our framework id
 * (nist-csf-2.0, nist-sp800-53-r5, its resolved baselines, and
 * nist-sp800-171-r3), NIST as publisher, the official document's
 * address, a licence note and an id-pattern that describes its ids
 * exactly; any other catalog gets an id made from its title, and its
 * id-pattern is made from the ids it turns out to hold.
 */

#include <stddef.h>

#include "xwalk/plugin.h"
#include "oscal_view.h"

#define OC_META_ID_MAX 64

struct oc_meta {
	/* CPRT-generated catalogs prefix every id with the framework
	 * identifier ("SP_800_171_03.01.01"); items drop "PREFIX_". */
	const char *prefix;
	size_t prefix_len;
	const char *pattern;      /* NULL: derive it from the ids */
	char id[OC_META_ID_MAX + 1];
};

/*
 * Reads the metadata of the catalog in @v and sets the framework's
 * fields other than id-pattern. Errors, reported: no metadata title,
 * and those of the host's setters.
 */
int oc_meta_read(const struct xw_host *h, struct xw_call *call,
		 const struct oc_view *v, struct xw_framework *fw,
		 struct oc_meta *out);

/* The item id for OSCAL id @oscal_id: the prefix dropped, if it has it. */
const char *oc_meta_item_id(const struct oc_meta *m, const char *oscal_id);

#endif
