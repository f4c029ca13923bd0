/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "ca_urn.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Our framework ids that intuitem's libraries hold under the same key. */
static const char *const intuitem[] = { "iso27001-2022", "nist-csf-2.0" };

static bool shipped(const char *id)
{
	for (size_t i = 0; i < N(intuitem); i++)
		if (strcmp(intuitem[i], id) == 0)
			return true;
	return false;
}

void ca_place_of(const char *id, bool ours, struct ca_place *out)
{
	const char *packager = !ours && shipped(id) ? "intuitem" : "xwalk";

	snprintf(out->library, sizeof(out->library), "urn:%s:risk:library:%s", packager, id);
	snprintf(out->framework, sizeof(out->framework), "urn:%s:risk:framework:%s", packager, id);
	snprintf(out->node_prefix, sizeof(out->node_prefix), "urn:%s:risk:req_node:%s:", packager, id);
}

bool ca_node_urn(const struct ca_place *p, const char *item_id, char buf[CA_URN_MAX])
{
	size_t n = strlen(p->node_prefix), len = strlen(item_id);

	if (!len || n + len >= CA_URN_MAX ||
	    strspn(item_id, "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789.-_") != len)
		return false;
	memcpy(buf, p->node_prefix, n);
	for (size_t i = 0; i <= len; i++) {
		char ch = item_id[i];

		buf[n + i] = ch >= 'A' && ch <= 'Z' ? (char)(ch - 'A' + 'a') : ch;
	}
	return true;
}
