/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_text.h"
#include "om_rows.h"

/* One row from each gap-summary entry: nothing on the other side relates. */

static const char *const sides[2] = { "sources", "targets" };

static int with_ids(struct om_r *r, const struct om_node *entry, struct xw_row *row, int side)
{
	const struct om_node *ids;
	int rc = om_r_array(r, entry, "with-ids", &ids);

	for (const struct om_node *id = ids ? ids->first : NULL; rc == 0 && id; id = id->next)
		rc = id->type == OM_STRING ? om_r_row_set(r, id, row, sides[side], NULL, id->text)
					   : om_r_fail(r, id, XW_EINVAL, "an id must be a string");
	return rc;
}

/* A pattern that is not a glob names one control; a glob names an unknown set. */
static int patterns(struct om_r *r, const struct om_node *entry, struct xw_row *row, int side)
{
	const struct om_node *list;
	int rc = om_r_array(r, entry, "matching", &list);

	for (const struct om_node *m = list ? list->first : NULL; rc == 0 && m; m = m->next) {
		const char *pattern;

		rc = om_r_object(r, m, &om_k_matching);
		if (rc == 0)
			rc = om_r_need(r, m, &om_k_matching, "pattern", &pattern);
		if (rc == 0 && om_has_glob(pattern))
			om_r_warn(r, m, "pattern '%s' is a glob, which names no control xwalk "
				  "can list; not imported", pattern);
		else if (rc == 0)
			rc = om_r_row_set(r, om_member(m, "pattern"), row, sides[side], NULL, pattern);
	}
	return rc;
}

int om_r_gap(struct om_r *r, const struct om_rows *rows, const struct om_gap *gap)
{
	const struct om_node *e = gap->entry;
	struct xw_row *row;
	int rc = om_r_object(r, e, &om_k_select);

	if (rc < 0)
		return rc;
	om_r_at(r, gap->at);
	rc = r->h->row_add(r->call, r->m, &row);
	if (rc == 0 && gap->id)
		rc = om_r_row_set(r, e, row, "id", NULL, gap->id);
	if (rc == 0)
		rc = om_r_row_set(r, e, row, "relationship", NULL, "no-relationship");
	if (rc == 0)
		rc = with_ids(r, e, row, gap->side);
	if (rc == 0)
		rc = patterns(r, e, row, gap->side);
	if (rc == 0 && !r->h->row_get(row, sides[gap->side], NULL, 0))
		rc = om_r_fail(r, e, XW_EINVAL, "this unmapped-controls entry names no control");
	for (size_t i = 0; rc == 0 && i < gap->n; i++) {
		const struct om_node *p = rows->pairs[gap->first + i].prop;

		rc = om_r_row_prop(r, row, p, om_member(p, "name")->text,
				   om_member(p, "value")->text, true);
	}
	return rc;
}
