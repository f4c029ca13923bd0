/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_pairs.h"
#include "ca_relation.h"

const char *ca_pair_relation(const char *ours, size_t n, size_t m)
{
	const char *theirs = ca_relation_theirs(ours);

	if (!theirs || n == 0 || m == 0)
		return NULL;
	if ((n == 1 && m == 1) || strcmp(theirs, "not_related") == 0)
		return theirs;
	if (strcmp(theirs, "equal") == 0)
		return n == 1 ? "superset" : m == 1 ? "subset" : "intersect";
	if (strcmp(theirs, "subset") == 0 && m == 1)
		return "subset";
	if (strcmp(theirs, "superset") == 0 && n == 1)
		return "superset";
	return "intersect";
}
