/* SPDX-License-Identifier: MIT */
#include <string.h>
#include <strings.h>

#include "om_ident.h"
#include "om_rctx.h"

/*
 * The source and target frameworks, from the mappings' resources: xwalk's
 * own props when it wrote them, else an id made from the resource's
 * back-matter title (a link "#uuid") or from its link. Mappings that
 * name different resources on one side give one framework, whose id
 * joins theirs with "-and-".
 */

#define MAX_RESOURCES 16

struct side {
	const char *name;            /* "source" */
	const char *member;          /* "source-resource" */
	const char *ids[MAX_RESOURCES];
	size_t n;
	const char *version;
	bool versions_differ;
	const struct om_node *at;    /* the first resource */
};

struct found {
	const char *framework, *version;
};

static int resource_prop(struct om_r *r, const struct om_node *prop, const char *name,
			 const char *value, void *arg)
{
	struct found *f = arg;

	if (strcmp(name, "framework") == 0)
		f->framework = value;
	else if (strcmp(name, "version") == 0)
		f->version = value;
	else
		om_r_warn(r, prop, "unknown xwalk prop '%s' in a resource; ignored", name);
	return 0;
}

/* The title of the back-matter resource @uuid, or NULL. */
static const char *back_matter_title(const struct om_r *r, const char *uuid)
{
	const struct om_node *res = om_member(om_member(r->coll, "back-matter"), "resources");

	for (const struct om_node *n = res && res->type == OM_ARRAY ? res->first : NULL; n;
	     n = n->next) {
		const struct om_node *u = om_member(n, "uuid"), *t = om_member(n, "title");

		if (u && u->type == OM_STRING && strcasecmp(u->text, uuid) == 0 &&
		    t && t->type == OM_STRING)
			return t->text;
	}
	return NULL;
}

/* An id made from the resource's title or link, in the document's arena. */
static int derived_id(struct om_r *r, const struct om_node *res, const char **out)
{
	const char *href, *title = NULL, *name;
	size_t len;
	char *id;
	int rc = om_r_need(r, res, &om_k_resource, "href", &href);

	if (rc < 0)
		return rc;
	if (href[0] == '#')
		title = back_matter_title(r, href + 1);
	if (title) {
		name = title;
		len = strlen(title);
	} else {
		name = om_href_name(href, &len);
	}
	id = xwp_arena_zalloc(&r->doc.arena, len + 1);
	if (!id)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	om_to_id(name, len, id);
	if (!*id)
		return om_r_fail(r, res, XW_EINVAL,
				 "cannot make a framework id from the resource '%s'", href);
	*out = id;
	return 0;
}

static int add(struct om_r *r, struct side *s, const struct om_node *mapping)
{
	const struct om_node *res = om_member(mapping, s->member);
	struct found f = { NULL, NULL };
	size_t i = 0;
	int rc;

	if (!res)
		return om_r_fail(r, mapping, XW_EINVAL, "mapping has no '%s'", s->member);
	rc = om_r_object(r, res, &om_k_resource);
	if (rc == 0)
		rc = om_r_props(r, res, &om_k_resource, resource_prop, &f);
	if (rc == 0 && !f.framework)
		rc = derived_id(r, res, &f.framework);
	if (rc < 0)
		return rc;
	if (!s->at) {
		s->at = res;
		s->version = f.version;
	} else if (!f.version || !s->version || strcmp(f.version, s->version) != 0) {
		s->versions_differ = s->versions_differ || f.version || s->version;
	}
	while (i < s->n && strcmp(s->ids[i], f.framework) != 0)
		i++;
	if (i < s->n)
		return 0;
	if (s->n == MAX_RESOURCES)
		return om_r_fail(r, res, XW_ELIMIT, "the mappings name more than %d %s resources",
				 MAX_RESOURCES, s->name);
	s->ids[s->n++] = f.framework;
	return 0;
}

static int settle(struct om_r *r, struct side *s, const char **id)
{
	size_t len = 0;
	char *joined;
	int rc;

	for (size_t i = 0; i < s->n; i++)
		len += strlen(s->ids[i]) + 5;
	joined = xwp_arena_zalloc(&r->doc.arena, len + 1);
	if (!joined)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	for (size_t i = 0; i < s->n; i++)
		strcat(strcat(joined, i ? "-and-" : ""), s->ids[i]);
	if (s->n > 1)
		om_r_warn(r, s->at, "the mappings name %zu %s resources; xwalk reads them as one "
			  "%s framework, '%s'", s->n, s->name, s->name, joined);
	if (s->versions_differ)
		om_r_warn(r, s->at, "the %s resources give different versions; the set gets none",
			  s->name);
	rc = om_r_set(r, s->at, s->name, "framework", joined);
	if (rc == 0 && s->version && !s->versions_differ)
		rc = om_r_set(r, s->at, s->name, "version", s->version);
	*id = joined;
	return rc;
}

int om_r_frameworks(struct om_r *r, const char **source, const char **target)
{
	struct side src = { .name = "source", .member = "source-resource" };
	struct side tgt = { .name = "target", .member = "target-resource" };
	const struct om_node *m = om_r_first_mapping(r);
	int rc = 0;

	if (!m)
		return om_r_fail(r, r->mappings, XW_EINVAL, "'mappings' is empty");
	for (; rc == 0 && m; m = om_r_next_mapping(r, m)) {
		rc = om_r_object(r, m, &om_k_mapping);
		if (rc == 0)
			rc = add(r, &src, m);
		if (rc == 0)
			rc = add(r, &tgt, m);
	}
	if (rc == 0)
		rc = settle(r, &src, source);
	return rc < 0 ? rc : settle(r, &tgt, target);
}
