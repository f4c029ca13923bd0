/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwp_fields.h"

int xwp_framework_fields(const struct xw_host *h, struct xw_call *call,
			 struct xw_framework *fw,
			 const char *const (*meta)[3], size_t n_meta,
			 const char *const (*profiles)[3], size_t n_profiles)
{
	struct xw_profile *p = NULL;
	int rc = 0;

	for (size_t i = 0; i < n_meta && rc == 0; i++)
		rc = h->framework_set(call, fw, meta[i][0], meta[i][1], meta[i][2]);
	for (size_t i = 0; i < n_profiles && rc == 0; i++) {
		if (strcmp(profiles[i][0], "id") == 0 &&
		    (rc = h->profile_add(call, fw, &p)) < 0)
			break;
		rc = h->profile_set(call, p, profiles[i][0], profiles[i][1], profiles[i][2]);
	}
	return rc;
}
