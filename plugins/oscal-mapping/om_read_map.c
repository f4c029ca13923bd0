/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_names.h"
#include "om_rows.h"

/* One row from each map. */

static const char *const item_types[] = { "control", "statement", NULL };
static const char *const subjects[] = { "source", "target", "both", NULL };
static const char *const predicates[] = { "has-requirement", "has-incompatibility", NULL };
static const char *const categories[] = { "restricted", "addressable", "blocked", NULL };

static int items(struct om_r *r, const struct om_node *map, struct xw_row *row,
		 const char *key)
{
	const struct om_node *list;
	int rc = om_r_array(r, map, key, &list);

	for (const struct om_node *it = list ? list->first : NULL; rc == 0 && it; it = it->next) {
		const char *type, *id;

		rc = om_r_object(r, it, &om_k_item);
		if (rc == 0)
			rc = om_r_text(r, it, "type", &type);
		if (rc == 0)
			rc = om_r_need(r, it, &om_k_item, "id-ref", &id);
		if (rc == 0 && !om_one_of(type, item_types))
			om_r_warn(r, it, "item type '%s' is not control or statement; the id is "
				  "read all the same", type ? type : "(none)");
		if (rc == 0)
			rc = om_r_row_set(r, om_member(it, "id-ref"), row, key, NULL, id);
	}
	return rc;
}

/* Warns when @key of qualifier @q is not one of @allowed; says whether it is. */
static bool allowed(struct om_r *r, const struct om_node *q, const char *key,
		    const char *value, const char *const *allowed_values)
{
	if (om_one_of(value, allowed_values))
		return true;
	om_r_warn(r, om_member(q, key) ? om_member(q, key) : q,
		  "qualifier %s '%s' is not one of OSCAL %s's", key, value ? value : "(none)",
		  OM_OSCAL_VERSION);
	return false;
}

/* A qualifier that states a requirement is a condition of the row. */
static int qualifiers(struct om_r *r, const struct om_node *map, struct xw_row *row)
{
	const struct om_node *list;
	int rc = om_r_array(r, map, "qualifiers", &list);

	for (const struct om_node *q = list ? list->first : NULL; rc == 0 && q; q = q->next) {
		const char *subject, *predicate, *category, *text;

		rc = om_r_object(r, q, &om_k_qualifier);
		if (rc == 0)
			rc = om_r_text(r, q, "subject", &subject);
		if (rc == 0)
			rc = om_r_text(r, q, "predicate", &predicate);
		if (rc == 0)
			rc = om_r_text(r, q, "category", &category);
		if (rc == 0)
			rc = om_r_need(r, q, &om_k_qualifier, "description", &text);
		if (rc < 0)
			break;
		allowed(r, q, "subject", subject, subjects);
		allowed(r, q, "category", category, categories);
		if (!allowed(r, q, "predicate", predicate, predicates) ||
		    strcmp(predicate, "has-requirement") != 0)
			om_r_warn(r, q, "qualifier not imported: only has-requirement ones are "
				  "conditions of the relationship");
		else
			rc = om_r_row_set(r, om_member(q, "description"), row, "conditions", NULL, text);
	}
	return rc;
}

/* xwalk's relationship for the map's, with its namespace. */
static int relationship(struct om_r *r, const struct om_node *map, struct xw_row *row,
			const char **rel)
{
	const struct om_node *at = om_member(map, "relationship");
	const char *value, *ns;
	int rc = om_r_need(r, map, &om_k_map, "relationship", &value);

	if (rc == 0)
		rc = om_r_text(r, map, "ns", &ns);
	if (rc < 0)
		return rc;
	if (ns && strcmp(ns, OM_NS) == 0) {
		*rel = value;
	} else if (ns && strcmp(ns, OM_OSCAL_NS) != 0) {
		om_r_warn(r, at, "relationship '%s' of namespace '%s' has no meaning xwalk "
			  "knows; read as 'related'", value, ns);
		*rel = "related";
	} else if (strcmp(value, "no-relationship") == 0) {
		om_r_warn(r, at, "'no-relationship' is not one of OSCAL %s's relationships; "
			  "read as xwalk's", OM_OSCAL_VERSION);
		*rel = value;
	} else if (!(*rel = om_rel_from_oscal(value))) {
		return om_r_fail(r, at, XW_EINVAL, "relationship '%s' is not one of OSCAL's: "
				 "equivalent-to, equal-to, subset-of, superset-of, intersects-with",
				 value);
	}
	return om_r_row_set(r, at, row, "relationship", NULL, *rel);
}

/* The map's rationale; a stated relationship takes its mapping's or the set's. */
static int rationale(struct om_r *r, const struct om_node *mapping, const struct om_node *map,
		     struct xw_row *row, const char *rel)
{
	const struct om_node *const from[] = { map, mapping, r->provenance };
	const size_t n = om_rel_is_stated(rel) ? 3 : 1;
	int rc = 0;

	for (size_t i = 0; rc == 0 && i < n; i++) {
		const char *v;

		rc = om_r_text(r, from[i], "matching-rationale", &v);
		if (rc == 0 && v)
			return om_r_row_set(r, om_member(from[i], "matching-rationale"), row,
					    "rationale", NULL, v);
	}
	return rc;
}

static int map_prop(struct om_r *r, const struct om_node *prop, const char *name,
		    const char *value, void *arg)
{
	return om_r_row_prop(r, arg, prop, name, value, false);
}

int om_r_map(struct om_r *r, const struct om_node *mapping, const struct om_node *map)
{
	struct xw_row *row;
	const char *rel, *uuid, *remarks, *id;
	int rc = om_r_object(r, map, &om_k_map);

	if (rc == 0)
		rc = om_r_need(r, map, &om_k_map, "uuid", &uuid);
	if (rc < 0)
		return rc;
	id = om_r_id(r, uuid, 0);
	if (!id)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	om_r_at(r, map);
	rc = r->h->row_add(r->call, r->m, &row);
	/* the map's UUID names the row, unless xwalk's row-id prop does */
	if (rc == 0)
		rc = om_r_row_set(r, om_member(map, "uuid"), row, "id", NULL, id);
	if (rc == 0)
		rc = relationship(r, map, row, &rel);
	if (rc == 0)
		rc = rationale(r, mapping, map, row, rel);
	if (rc == 0)
		rc = items(r, map, row, "sources");
	if (rc == 0)
		rc = items(r, map, row, "targets");
	if (rc == 0)
		rc = qualifiers(r, map, row);
	if (rc == 0)
		rc = om_r_text(r, map, "remarks", &remarks);
	if (rc == 0 && remarks)
		rc = om_r_row_set(r, om_member(map, "remarks"), row, "justification", NULL, remarks);
	if (rc == 0)
		rc = om_r_props(r, map, &om_k_map, map_prop, row);
	return rc;
}
