/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "nv_catalog.h"
#include "nv_entry.h"
#include "xwp_fields.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const meta[][3] = {
	{ "id", NULL, NV_OLD_ID },
	{ "name", "en", "NIST Special Publication 800-53 Revision 4: Security and Privacy "
			"Controls for Federal Information Systems and Organizations "
			"(controls and titles, as NIST's comparison with Revision 5 records them)" },
	{ "version", NULL, NV_OLD_VERSION },
	{ "publisher", NULL, "National Institute of Standards and Technology (NIST)" },
	{ "licence", NULL, "A work of the U.S. Government (NIST): not subject to copyright "
			   "in the United States" },
	{ "summary", "en", "The controls and enhancements of SP 800-53 Rev. 4 as NIST's "
			   "workbook 'Analysis of updates between 800-53 Rev. 5 and Rev. 4' "
			   "lists them, under the OSCAL ids of Rev. 5, with their Rev. 4 titles. "
			   "The workbook gives no control text: it is marked unknown." },
	{ "id-pattern", NULL, "[a-z]{2}(-[0-9]{1,3}(\\.[0-9]{1,3})?)?" },
};

struct reader {
	const struct nv_sheet *s;
	struct xw_framework *fw;
	char family[NV_ID_SIZE];   /* the last family added */
};

static int add_family(struct reader *r, const char *id)
{
	const struct xw_host *h = r->s->h;
	struct xw_item *it;
	int rc;

	snprintf(r->family, sizeof(r->family), "%s", id);
	if ((rc = h->item_add(r->s->call, r->fw, &it)) == 0 &&
	    (rc = h->item_set(r->s->call, it, "id", NULL, id)) == 0 &&
	    (rc = h->item_set(r->s->call, it, "kind", NULL, "category")) == 0 &&
	    (rc = h->item_set(r->s->call, it, "unknown", NULL, "title")) == 0)
		rc = h->item_set(r->s->call, it, "unknown", NULL, "text");
	return rc;
}

static int visit(void *ctx, const struct nv_entry *e)
{
	struct reader *r = ctx;
	const struct xw_host *h = r->s->h;
	struct xw_call *call = r->s->call;
	char family[NV_ID_SIZE];
	struct xw_item *it;
	int rc = 0;

	if (e->state == NV_NEW)
		return 0;
	snprintf(family, sizeof(family), "%.2s", e->id);
	nv_sheet_at(r->s, e->row, NV_COL_ID);
	if (strcmp(family, r->family) != 0 && (rc = add_family(r, family)) < 0)
		return rc;
	if ((rc = h->item_add(call, r->fw, &it)) < 0 ||
	    (rc = h->item_set(call, it, "id", NULL, e->id)) < 0 ||
	    (rc = h->item_set(call, it, "parent", NULL, e->parent)) < 0 ||
	    (rc = h->item_set(call, it, "kind", NULL, "control")) < 0 ||
	    (rc = h->item_set(call, it, "title", "en", e->title)) < 0 ||
	    (rc = h->item_set(call, it, "authoritative", NULL, "en")) < 0 ||
	    (rc = h->item_set(call, it, "unknown", NULL, "text")) < 0)
		return rc;
	if (e->state == NV_WITHDRAWN_BEFORE &&
	    (rc = h->item_set(call, it, "status", NULL, "withdrawn")) == 0)
		rc = h->item_set(call, it, "props", "withdrawn-note", e->details);
	return rc;
}

int nv_read_catalog(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_framework *fw)
{
	struct nv_sheet s;
	struct reader r = { &s, fw, "" };
	int rc = nv_sheet_open(&s, h, call, in);

	h->at(call, 0, 0);
	if (rc == 0)
		rc = xwp_framework_fields(h, call, fw, meta, N(meta), NULL, 0);
	if (rc == 0)
		rc = nv_walk(&s, visit, &r);
	nv_sheet_close(&s);
	return rc;
}
