/* SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "om_wctx.h"

/*
 * A framework is a catalog that xwalk knows by id, not by a file, so a
 * resource points into the back matter, where a resource is titled with
 * the id; the id and version themselves are props.
 */

static const char *const sides[2][2] = {
	{ "source", "source-resource" },
	{ "target", "target-resource" },
};

static int resource(struct om_w *w, const char *side, const char *member)
{
	const char *id = w->h->mapping_get(w->m, side, "framework", 0);
	const char *version = w->h->mapping_get(w->m, side, "version", 0);
	char uuid[OM_UUID_LEN + 1], href[OM_UUID_LEN + 2];
	int rc;

	om_w_uuid(w, member, NULL, NULL, uuid);
	snprintf(href, sizeof(href), "#%s", uuid);
	om_open(&w->e, member, '{');
	om_string(&w->e, "type", "catalog");
	om_string(&w->e, "href", href);
	om_open(&w->e, "props", '[');
	rc = om_w_prop(w, "framework", id, NULL, NULL, "framework id");
	if (rc == 0 && version)
		rc = om_w_prop(w, "version", version, NULL, NULL, "framework version");
	om_close(&w->e, '[');
	om_close(&w->e, '{');
	return rc;
}

int om_w_resources(struct om_w *w)
{
	int rc = resource(w, sides[0][0], sides[0][1]);

	return rc ? rc : resource(w, sides[1][0], sides[1][1]);
}

int om_w_back_matter(struct om_w *w)
{
	char uuid[OM_UUID_LEN + 1];

	om_open(&w->e, "back-matter", '{');
	om_open(&w->e, "resources", '[');
	for (int i = 0; i < 2; i++) {
		om_w_uuid(w, sides[i][1], NULL, NULL, uuid);
		om_open(&w->e, NULL, '{');
		om_string(&w->e, "uuid", uuid);
		om_string(&w->e, "title", w->h->mapping_get(w->m, sides[i][0], "framework", 0));
		om_close(&w->e, '{');
	}
	om_close(&w->e, '[');
	om_close(&w->e, '{');
	return 0;
}
