/* SPDX-License-Identifier: MIT */
#include <string.h>
#include <strings.h>

#include "oscal_props.h"

static bool same(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

static bool plain_prop(const struct oc_view *v, const void *pr)
{
	const char *name = oc_field(v, pr, OC_NAME);

	return name && oc_field(v, pr, OC_VALUE) && !oc_field(v, pr, OC_CLASS) &&
	       strcmp(name, "status") != 0;
}

/* True when a plain prop named @name comes before @pr. */
static bool named_before(const struct oc_view *v, const void *node,
			 const void *pr, const char *name)
{
	for (const void *q = oc_first(v, node, OC_PROPS); q != pr; q = oc_next(v, q, OC_PROPS))
		if (plain_prop(v, q) && same(oc_field(v, q, OC_NAME), name))
			return true;
	return false;
}

int oc_props_set(const struct xw_host *h, struct xw_call *call,
		 const struct oc_view *v, const void *node, struct xw_item *it,
		 struct oc_text *scratch)
{
	for (const void *pr = oc_first(v, node, OC_PROPS); pr; pr = oc_next(v, pr, OC_PROPS)) {
		const char *name = oc_field(v, pr, OC_NAME);
		int rc;

		if (!plain_prop(v, pr) || named_before(v, node, pr, name))
			continue;
		oc_text_clear(scratch);
		for (const void *q = pr; q; q = oc_next(v, q, OC_PROPS))
			if (plain_prop(v, q) && same(oc_field(v, q, OC_NAME), name)) {
				if (scratch->len)
					oc_text_puts(scratch, ", ");
				oc_text_puts(scratch, oc_field(v, q, OC_VALUE));
			}
		if (scratch->failed)
			return h->error(call, XW_ENOMEM, "out of memory");
		if (scratch->len &&
		    (rc = h->item_set(call, it, "props", name, scratch->buf)) < 0)
			return rc;
	}
	return 0;
}

bool oc_props_withdrawn(const struct oc_view *v, const void *node)
{
	for (const void *pr = oc_first(v, node, OC_PROPS); pr; pr = oc_next(v, pr, OC_PROPS)) {
		const char *value = oc_field(v, pr, OC_VALUE);

		if (same(oc_field(v, pr, OC_NAME), "status") && value &&
		    strcasecmp(value, "withdrawn") == 0)
			return true;
	}
	return false;
}
