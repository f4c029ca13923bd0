/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "om_rctx.h"

/*
 * The author: the parties responsible for the mapping in its provenance,
 * else those in the metadata role "creator", by name, joined with "; ".
 */

#define NO_AUTHOR "not named in the OSCAL document"
#define MAX_NAMES 16

struct names {
	char *text;
	size_t len, n;
};

static const char *party_name(const struct om_r *r, const char *uuid)
{
	const struct om_node *parties = om_member(r->metadata, "parties");

	for (const struct om_node *p = parties && parties->type == OM_ARRAY ? parties->first : NULL;
	     p; p = p->next) {
		const struct om_node *u = om_member(p, "uuid");
		const struct om_node *n = om_member(p, "name");

		if (!n || n->type != OM_STRING)
			n = om_member(p, "short-name");
		if (u && u->type == OM_STRING && strcasecmp(u->text, uuid) == 0 &&
		    n && n->type == OM_STRING)
			return n->text;
	}
	return NULL;
}

static int add_name(struct om_r *r, struct names *names, const char *name)
{
	size_t n = strlen(name);
	char *t;

	t = realloc(names->text, names->len + n + 3);
	if (!t)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	if (names->len) {
		memcpy(t + names->len, "; ", 2);
		names->len += 2;
	}
	memcpy(t + names->len, name, n + 1);
	names->len += n;
	names->text = t;
	return 0;
}

/* The names of the parties of @obj's responsible-parties (of @role, if given). */
static int collect(struct om_r *r, const struct om_node *obj, const char *role,
		   struct names *names)
{
	const struct om_node *rps;
	int rc = om_r_array(r, obj, "responsible-parties", &rps);

	for (const struct om_node *rp = rps ? rps->first : NULL; rc == 0 && rp; rp = rp->next) {
		const struct om_node *uuids;
		const char *role_id;

		rc = om_r_text(r, rp, "role-id", &role_id);
		if (rc == 0)
			rc = om_r_array(r, rp, "party-uuids", &uuids);
		if (rc < 0 || !uuids || (role && (!role_id || strcmp(role_id, role) != 0)))
			continue;
		for (const struct om_node *u = uuids->first; rc == 0 && u; u = u->next) {
			const char *name;

			if (names->n == MAX_NAMES)
				om_r_warn(r, u, "more than %d responsible parties; the author "
					  "names the first %d", MAX_NAMES, MAX_NAMES);
			if (names->n++ >= MAX_NAMES)
				return 0;
			name = u->type == OM_STRING ? party_name(r, u->text) : NULL;
			if (name)
				rc = add_name(r, names, name);
			else
				om_r_warn(r, u, "no party in the metadata has this uuid");
		}
	}
	return rc;
}

int om_r_author(struct om_r *r)
{
	struct names names = { NULL, 0, 0 };
	int rc = collect(r, r->provenance, NULL, &names);

	if (rc == 0 && !names.len)
		rc = collect(r, r->metadata, "creator", &names);
	if (rc == 0 && !names.len)
		om_r_warn(r, r->provenance, "the document names no party responsible for the "
			  "mapping; the author is '%s'", NO_AUTHOR);
	if (rc == 0)
		rc = om_r_set(r, r->provenance, "author", NULL, names.len ? names.text : NO_AUTHOR);
	free(names.text);
	return rc;
}
