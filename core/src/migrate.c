/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/migrate.h"
#include "xwalk/relation.h"

const char *xw_fate_name(enum xw_fate f)
{
	static const char *const names[] = { "carried", "review", "dropped" };
	return f <= XW_FATE_DROPPED ? names[f] : NULL;
}

/* The version map's rows from old item @id: successors and relations. */
struct succ {
	const char *id;    /* the new item */
	xw_rel rel;        /* of (old item, new item) */
	const struct xw_row *row;
};

static size_t successors(const struct xw_mapping *vmap, const char *id,
			 struct succ *out, size_t max)
{
	size_t n = 0;

	for (size_t i = 0; i < vmap->n_rows; i++) {
		const struct xw_row *r = vmap->rows[i];

		if (r->sources.n != 1 || strcmp(r->sources.v[0], id) != 0 ||
		    r->relationship == XW_REL_NONE)
			continue;
		for (size_t k = 0; k < r->targets.n && n < max; k++)
			out[n++] = (struct succ){ r->targets.v[k],
				xw_rel_from_relationship(r->relationship), r };
	}
	return n;
}

/*
 * (old item, union of its successors): one successor gives its own
 * relation; with several, an old item inside one of them is inside the
 * union, and one that overlaps them all at least overlaps it.
 */
static xw_rel relation_to_union(const struct succ *s, size_t n)
{
	bool inside = false, overlaps = true;

	if (n == 1)
		return s[0].rel;
	for (size_t k = 0; k < n; k++) {
		inside |= !(s[k].rel & ~(XW_R_EQ | XW_R_PP));
		overlaps &= !(s[k].rel & XW_R_DR);
	}
	return inside ? XW_R_EQ | XW_R_PP : overlaps ? XW_R_RELATED : XW_R_ALL;
}

static enum xw_relationship single(xw_rel rel)
{
	switch (rel) {
	case XW_R_EQ: return XW_REL_EQUAL;
	case XW_R_PP: return XW_REL_SUBSET;
	case XW_R_PPI: return XW_REL_SUPERSET;
	case XW_R_PO: return XW_REL_INTERSECTS;
	case XW_R_DR: return XW_REL_NONE;
	default: return XW_REL_UNSET;
	}
}

/* Copies the fields of @r except the side being migrated. */
static int copy_row(struct xw_row *to, const struct xw_row *r, bool target_side,
		    struct xw_error *err)
{
	const struct xw_strlist *keep = target_side ? &r->sources : &r->targets;
	const char *keep_key = target_side ? "sources" : "targets";
	char strength[8];
	int rc = xw_row_set(to, "id", NULL, r->id, err);

	for (size_t i = 0; rc == 0 && i < keep->n; i++)
		rc = xw_row_set(to, keep_key, NULL, keep->v[i], err);
	if (rc == 0 && r->rationale)
		rc = xw_row_set(to, "rationale", NULL, xw_rationale_name(r->rationale), err);
	if (rc == 0 && r->strength != XW_STRENGTH_NONE) {
		snprintf(strength, sizeof(strength), "%d", r->strength);
		rc = xw_row_set(to, "strength", NULL, strength, err);
	}
	if (rc == 0 && r->justification)
		rc = xw_row_set(to, "justification", NULL, r->justification, err);
	for (size_t i = 0; rc == 0 && i < r->conditions.n; i++)
		rc = xw_row_set(to, "conditions", NULL, r->conditions.v[i], err);
	return rc;
}

/*
 * Migrates one row. Each old item on the changing side is replaced by its
 * successors; the relation of (new union, other side) is what follows
 * from (new, old) composed with the row's own.
 */
static int migrate_row(struct xw_mapping *out, const struct xw_row *r,
		       const struct xw_mapping *vmap, bool target_side,
		       struct xw_migration_note *note, struct xw_error *err)
{
	const struct xw_strlist *side = target_side ? &r->targets : &r->sources;
	const char *side_key = target_side ? "targets" : "sources";
	xw_rel via = XW_R_EQ, rel = xw_rel_from_relationship(r->relationship), derived;
	struct succ s[32];
	bool exact = true;
	struct xw_row *to;
	char set[32];
	int rc;

	note->row = r;
	for (size_t i = 0; i < side->n; i++) {
		size_t n = successors(vmap, side->v[i], s, 32);

		if (!n) {
			note->fate = XW_FATE_DROPPED;
			snprintf(note->reason, sizeof(note->reason),
				 "'%s' has no successor in the new version", side->v[i]);
			return 0;
		}
		exact &= n == 1 && s[0].rel == XW_R_EQ;
		if (side->n == 1)
			via = relation_to_union(s, n);
	}
	/* several old items: only an exact one-to-one change says anything */
	if (side->n > 1)
		via = exact ? XW_R_EQ : XW_R_ALL;
	if ((rc = xw_mapping_add_row(out, &to, err)) < 0 ||
	    (rc = copy_row(to, r, target_side, err)) < 0)
		return rc;
	for (size_t i = 0; i < side->n; i++) {
		size_t n = successors(vmap, side->v[i], s, 32);
		for (size_t k = 0; k < n && rc == 0; k++)
			if (xw_strlist_find(target_side ? &to->targets : &to->sources, s[k].id) < 0)
				rc = xw_row_set(to, side_key, NULL, s[k].id, err);
	}
	if (rc < 0)
		return rc;
	/* (new, other) = (new, old) o (old, other); on the target side the
	 * row reads (source, old) o (old, new) */
	derived = target_side ? xw_rel_compose(rel, via)
			      : xw_rel_compose(xw_rel_converse(via), rel);
	if (exact && r->relationship != XW_REL_RELATED) {
		note->fate = XW_FATE_CARRIED;
		snprintf(note->reason, sizeof(note->reason), "every item maps equal to one successor");
		rc = xw_row_set(to, "relationship", NULL, xw_relationship_name(r->relationship), err);
		if (rc == 0)
			rc = xw_row_set(to, "review-status", NULL, xw_review_name(r->review), err);
		if (rc == 0 && r->reviewer)
			rc = xw_row_set(to, "reviewer", NULL, r->reviewer, err);
		if (rc == 0 && r->review_date)
			rc = xw_row_set(to, "review-date", NULL, r->review_date, err);
		return rc;
	}
	note->fate = XW_FATE_REVIEW;
	if (single(derived)) {
		snprintf(note->reason, sizeof(note->reason), "relation re-derived through the version map: %s",
			 xw_relationship_name(single(derived)));
		rc = xw_row_set(to, "relationship", NULL, xw_relationship_name(single(derived)), err);
	} else if (derived && !(derived & XW_R_DR)) {
		snprintf(note->reason, sizeof(note->reason),
			 "relation undetermined %s through the version map: kept as related",
			 xw_rel_name(derived, set));
		rc = xw_row_set(to, "relationship", NULL, "related", err);
	} else {
		snprintf(note->reason, sizeof(note->reason),
			 "relation undetermined %s through the version map (may be unrelated): "
			 "kept as '%s' for a reviewer to decide",
			 xw_rel_name(derived, set), xw_relationship_name(r->relationship));
		rc = xw_row_set(to, "relationship", NULL, xw_relationship_name(r->relationship), err);
	}
	if (rc == 0)
		rc = xw_row_set(to, "review-status", NULL, "draft", err);
	return rc;
}

static int copy_meta(struct xw_mapping *to, const struct xw_mapping *m,
		     const struct xw_framework *new_fw, bool target_side,
		     struct xw_error *err)
{
	const char *end = target_side ? "target" : "source", *other = target_side ? "source" : "target";
	const char *other_fw = target_side ? m->source : m->target;
	const char *other_ver = target_side ? m->source_version : m->target_version;
	int rc = xw_mapping_set(to, "id", NULL, m->id, err);

	for (int l = 0; rc == 0 && l < XW_LANG_COUNT; l++)
		if (m->title.s[l])
			rc = xw_mapping_set(to, "title", xw_lang_name(l), m->title.s[l], err);
	if (rc == 0)
		rc = xw_mapping_set(to, end, "framework", new_fw->id, err);
	if (rc == 0)
		rc = xw_mapping_set(to, end, "version", new_fw->version, err);
	if (rc == 0)
		rc = xw_mapping_set(to, other, "framework", other_fw, err);
	if (rc == 0 && other_ver)
		rc = xw_mapping_set(to, other, "version", other_ver, err);
	if (rc == 0)
		rc = xw_mapping_set(to, "author", NULL, m->author, err);
	if (rc == 0 && m->version)
		rc = xw_mapping_set(to, "version", NULL, m->version, err);
	if (rc == 0)
		rc = xw_mapping_set(to, "method", NULL, "hybrid", err);   /* migrated by tool */
	if (rc == 0)
		rc = xw_mapping_set(to, "status", NULL, "draft", err);
	if (rc == 0 && m->intended_use)
		rc = xw_mapping_set(to, "intended-use", NULL, m->intended_use, err);
	return rc;
}

int xw_mapping_migrate(const struct xw_mapping *m,
		       const struct xw_mapping *version_map,
		       const struct xw_framework *old_fw,
		       const struct xw_framework *new_fw, bool target_side,
		       struct xw_mapping **out, struct xw_migration_note **notes,
		       struct xw_error *err)
{
	const char *end = target_side ? m->target : m->source;
	int rc;

	*out = NULL;
	*notes = NULL;
	if (strcmp(end, old_fw->id) != 0 || strcmp(version_map->source, old_fw->id) != 0 ||
	    strcmp(version_map->target, new_fw->id) != 0)
		return xw_error_set(err, XW_EINVAL, version_map->path, 0, 0,
				    "the version map goes from %s to %s, but the set's %s is %s",
				    version_map->source, version_map->target,
				    target_side ? "target" : "source", end);
	*notes = calloc(m->n_rows + 1, sizeof(**notes));
	if (!*notes)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	rc = xw_mapping_new(out, err);
	if (rc == 0)
		rc = copy_meta(*out, m, new_fw, target_side, err);
	for (size_t i = 0; rc == 0 && i < m->n_rows; i++)
		rc = migrate_row(*out, m->rows[i], version_map, target_side, &(*notes)[i], err);
	if (rc == 0)
		rc = xw_mapping_finish(*out, err);
	if (rc < 0) {
		xw_mapping_free(*out);
		free(*notes);
		*out = NULL;
		*notes = NULL;
	}
	return rc;
}
