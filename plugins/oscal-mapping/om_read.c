/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_rctx.h"
#include "om_read.h"
#include "om_sniff.h"

static int collection(struct om_r *r)
{
	const struct om_node *root = r->doc.root;
	int rc = om_r_object(r, root, &om_k_root);

	r->coll = om_member(root, "mapping-collection");
	if (rc == 0 && !r->coll)
		rc = om_r_fail(r, root, XW_EINVAL, "the document has no 'mapping-collection'");
	if (rc == 0)
		rc = om_r_object(r, r->coll, &om_k_collection);
	if (rc < 0)
		return rc;
	r->metadata = om_member(r->coll, "metadata");
	r->provenance = om_member(r->coll, "provenance");
	r->mappings = om_member(r->coll, "mappings");
	if (!r->metadata || !r->provenance || !r->mappings)
		return om_r_fail(r, r->coll, XW_EINVAL, "the mapping collection has no '%s'",
				 !r->metadata ? "metadata" : !r->provenance ? "provenance"
									    : "mappings");
	rc = om_r_object(r, r->metadata, &om_k_metadata);
	if (rc == 0)
		rc = om_r_object(r, r->provenance, &om_k_provenance);
	if (rc == 0 && r->mappings->type != OM_OBJECT && r->mappings->type != OM_ARRAY)
		rc = om_r_fail(r, r->mappings, XW_EINVAL,
			       "'mappings' must be a mapping or an array of them");
	return rc;
}

int om_read(const struct xw_host *h, struct xw_call *call,
	    const struct xw_input *in, struct xw_mapping *m)
{
	struct om_r r;
	int rc;

	if (!om_is_mapping_collection(in))
		return XW_EUNSUPPORTED;
	memset(&r, 0, sizeof(r));
	r.h = h;
	r.call = call;
	r.m = m;
	rc = om_json_parse(h, call, in, &r.doc);
	if (rc < 0)
		return rc;
	rc = collection(&r);
	if (rc == 0)
		rc = om_r_set_fields(&r);
	if (rc == 0)
		rc = om_r_rows(&r);
	if (rc == 0)
		om_r_report(&r);
	om_json_free(&r.doc);
	return rc;
}
