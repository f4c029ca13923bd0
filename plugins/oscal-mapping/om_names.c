/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>

#include "om_names.h"

bool om_one_of(const char *s, const char *const *names)
{
	for (; s && *names; names++)
		if (strcmp(s, *names) == 0)
			return true;
	return false;
}

bool om_rel_is_stated(const char *rel)
{
	static const char *const stated[] = {
		"equal", "subset-of", "superset-of", "intersects-with", NULL,
	};

	return om_one_of(rel, stated);
}

const char *om_rel_to_oscal(const char *rel, const char *rationale, const char **ns)
{
	*ns = NULL;
	if (strcmp(rel, "equal") == 0)
		return rationale && strcmp(rationale, "syntactic") == 0 ? "equal-to"
									 : "equivalent-to";
	if (!om_rel_is_stated(rel))
		*ns = OM_NS;
	return rel;
}

const char *om_rel_from_oscal(const char *value)
{
	static const char *const same[] = {
		"subset-of", "superset-of", "intersects-with", NULL,
	};
	static const char *const equal[] = { "equal-to", "equivalent-to", NULL };

	if (om_one_of(value, equal))
		return "equal";
	return om_one_of(value, same) ? value : NULL;
}

const char *om_status_to_oscal(const char *status, bool comprehensive)
{
	if (strcmp(status, "draft") == 0 || strcmp(status, "deprecated") == 0)
		return status;
	return comprehensive ? "complete" : "not-complete";
}

const char *om_status_from_oscal(const char *status)
{
	static const char *const gone[] = { "deprecated", "superseded", NULL };

	return om_one_of(status, gone) ? "deprecated" : "draft";
}
