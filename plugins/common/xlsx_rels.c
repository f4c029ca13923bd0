/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

/* "xl/workbook.xml" -> "xl/_rels/workbook.xml.rels"; "" -> "_rels/.rels" */
static char *rels_name(const char *source)
{
	const char *slash = strrchr(source, '/');
	size_t dir = slash ? (size_t)(slash - source) + 1 : 0;
	size_t n = strlen(source) + 12;
	char *p = malloc(n);

	if (p)
		snprintf(p, n, "%.*s_rels/%s.rels", (int)dir, source, source + dir);
	return p;
}

static void rel_free(struct xlsx_rel *r)
{
	xmlFree(r->id);
	xmlFree(r->type);
	free(r->part);
}

static int add(struct xlsx_rels *out, const char *name, const char *source,
	       const xmlNode *n, struct xlsx_error *err)
{
	struct xlsx_rel r = { 0 };
	bool oom = false;
	char *target = xlsx_xml_attr(n, "Target", false, &oom);
	char *mode = xlsx_xml_attr(n, "TargetMode", false, &oom);
	struct xlsx_rel *v = NULL;
	int rc = 0;

	r.id = xlsx_xml_attr(n, "Id", false, &oom);
	r.type = xlsx_xml_attr(n, "Type", false, &oom);
	if (oom)
		rc = xlsx_fail(err, XW_ENOMEM, name, "out of memory");
	else if (!r.id || !r.type || !target)
		rc = xlsx_fail(err, XW_EINVAL, name,
			       "a relationship lacks its Id, Type or Target");
	else if (mode && strcmp(mode, "External") == 0)
		rc = 1;  /* a link outside the package: never followed */
	else if ((rc = xlsx_resolve(source, target, &r.part)) == XW_EINVAL)
		rc = xlsx_fail(err, rc, name,
			       "relationship target '%s' leaves the package", target);
	else if (rc < 0)
		rc = xlsx_fail(err, rc, name, "out of memory");
	else if (!(v = realloc(out->v, (out->n + 1) * sizeof(*v))))
		rc = xlsx_fail(err, XW_ENOMEM, name, "out of memory");
	xmlFree(target);
	xmlFree(mode);
	if (rc != 0) {
		rel_free(&r);
		return rc < 0 ? rc : 0;
	}
	out->v = v;
	out->v[out->n++] = r;
	return 0;
}

static int by_id(const void *a, const void *b)
{
	return strcmp(((const struct xlsx_rel *)a)->id, ((const struct xlsx_rel *)b)->id);
}

int xlsx_rels_load(struct xlsx_zip *z, const char *source,
		   struct xlsx_rels *out, struct xlsx_error *err)
{
	char *name = rels_name(source);
	xmlDoc *doc = NULL;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!name)
		return xlsx_fail(err, XW_ENOMEM, source, "out of memory");
	rc = xlsx_xml_load(z, name, &doc, err);
	if (rc == XW_ENOTFOUND)
		rc = 0;
	for (xmlNode *n = doc ? xlsx_xml_child(xmlDocGetRootElement(doc), "Relationship")
			      : NULL;
	     n && rc == 0; n = xlsx_xml_next(n, "Relationship"))
		rc = add(out, name, source, n, err);
	xmlFreeDoc(doc);
	free(name);
	if (rc < 0)
		xlsx_rels_free(out);
	else if (out->n)  /* a workbook may list many sheets: find them by bisection */
		qsort(out->v, out->n, sizeof(*out->v), by_id);
	return rc;
}

const struct xlsx_rel *xlsx_rels_type(const struct xlsx_rels *r, const char *kind)
{
	size_t k = strlen(kind);

	for (size_t i = 0; i < r->n; i++) {
		size_t t = strlen(r->v[i].type);

		if (t > k && r->v[i].type[t - k - 1] == '/' &&
		    strcmp(r->v[i].type + t - k, kind) == 0)
			return &r->v[i];
	}
	return NULL;
}

const struct xlsx_rel *xlsx_rels_id(const struct xlsx_rels *r, const char *id)
{
	struct xlsx_rel key = { (char *)id, NULL, NULL };

	return r->n ? bsearch(&key, r->v, r->n, sizeof(*r->v), by_id) : NULL;
}

void xlsx_rels_free(struct xlsx_rels *r)
{
	for (size_t i = 0; i < r->n; i++)
		rel_free(&r->v[i]);
	free(r->v);
	memset(r, 0, sizeof(*r));
}
