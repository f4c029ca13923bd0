/* SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "om_wctx.h"

/* What no OSCAL field holds goes into props in xwalk's namespace. */

/* A prop of row @r, named in messages as "row 'ID': NAME". */
static int row_prop(struct om_w *w, const struct xw_row *r, const char *name,
		    const char *value, const char *group)
{
	char what[256];

	snprintf(what, sizeof(what), "row '%s': %s", om_w_get(w, r, "id", 0), name);
	return om_w_prop(w, name, value, NULL, group, what);
}

/* Optional fields that are one prop each: for maps, and more for gap rows. */
static int scalar_props(struct om_w *w, const struct xw_row *r, const char *group,
			const char *const *keys)
{
	int rc = 0;

	for (; *keys && rc == 0; keys++) {
		const char *v = om_w_get(w, r, *keys, 0);

		if (v)
			rc = row_prop(w, r, *keys, v, group);
	}
	return rc;
}

/* "ID=HEX", split at the last '=' when read back (as in CSV). */
static int hash_props(struct om_w *w, const struct xw_row *r, const char *group,
		      const char *side, const char *name)
{
	char hex[17], pair[1024];
	const char *id;
	int rc = 0;

	for (size_t i = 0; rc == 0 && (id = w->h->row_hash_get(r, side, i, hex)); i++) {
		if ((size_t)snprintf(pair, sizeof(pair), "%s=%s", id, hex) >= sizeof(pair))
			return om_w_fail(w, "row '%s': item id '%s' is too long", om_w_get(w, r, "id", 0), id);
		rc = row_prop(w, r, name, pair, group);
	}
	return rc;
}

int om_w_row_props(struct om_w *w, const struct xw_row *r, const char *group)
{
	static const char *const map_keys[] = { "strength", NULL };
	static const char *const gap_keys[] = { "rationale", "strength", "justification", NULL };
	static const char *const review_keys[] = { "review-status", "reviewer", "review-date", NULL };
	const char *cond;
	int rc = row_prop(w, r, "row-id", om_w_get(w, r, "id", 0), group);

	if (rc == 0 && group)
		rc = row_prop(w, r, "gap-side", om_w_get(w, r, "sources", 0) ? "source" : "target", group);
	if (rc == 0)
		rc = scalar_props(w, r, group, group ? gap_keys : map_keys);
	/* a map's conditions are qualifiers; a gap row has no place for them */
	for (size_t i = 0; rc == 0 && group && (cond = om_w_get(w, r, "conditions", i)); i++)
		rc = row_prop(w, r, "condition", cond, group);
	if (rc == 0)
		rc = scalar_props(w, r, group, review_keys);
	if (rc == 0)
		rc = hash_props(w, r, group, "source-hashes", "source-hash");
	if (rc == 0)
		rc = hash_props(w, r, group, "target-hashes", "target-hash");
	return rc;
}
