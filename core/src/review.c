/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/review.h"

static bool any_prefix(const struct xw_strlist *l, const char *prefix)
{
	for (size_t i = 0; i < l->n; i++)
		if (strncmp(l->v[i], prefix, strlen(prefix)) == 0)
			return true;
	return false;
}

bool xw_row_matches(const struct xw_row *r, const struct xw_row_filter *f)
{
	bool listed = !f->n_ids;

	for (size_t i = 0; i < f->n_ids && !listed; i++)
		listed = strcmp(r->id, f->ids[i]) == 0;
	return listed &&
	       (!f->relationship || r->relationship == f->relationship) &&
	       (!f->source_prefix || any_prefix(&r->sources, f->source_prefix)) &&
	       (!f->target_prefix || any_prefix(&r->targets, f->target_prefix)) &&
	       (f->review < 0 || (int)r->review == f->review);
}

/* Replaces @h by the current hashes of @ids in @fw. */
static int record(struct xw_hash_refs *h, const struct xw_strlist *ids,
		  const struct xw_framework *fw, const struct xw_row *r,
		  struct xw_error *err)
{
	struct xw_hash_ref *v = calloc(ids->n + 1, sizeof(*v));

	if (!v)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	for (size_t k = 0; k < ids->n; k++) {
		size_t i = xw_framework_find(fw, ids->v[k]);

		v[k].id = i == XW_NONE ? NULL : strdup(ids->v[k]);
		if (i == XW_NONE || !v[k].id) {
			for (size_t j = 0; j <= k; j++)
				free(v[j].id);
			free(v);
			return i == XW_NONE
				       ? xw_error_set(err, XW_EINVAL, NULL, 0, 0,
						      "row '%s' cites '%s', which %s does not have",
						      r->id, ids->v[k], fw->id)
				       : xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		}
		v[k].hash = xw_item_hash(fw->items[i]);
	}
	for (size_t k = 0; k < h->n; k++)
		free(h->v[k].id);
	free(h->v);
	h->v = v;
	h->n = ids->n;
	return 0;
}

int xw_row_review(struct xw_row *r, enum xw_review_status status,
		  const char *reviewer, const char *date,
		  const struct xw_framework *src, const struct xw_framework *tgt,
		  struct xw_error *err)
{
	int rc;

	if (!xw_date_valid(date))
		return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				    "'%s' is not a date (YYYY-MM-DD)", date);
	if ((rc = record(&r->source_hashes, &r->sources, src, r, err)) < 0 ||
	    (rc = record(&r->target_hashes, &r->targets, tgt, r, err)) < 0 ||
	    (rc = xw_str_set(&r->review_date, date, err)) < 0)
		return rc;
	if (reviewer && (rc = xw_str_set(&r->reviewer, reviewer, err)) < 0)
		return rc;
	r->review = status;
	return 0;
}

static size_t changed(const struct xw_hash_refs *h, const struct xw_framework *fw)
{
	size_t n = 0;

	for (size_t k = 0; fw && k < h->n; k++) {
		size_t i = xw_framework_find(fw, h->v[k].id);

		n += i != XW_NONE && xw_item_hash(fw->items[i]) != h->v[k].hash;
	}
	return n;
}

size_t xw_row_changed_items(const struct xw_row *r, const struct xw_framework *src,
			    const struct xw_framework *tgt)
{
	return changed(&r->source_hashes, src) + changed(&r->target_hashes, tgt);
}
