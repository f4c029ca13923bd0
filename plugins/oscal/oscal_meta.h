/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_META_H
#define OSCAL_META_H

/*
 * Framework metadata from an OSCAL catalog's <metadata>, and the
 * catalogs (and baseline profiles) xwalk knows by name. A known catalog
 * gets our framework id (nist-csf-2.0, nist-sp800-53-r5, its resolved
 * baselines, and nist-sp800-171-r3), NIST as publisher, the official
 * document's address, a licence note and an id-pattern that describes
 * its ids exactly; any other catalog gets an id made from its title,
 * and its id-pattern is made from the ids it turns out to hold.
 */

#include <stddef.h>

#include "xwalk/plugin.h"
#include "oscal_text.h"
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

/*
 * Appends the metadata title of the document in @v (an OSCAL @what,
 * "catalog" or "profile") to @title, as plain text. Errors, reported:
 * no title ("... which xwalk needs to name the @names"), XW_ENOMEM.
 */
int oc_meta_title(const struct xw_host *h, struct xw_call *call,
		  const struct oc_view *v, const char *what, const char *names,
		  struct oc_text *title);

/* The framework id a catalog titled @title gets. */
void oc_meta_framework_id(const char *title, char out[OC_META_ID_MAX + 1]);

/* The profile id of a profile titled @title: low, moderate, high and
 * privacy for the SP 800-53 baselines, else oc_meta_slug(). */
void oc_meta_profile_id(const char *title, char out[OC_META_ID_MAX + 1]);

/*
 * An id made from @title: lower case letters and digits, '.' kept
 * between digits ("5.1.1"), every other run of characters one '-', at
 * most OC_META_ID_MAX characters; @fallback when that leaves nothing.
 */
void oc_meta_slug(const char *title, const char *fallback,
		  char out[OC_META_ID_MAX + 1]);

/* The item id for OSCAL id @oscal_id: the prefix dropped, if it has it. */
const char *oc_meta_item_id(const struct oc_meta *m, const char *oscal_id);

#endif
