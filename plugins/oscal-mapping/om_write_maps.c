/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "om_names.h"
#include "om_text.h"
#include "om_wctx.h"

/* An OSCAL statement id names a control's part: "ac-2_smt.a". */
static const char *item_type(const char *id)
{
	return strstr(id, "_smt") ? "statement" : "control";
}

static int items(struct om_w *w, const struct xw_row *r, const char *key)
{
	char what[256];
	const char *id;
	int rc = 0;

	snprintf(what, sizeof(what), "row '%s': item id", om_w_get(w, r, "id", 0));
	om_open(&w->e, key, '[');
	for (size_t i = 0; rc == 0 && (id = om_w_get(w, r, key, i)); i++) {
		om_open(&w->e, NULL, '{');
		om_string(&w->e, "type", item_type(id));
		rc = om_w_string(w, "id-ref", id, what);
		om_close(&w->e, '{');
	}
	om_close(&w->e, '[');
	return rc;
}

static void qualifiers(struct om_w *w, const struct xw_row *r)
{
	const char *c;

	if (!om_w_get(w, r, "conditions", 0))
		return;
	om_open(&w->e, "qualifiers", '[');
	for (size_t i = 0; (c = om_w_get(w, r, "conditions", i)); i++) {
		om_open(&w->e, NULL, '{');
		om_string(&w->e, "subject", "both");
		om_string(&w->e, "predicate", "has-requirement");
		om_string(&w->e, "category", "addressable");
		om_string(&w->e, "description", c);
		om_close(&w->e, '{');
	}
	om_close(&w->e, '[');
}

static int map(struct om_w *w, const struct xw_row *r)
{
	const char *rationale = om_w_get(w, r, "rationale", 0), *ns;
	const char *rel = om_rel_to_oscal(om_w_get(w, r, "relationship", 0), rationale, &ns);
	const char *why = om_w_get(w, r, "justification", 0);
	char uuid[OM_UUID_LEN + 1];
	int rc;

	om_w_uuid(w, "map", om_w_get(w, r, "id", 0), NULL, uuid);
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "uuid", uuid);
	if (ns)
		om_string(&w->e, "ns", ns);
	if (rationale)
		om_string(&w->e, "matching-rationale", rationale);
	om_string(&w->e, "relationship", rel);
	rc = items(w, r, "sources");
	if (rc == 0)
		rc = items(w, r, "targets");
	if (rc == 0) {
		qualifiers(w, r);
		om_open(&w->e, "props", '[');
		rc = om_w_row_props(w, r, NULL);
		om_close(&w->e, '[');
	}
	if (rc == 0 && why)
		om_string(&w->e, "remarks", why);
	om_close(&w->e, '{');
	return rc;
}

/* Gap rows' own fields, each row's props grouped by its place in the set. */
static int gap_props(struct om_w *w, size_t n_gaps)
{
	char group[32];
	int rc = 0;

	if (!n_gaps)
		return 0;
	om_open(&w->e, "props", '[');
	for (size_t i = 0; rc == 0 && i < w->h->row_count(w->m); i++) {
		const struct xw_row *r = w->h->row_at(w->m, i);

		snprintf(group, sizeof(group), "row-%zu", i + 1);
		if (!om_w_is_map(w, r))
			rc = om_w_row_props(w, r, group);
	}
	om_close(&w->e, '[');
	return rc;
}

/* A row's ids as with-ids when all are tokens, else all as literal patterns. */
static int unmapped(struct om_w *w, const struct xw_row *r, const char *key)
{
	bool tokens = true;
	const char *id, *why;
	int rc = 0;

	for (size_t i = 0; (id = om_w_get(w, r, key, i)); i++)
		tokens = tokens && om_is_token(id);
	om_open(&w->e, NULL, '{');
	om_open(&w->e, tokens ? "with-ids" : "matching", '[');
	for (size_t i = 0; rc == 0 && (id = om_w_get(w, r, key, i)); i++) {
		if (tokens) {
			om_string(&w->e, NULL, id);
			continue;
		}
		why = om_has_glob(id) ? "it holds * ? or [" : om_string_problem(id);
		if (why) {
			rc = om_w_fail(w, "row '%s': id '%s' cannot be named in a gap summary: %s",
				       om_w_get(w, r, "id", 0), id, why);
			break;
		}
		om_open(&w->e, NULL, '{');
		om_string(&w->e, "pattern", id);
		om_close(&w->e, '{');
	}
	om_close(&w->e, '[');
	om_close(&w->e, '{');
	return rc;
}

/* The ids that gap rows name on @side ("sources": rows without targets). */
static int gap_summary(struct om_w *w, const char *side, const char *member)
{
	const char *other = strcmp(side, "sources") == 0 ? "targets" : "sources";
	char uuid[OM_UUID_LEN + 1];
	bool open = false;
	int rc = 0;

	for (size_t i = 0; rc == 0 && i < w->h->row_count(w->m); i++) {
		const struct xw_row *r = w->h->row_at(w->m, i);

		if (om_w_get(w, r, other, 0) || !om_w_get(w, r, side, 0))
			continue;
		if (!open) {
			om_w_uuid(w, member, NULL, NULL, uuid);
			om_open(&w->e, member, '{');
			om_string(&w->e, "uuid", uuid);
			om_open(&w->e, "unmapped-controls", '[');
			open = true;
		}
		rc = unmapped(w, r, side);
	}
	if (open) {
		om_close(&w->e, '[');
		om_close(&w->e, '{');
	}
	return rc;
}

int om_w_mapping(struct om_w *w)
{
	size_t n = w->h->row_count(w->m);
	char uuid[OM_UUID_LEN + 1];
	int rc = 0;

	om_w_uuid(w, "mapping", NULL, NULL, uuid);
	om_open(&w->e, "mappings", '[');
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "uuid", uuid);
	rc = om_w_resources(w);
	om_open(&w->e, "maps", '[');
	for (size_t i = 0; rc == 0 && i < n; i++)
		if (om_w_is_map(w, w->h->row_at(w->m, i)))
			rc = map(w, w->h->row_at(w->m, i));
	om_close(&w->e, '[');
	if (rc == 0)
		rc = gap_props(w, n - w->n_maps);
	if (rc == 0)
		rc = gap_summary(w, "sources", "source-gap-summary");
	if (rc == 0)
		rc = gap_summary(w, "targets", "target-gap-summary");
	om_close(&w->e, '{');
	om_close(&w->e, '[');
	return rc;
}
