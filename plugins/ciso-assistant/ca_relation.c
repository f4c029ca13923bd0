/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_relation.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* theirs, ours */
static const char *const pairs[][2] = {
	{ "equal", "equal" },
	{ "subset", "subset-of" },
	{ "superset", "superset-of" },
	{ "intersect", "intersects-with" },
	{ "not_related", "no-relationship" },
};

static const char *look(const char *name, int from)
{
	for (size_t i = 0; i < N(pairs); i++)
		if (strcmp(pairs[i][from], name) == 0)
			return pairs[i][!from];
	return NULL;
}

const char *ca_relation_ours(const char *name)
{
	return look(name, 0);
}

const char *ca_relation_theirs(const char *name)
{
	return look(name, 1);
}
