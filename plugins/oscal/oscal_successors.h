/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_SUCCESSORS_H
#define OSCAL_SUCCESSORS_H

/*
 * What took a withdrawn control over: its links with rel
 * incorporated-into, moved-to or addressed-by (CPRT writes them with
 * '_'). They are noted while the catalog is walked and resolved at the
 * end, as they may point forward, into the items' replaced-by.
 */

#include <stddef.h>

#include "xwalk/plugin.h"
#include "oscal_index.h"
#include "oscal_view.h"

struct oc_successor;

struct oc_successors {
	struct oc_successor *v;
	size_t n, cap;
};

/* Notes the successor links of @node, item @it. -1 when out of memory. */
int oc_successors_note(struct oc_successors *s, const struct oc_view *v,
		       const void *node, struct xw_item *it, const char *item_id);

/*
 * Sets replaced-by: each link's target, looked up in @ix ("#ac-2",
 * "#ac-2_smt.k", a statement item, naming its control; CPRT's bare
 * "03.01.12"), once per item. A link to nothing in the catalog is left
 * out with a warning rather than failing the whole catalog. Errors: the
 * host's.
 */
int oc_successors_resolve(const struct oc_successors *s, const struct xw_host *h,
			  struct xw_call *call, const struct oc_index *ix);

void oc_successors_free(struct oc_successors *s);

#endif
