/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/coverage.h"

enum xw_cover xw_cover_of(xw_rel rel)
{
	if (rel && !(rel & ~(XW_R_EQ | XW_R_PPI)))
		return XW_COVER_FULL;
	if (rel && !(rel & XW_R_DR))
		return XW_COVER_PARTLY;   /* overlap is certain */
	if (rel == XW_R_DR)
		return XW_COVER_NONE;
	return XW_COVER_UNKNOWN;
}

enum xw_cover xw_cover_of_chain(xw_rel rel)
{
	enum xw_cover c = xw_cover_of(rel);

	return c == XW_COVER_NONE ? XW_COVER_UNKNOWN : c;
}

const char *xw_cover_name(enum xw_cover c)
{
	static const char *const names[XW_COVER_COUNT] = {
		"unknown", "not covered", "partly covered", "covered",
	};
	return c < XW_COVER_COUNT ? names[c] : NULL;
}

/*
 * The strongest claim wins: covered over partly. "Not covered" needs a
 * gap row: one that says nothing in the whole "from" framework relates
 * to the item. A row saying one particular item is unrelated decides
 * nothing about the others.
 */
static void classify(struct xw_coverage *c, size_t item)
{
	const struct xw_links *l = &c->links;

	c->status[item] = XW_COVER_UNKNOWN;
	c->why[item] = NULL;
	for (size_t k = l->first[item]; k < l->first[item] + l->count[item]; k++) {
		const struct xw_link *link = &l->v[k];
		enum xw_cover v = xw_cover_of(link->rel);

		if (v == XW_COVER_NONE && link->from->n)
			continue;
		if (v > c->status[item] || (v == XW_COVER_NONE && !c->why[item])) {
			c->status[item] = v;
			c->why[item] = link;
		}
	}
}

int xw_coverage_compute(struct xw_coverage *out, const struct xw_catalog *cat,
			const struct xw_framework *from,
			const struct xw_framework *to, struct xw_error *err)
{
	int rc;

	memset(out, 0, sizeof(*out));
	rc = xw_links_collect(&out->links, cat, from, to, err);
	if (rc < 0)
		return rc;
	out->status = calloc(to->n_items + 1, sizeof(*out->status));
	out->why = calloc(to->n_items + 1, sizeof(*out->why));
	if (!out->status || !out->why) {
		xw_coverage_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < to->n_items; i++)
		if (xw_item_is_leaf(to, i))
			classify(out, i);
	return 0;
}

void xw_coverage_of_pairs(enum xw_cover *status, const struct xw_pairs *ab)
{
	for (size_t b = 0; b < ab->fb->n_items; b++)
		status[b] = XW_COVER_UNKNOWN;
	for (size_t i = 0; i < ab->n; i++) {
		enum xw_cover c = xw_cover_of_chain(ab->v[i].rel);

		if (c > status[ab->v[i].b])
			status[ab->v[i].b] = c;
	}
}

void xw_coverage_clear(struct xw_coverage *c)
{
	xw_links_clear(&c->links);
	free(c->status);
	free(c->why);
	memset(c, 0, sizeof(*c));
}

void xw_coverage_totals(const struct xw_coverage *c, size_t profile,
			struct xw_coverage_totals *out)
{
	const struct xw_framework *to = c->links.to;

	memset(out, 0, sizeof(*out));
	for (size_t i = 0; i < to->n_items; i++) {
		const struct xw_item *it = to->items[i];

		if (!xw_item_is_leaf(to, i) || it->withdrawn ||
		    (profile != XW_NONE && !xw_item_in_profile(it, profile)))
			continue;
		out->n[c->status[i]]++;
		out->total++;
	}
}
