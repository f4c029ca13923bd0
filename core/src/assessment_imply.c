/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/assessment.h"
#include "xwalk/framework.h"

static bool recorded(const struct xw_assessment *a, const char *id)
{
	for (size_t i = 0; i < a->n_results; i++)
		if (strcmp(a->results[i]->item, id) == 0)
			return true;
	return false;
}

static bool mandatory(const struct xw_framework *fw, const struct xw_item *it)
{
	for (size_t p = 0; p < fw->n_profiles; p++)
		if (fw->profiles[p]->mandatory && xw_item_in_profile(it, p))
			return true;
	return false;
}

int xw_assessment_imply_mandatory(struct xw_assessment *a,
				  const struct xw_framework *fw,
				  struct xw_error *err)
{
	int added = 0;

	if ((!a->certificate.body && !a->certificate.number) ||
	    strcmp(a->framework, fw->id) != 0)
		return 0;
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];
		struct xw_result *r;
		int rc;

		if (it->withdrawn || !mandatory(fw, it) || recorded(a, it->id))
			continue;
		rc = xw_assessment_add_result(a, &r, err);
		if (rc < 0)
			return rc;
		r->item = strdup(it->id);
		if (!r->item)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		r->status = XW_RESULT_IMPLEMENTED;
		r->implied = true;
		added++;
	}
	if (added) {
		int rc = xw_assessment_finish(a, err);
		if (rc < 0)
			return rc;
	}
	return added;
}
