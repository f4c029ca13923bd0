/* SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "jc_catalog.h"
#include "jc_labels.h"
#include "jc_meta.h"
#include "jc_table.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const enum jc_col required[] = { JC_LABEL, JC_TITLE, JC_LEVEL };

/* The item's level: its profile, or unknown when the sheet leaves it blank. */
static int level(const struct jc_table *t, struct xw_item *it, uint32_t row,
		 const char *id)
{
	const struct xw_host *h = t->g.h;
	const char *cell = jc_table_get(t, row, JC_LEVEL), *profile;
	bool bare;

	if (jc_blank(cell))
		return h->item_set(t->g.call, it, "unknown", NULL, "profiles");
	if ((profile = jc_profile_of(cell, &bare)))
		return h->item_set(t->g.call, it, "profiles", NULL, profile);
	if (!bare)
		return jc_table_fail(t, row, JC_LEVEL, XW_EINVAL,
				     "'%s' is not a level of %s; expected Lv1, Lv2 or Lv3",
				     cell, id);
	jc_table_warn(t, row, JC_LEVEL, "'%s' gives no level number, so the level of %s "
		      "is left unknown", cell, id);
	return h->item_set(t->g.call, it, "unknown", NULL, "profiles");
}

/* One item row: its label group, then the item under it. */
static int item(struct jc_labels *l, struct jc_table *t, struct xw_framework *fw,
		uint32_t row, const char *id)
{
	const struct xw_host *h = t->g.h;
	struct xw_call *call = t->g.call;
	struct xw_item *it;
	bool official = false;
	char group[6];
	int rc;

	if ((rc = jc_labels_row(l, t, fw, row, id, group)) < 0)
		return rc;
	jc_table_at(t, row, JC_NO);
	if ((rc = h->item_add(call, fw, &it)) < 0 ||
	    (rc = h->item_set(call, it, "id", NULL, id)) < 0 ||
	    (rc = h->item_set(call, it, "parent", NULL, group)) < 0 ||
	    (rc = h->item_set(call, it, "kind", NULL, "item")) < 0 ||
	    (rc = jc_set_text(t, it, row, JC_TITLE, "title", &official)) < 0 ||
	    (rc = jc_set_text(t, it, row, JC_CRITERIA, "text", &official)) < 0 ||
	    (rc = level(t, it, row, id)) < 0)
		return rc;
	return official ? h->item_set(call, it, "authoritative", NULL, "ja") : 0;
}

int jc_read_catalog(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_framework *fw)
{
	struct jc_table *t = calloc(1, sizeof(*t));
	struct jc_labels *l = calloc(1, sizeof(*l));
	size_t n = 0;
	char id[8];
	int rc;

	if (!t || !l) {
		free(t);
		free(l);
		return h->error(call, XW_ENOMEM, "out of memory");
	}
	rc = jc_table_open(t, h, call, in);
	/* answers without the catalog's columns are no catalog */
	if (rc == 0 && t->col[JC_ANSWER] && !jc_table_has(t, required, N(required)))
		rc = XW_EUNSUPPORTED;
	if (rc == 0)
		rc = jc_table_need(t, required, N(required));
	if (rc == 0)
		rc = jc_meta_set(h, call, fw);
	for (uint32_t row = t->header_row + 1; rc == 0 && row <= jc_grid_rows(&t->g); row++)
		if ((rc = jc_table_item(t, row, id)) > 0) {
			n++;
			rc = item(l, t, fw, row, id);
		}
	if (rc == 0 && n == 0)
		rc = jc_table_fail(t, t->header_row, JC_NO, XW_EINVAL,
				   "the table lists no items under this header");
	jc_table_close(t);
	free(t);
	free(l);
	return rc;
}
