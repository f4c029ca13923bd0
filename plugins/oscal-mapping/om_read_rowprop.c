/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_rows.h"

/* A row's fields that no OSCAL field holds, from xwalk's props (om_write_rows.c). */

/* The prop's name and the row field it sets; gap rows have a few more. */
static const struct {
	const char *prop, *field;
	bool gap_only;
} fields[] = {
	{ "row-id", "id", false },
	{ "strength", "strength", false },
	{ "review-status", "review-status", false },
	{ "reviewer", "reviewer", false },
	{ "review-date", "review-date", false },
	{ "rationale", "rationale", true },
	{ "justification", "justification", true },
	{ "condition", "conditions", true },
};

/* "ID=HEX", split at the last '=' as the CSV cells are. */
static int hash(struct om_r *r, struct xw_row *row, const struct om_node *prop,
		const char *field, const char *value)
{
	const char *eq = strrchr(value, '=');
	char id[1024];

	if (!eq || eq == value || (size_t)(eq - value) >= sizeof(id))
		return om_r_fail(r, prop, XW_EINVAL, "review hash '%s' is not ID=HEX", value);
	memcpy(id, value, (size_t)(eq - value));
	id[eq - value] = '\0';
	return om_r_row_set(r, prop, row, field, id, eq + 1);
}

int om_r_row_prop(struct om_r *r, struct xw_row *row, const struct om_node *prop,
		  const char *name, const char *value, bool gap)
{
	if (strcmp(name, "source-hash") == 0)
		return hash(r, row, prop, "source-hashes", value);
	if (strcmp(name, "target-hash") == 0)
		return hash(r, row, prop, "target-hashes", value);
	if (gap && strcmp(name, "gap-side") == 0)
		return 0;   /* read with the group */
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
		if (strcmp(name, fields[i].prop) == 0 && (gap || !fields[i].gap_only))
			return om_r_row_set(r, prop, row, fields[i].field, NULL, value);
	om_r_warn(r, prop, "unknown xwalk prop '%s' in a %s; ignored", name,
		  gap ? "gap row" : "map");
	return 0;
}
