/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/gap.h"

const char *xw_reuse_name(enum xw_reuse r)
{
	static const char *const names[XW_REUSE_COUNT] = {
		"no evidence", "not satisfied", "partly satisfied", "satisfied",
	};
	return r < XW_REUSE_COUNT ? names[r] : NULL;
}

/* What the results say of one side of a row, summed over its items. */
enum side { SIDE_NONE, SIDE_NOT, SIDE_PARTIAL, SIDE_DONE };

static const struct xw_result *result_for(const struct xw_assessment *a,
					  const char *id)
{
	for (size_t i = 0; i < a->n_results; i++)
		if (strcmp(a->results[i]->item, id) == 0)
			return a->results[i];
	return NULL;
}

static enum side of_result(const struct xw_result *r)
{
	switch (r ? r->status : XW_RESULT_UNSET) {
	case XW_RESULT_IMPLEMENTED: return SIDE_DONE;
	case XW_RESULT_PARTIAL: return SIDE_PARTIAL;
	case XW_RESULT_NOT_IMPLEMENTED:
	case XW_RESULT_NOT_APPLICABLE: return SIDE_NOT;
	default: return SIDE_NONE;
	}
}

/*
 * An item's state: its own result, or for an item with children that has
 * none, its leaves' results together (all done, some done, none done).
 */
static enum side item_state(const struct xw_assessment *a,
			    const struct xw_framework *fw, size_t i)
{
	const struct xw_result *own = result_for(a, fw->items[i]->id);
	size_t done = 0, some = 0, seen = 0, leaves = 0;

	if (own || xw_item_is_leaf(fw, i))
		return of_result(own);
	for (size_t k = i + 1; k < fw->items[i]->end; k++) {
		enum side s;

		if (!xw_item_is_leaf(fw, k) || fw->items[k]->withdrawn)
			continue;
		leaves++;
		s = of_result(result_for(a, fw->items[k]->id));
		done += s == SIDE_DONE;
		some += s == SIDE_DONE || s == SIDE_PARTIAL;
		seen += s != SIDE_NONE;
	}
	if (leaves && done == leaves)
		return SIDE_DONE;
	return some ? SIDE_PARTIAL : seen ? SIDE_NOT : SIDE_NONE;
}

/* All items done: done; any done or partial: partial; else the worst known. */
static enum side side_state(const struct xw_assessment *a,
			    const struct xw_framework *fw,
			    const struct xw_strlist *ids)
{
	size_t done = 0, some = 0, seen = 0;

	for (size_t k = 0; k < ids->n; k++) {
		size_t i = xw_framework_find(fw, ids->v[k]);
		enum side s = i == XW_NONE ? SIDE_NONE : item_state(a, fw, i);

		done += s == SIDE_DONE;
		some += s == SIDE_DONE || s == SIDE_PARTIAL;
		seen += s != SIDE_NONE;
	}
	if (ids->n && done == ids->n)
		return SIDE_DONE;
	return some ? SIDE_PARTIAL : seen ? SIDE_NOT : SIDE_NONE;
}

static enum xw_reuse outcome(enum xw_cover cover, enum side side)
{
	if (cover == XW_COVER_FULL && side == SIDE_DONE)
		return XW_REUSE_SATISFIED;
	if ((cover == XW_COVER_FULL || cover == XW_COVER_PARTLY) &&
	    (side == SIDE_DONE || side == SIDE_PARTIAL))
		return XW_REUSE_PARTLY;
	if ((cover == XW_COVER_FULL || cover == XW_COVER_PARTLY) && side == SIDE_NOT)
		return XW_REUSE_NOT;
	return XW_REUSE_NO_EVIDENCE;
}

static bool conditional(const struct xw_evidence *e)
{
	return e->expired || (e->link && e->link->row->conditions.n);
}

/* Better outcome wins; at equal outcome, unconditional evidence wins. */
static void offer(struct xw_gap_item *g, const struct xw_evidence *e)
{
	if (e->outcome == XW_REUSE_NO_EVIDENCE || e->outcome < g->status)
		return;
	if (e->outcome == g->status && g->best.assessment &&
	    (conditional(e) || !g->conditional))
		return;
	g->status = e->outcome;
	g->best = *e;
	g->conditional = conditional(e);
}

static void direct(struct xw_gap *g, const struct xw_assessment *a, bool expired)
{
	const struct xw_framework *t = g->target;

	for (size_t i = 0; i < t->n_items; i++) {
		struct xw_evidence e = { a, NULL, NULL, XW_REUSE_NO_EVIDENCE, expired };
		static const enum xw_reuse by_side[] = {
			[SIDE_NONE] = XW_REUSE_NO_EVIDENCE, [SIDE_NOT] = XW_REUSE_NOT,
			[SIDE_PARTIAL] = XW_REUSE_PARTLY, [SIDE_DONE] = XW_REUSE_SATISFIED,
		};

		if (!xw_item_is_leaf(t, i))
			continue;
		/* a result on a requirement speaks for each of its criteria */
		for (size_t k = i; k != XW_NONE && !e.result; k = t->items[k]->parent)
			e.result = result_for(a, t->items[k]->id);
		e.outcome = by_side[of_result(e.result)];
		if (e.result)
			offer(&g->items[i], &e);
	}
}

static void through(struct xw_gap *g, const struct xw_assessment *a,
		    const struct xw_links *l, bool expired)
{
	for (size_t k = 0; k < l->n; k++) {
		const struct xw_link *link = &l->v[k];
		struct xw_evidence e = { a, link, NULL, XW_REUSE_NO_EVIDENCE, expired };

		if (!link->from->n)
			continue;   /* a gap row is no evidence of anything */
		e.outcome = outcome(xw_cover_of(link->rel),
				    side_state(a, l->from, link->from));
		offer(&g->items[link->item], &e);
	}
}

int xw_gap_compute(struct xw_gap *out, const struct xw_catalog *cat,
		   const struct xw_assessment *const *assessments, size_t n,
		   const struct xw_framework *target, const char *today,
		   struct xw_error *err)
{
	memset(out, 0, sizeof(*out));
	out->target = target;
	out->items = calloc(target->n_items + 1, sizeof(*out->items));
	out->links = calloc(n + 1, sizeof(*out->links));
	if (!out->items || !out->links) {
		xw_gap_clear(out);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	for (size_t i = 0; i < n; i++) {
		const struct xw_assessment *a = assessments[i];
		const struct xw_framework *fw = xw_catalog_framework(cat, a->framework);
		bool expired = a->certificate.expires && today &&
			       strcmp(a->certificate.expires, today) < 0;
		int rc;

		if (!fw) {
			xw_gap_clear(out);
			return xw_error_set(err, XW_ENOTFOUND, a->path, 1, 1,
					    "the results are on framework '%s', which is not loaded",
					    a->framework);
		}
		if (fw == target) {
			direct(out, a, expired);
			continue;
		}
		rc = xw_links_collect(&out->links[out->n_links], cat, fw, target, err);
		if (rc < 0) {
			xw_gap_clear(out);
			return rc;
		}
		through(out, a, &out->links[out->n_links++], expired);
	}
	return 0;
}

void xw_gap_clear(struct xw_gap *g)
{
	for (size_t i = 0; g->links && i < g->n_links; i++)
		xw_links_clear(&g->links[i]);
	free(g->links);
	free(g->items);
	memset(g, 0, sizeof(*g));
}
