/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "om_names.h"
#include "om_rctx.h"

/* The set's own fields: id, title, version, date, method, status, use. */

/* A document xwalk wrote names the set in a document id of xwalk's scheme. */
static int document_id(struct om_r *r, const char **id)
{
	const struct om_node *ids;
	int rc = om_r_array(r, r->metadata, "document-ids", &ids);

	*id = NULL;
	for (const struct om_node *d = ids ? ids->first : NULL; rc == 0 && d; d = d->next) {
		const char *scheme, *identifier;

		rc = om_r_text(r, d, "scheme", &scheme);
		if (rc == 0)
			rc = om_r_text(r, d, "identifier", &identifier);
		if (rc == 0 && scheme && identifier && strcmp(scheme, OM_NS) == 0 && !*id)
			*id = identifier;
		else if (rc == 0)
			om_r_skip(r, d, &om_k_metadata, "document-ids", false);
	}
	r->ours = *id != NULL;
	return rc;
}

static int set_id(struct om_r *r)
{
	const char *id, *source, *target;
	char *joined;
	int rc = document_id(r, &id);

	if (rc == 0)
		rc = om_r_frameworks(r, &source, &target);
	if (rc < 0 || id)
		return rc < 0 ? rc : om_r_set(r, r->metadata, "id", NULL, id);
	/* as the bundled sets are named: SOURCE--TARGET */
	joined = malloc(strlen(source) + strlen(target) + 3);
	if (!joined)
		return om_r_fail(r, NULL, XW_ENOMEM, "out of memory");
	sprintf(joined, "%s--%s", source, target);
	rc = om_r_set(r, r->coll, "id", NULL, joined);
	free(joined);
	return rc;
}

static int title_prop(struct om_r *r, const struct om_node *prop, const char *name,
		      const char *value, void *arg)
{
	const char *lang;
	int rc;

	if (strcmp(name, "title") != 0) {
		om_r_warn(r, prop, "unknown xwalk prop '%s' in metadata; ignored", name);
		return 0;
	}
	rc = om_r_text(r, prop, "class", &lang);
	if (rc == 0 && !lang)
		return om_r_fail(r, prop, XW_EINVAL, "xwalk's title prop has no language ('class')");
	*(bool *)arg = true;
	return rc < 0 ? rc : om_r_set(r, prop, "title", lang, value);
}

/* xwalk's titles by language; else OSCAL's one title, taken as English. */
static int title(struct om_r *r)
{
	const char *t;
	bool found = false;
	int rc = om_r_props(r, r->metadata, &om_k_metadata, title_prop, &found);

	if (rc == 0)
		rc = om_r_text(r, r->metadata, "title", &t);
	/* in xwalk's own documents the title is only a label for OSCAL tools */
	if (rc < 0 || found || r->ours || !t)
		return rc;
	return om_r_set(r, om_member(r->metadata, "title"), "title", "en", t);
}

static bool is_date(const char *s)
{
	for (int i = 0; i < 10; i++)
		if (i == 4 || i == 7 ? s[i] != '-' : !(s[i] >= '0' && s[i] <= '9'))
			return false;
	return true;
}

/* The date of last-modified, in the document's own time zone. */
static int date(struct om_r *r)
{
	const struct om_node *at = om_member(r->metadata, "last-modified");
	char day[11];
	const char *t;
	int rc = om_r_text(r, r->metadata, "last-modified", &t);

	if (rc < 0 || !t)
		return rc;
	if (strlen(t) < 10 || !is_date(t)) {
		om_r_warn(r, at, "last-modified '%s' does not start with a date; the set gets none", t);
		return 0;
	}
	memcpy(day, t, 10);
	day[10] = '\0';
	return om_r_set(r, at, "date", NULL, day);
}

/* The one method of the set; OSCAL 1.0's "manual" is read as human. */
static int method(struct om_r *r)
{
	const struct om_node *at = om_member(r->provenance, "method");
	const char *v;
	int rc = om_r_need(r, r->provenance, &om_k_provenance, "method", &v);

	if (rc < 0)
		return rc;
	if (strcmp(v, "manual") == 0) {
		om_r_warn(r, at, "provenance method 'manual' is not human, automation or hybrid "
			  "(OSCAL %s); read as 'human'", OM_OSCAL_VERSION);
		v = "human";
	}
	return om_r_set(r, at, "method", NULL, v);
}

struct flags {
	const struct om_node *status, *comprehensive;
};

static int provenance_prop(struct om_r *r, const struct om_node *prop, const char *name,
			   const char *value, void *arg)
{
	struct flags *f = arg;

	if (strcmp(name, "status") == 0)
		f->status = prop;
	else if (strcmp(name, "comprehensive") == 0)
		f->comprehensive = prop;
	else
		om_r_warn(r, prop, "unknown xwalk prop '%s' in provenance; ignored", name);
	return 0;
}

/* xwalk's status and comprehensive when it wrote them; else from OSCAL's status. */
static int status(struct om_r *r)
{
	struct flags f = { NULL, NULL };
	const char *oscal;
	int rc = om_r_props(r, r->provenance, &om_k_provenance, provenance_prop, &f);

	if (rc == 0)
		rc = om_r_text(r, r->provenance, "status", &oscal);
	if (rc == 0 && f.comprehensive)
		rc = om_r_set(r, f.comprehensive, "comprehensive", NULL,
			      om_member(f.comprehensive, "value")->text);
	if (rc < 0)
		return rc;
	if (f.status)
		return om_r_set(r, f.status, "status", NULL, om_member(f.status, "value")->text);
	return om_r_set(r, om_member(r->provenance, "status"), "status", NULL,
			om_status_from_oscal(oscal ? oscal : "draft"));
}

static int intended_use(struct om_r *r)
{
	const char *v;
	int rc = om_r_text(r, r->provenance, "mapping-description", &v);

	if (rc < 0 || !v || strcmp(v, OM_NO_INTENDED_USE) == 0)
		return rc;
	return om_r_set(r, om_member(r->provenance, "mapping-description"), "intended-use",
			NULL, v);
}

static int version(struct om_r *r)
{
	const char *v;
	int rc = om_r_text(r, r->metadata, "version", &v);

	return rc < 0 || !v ? rc : om_r_set(r, om_member(r->metadata, "version"), "version",
					     NULL, v);
}

int om_r_set_fields(struct om_r *r)
{
	int (*const parts[])(struct om_r *) = {
		set_id, title, version, date, om_r_author, method, status, intended_use,
	};
	int rc = 0;

	for (size_t i = 0; rc == 0 && i < sizeof(parts) / sizeof(parts[0]); i++)
		rc = parts[i](r);
	return rc;
}
