/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/assessment.h"
#include "index.h"
#include "schema.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const result_names[XW_RESULT_COUNT] = {
	NULL, "implemented", "partial", "not-implemented", "not-applicable",
	"unknown",
};

const char *xw_result_name(enum xw_result_status s)
{
	return s < XW_RESULT_COUNT ? result_names[s] : NULL;
}

static int set_date(char **dst, const char *v, struct xw_error *e)
{
	if (!xw_date_valid(v))
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "'%s' is not a date (YYYY-MM-DD)", v);
	return xw_str_set(dst, v, e);
}

#define RES(o) ((struct xw_result *)(o))

static int res_item(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&RES(o)->item, v, e);
}

static int res_status(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_parse(v, result_names, N(result_names));

	if (x < 0)
		return xw_enum_error("result status", v, result_names,
				     N(result_names), e);
	RES(o)->status = (enum xw_result_status)x;
	return 0;
}

static int res_note(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&RES(o)->note, v, e);
}

static int res_evidence(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&RES(o)->evidence, v, e);
}

static const struct xw_field result_field_table[] = {
	{ "item", XW_SHAPE_SCALAR, res_item, NULL },
	{ "status", XW_SHAPE_SCALAR, res_status, NULL },
	{ "note", XW_SHAPE_SCALAR, res_note, NULL },
	{ "evidence", XW_SHAPE_SCALAR, res_evidence, NULL },
};

static int add_result(void *parent, void **child, struct xw_error *err)
{
	return xw_assessment_add_result(parent, (struct xw_result **)child, err);
}

static void locate_result(void *o, unsigned line, unsigned column)
{
	RES(o)->line = line;
	RES(o)->column = column;
}

static const struct xw_schema result_schema = {
	"result", result_field_table, N(result_field_table), add_result,
	locate_result,
};

#define AS(o) ((struct xw_assessment *)(o))

static int as_format(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (strcmp(v, "xwalk-assessment/1") != 0)
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "format '%s' is not 'xwalk-assessment/1'", v);
	return 0;
}

static int as_framework(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&AS(o)->framework, v, e);
}

static int as_org(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&AS(o)->organisation, v, e);
}

static int as_scope(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&AS(o)->scope, v, e);
}

static int as_date(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_date(&AS(o)->date, v, e);
}

static int as_assessor(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&AS(o)->assessor, v, e);
}

static int as_cert(void *o, const char *s, const char *v, struct xw_error *e)
{
	static const char *const subs[] = { "body", "number", "issued", "expires", "scope" };
	struct xw_certificate *c = &AS(o)->certificate;

	switch (xw_enum_parse(s, subs, N(subs))) {
	case 0: return xw_str_set(&c->body, v, e);
	case 1: return xw_str_set(&c->number, v, e);
	case 2: return set_date(&c->issued, v, e);
	case 3: return set_date(&c->expires, v, e);
	case 4: return xw_str_set(&c->scope, v, e);
	}
	return xw_enum_error("certificate key", s, subs, N(subs), e);
}

static const struct xw_field assessment_field_table[] = {
	{ "format", XW_SHAPE_SCALAR, as_format, NULL },
	{ "framework", XW_SHAPE_SCALAR, as_framework, NULL },
	{ "organisation", XW_SHAPE_SCALAR, as_org, NULL },
	{ "scope", XW_SHAPE_SCALAR, as_scope, NULL },
	{ "date", XW_SHAPE_SCALAR, as_date, NULL },
	{ "assessor", XW_SHAPE_SCALAR, as_assessor, NULL },
	{ "certificate", XW_SHAPE_MAP, as_cert, NULL },
	{ "results", XW_SHAPE_OBJECTS, NULL, &result_schema },
};

const struct xw_schema xw_assessment_schema = {
	"assessment", assessment_field_table, N(assessment_field_table), NULL, NULL,
};

int xw_assessment_set(struct xw_assessment *a, const char *key,
		      const char *sub, const char *value, struct xw_error *err)
{
	return xw_schema_set(&xw_assessment_schema, a, key, sub, value, err);
}

int xw_result_set(struct xw_result *r, const char *key, const char *sub,
		  const char *value, struct xw_error *err)
{
	return xw_schema_set(&result_schema, r, key, sub, value, err);
}

int xw_assessment_new(struct xw_assessment **out, struct xw_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	return 0;
}

void xw_assessment_free(struct xw_assessment *a)
{
	if (!a)
		return;
	for (size_t i = 0; i < a->n_results; i++) {
		free(a->results[i]->item);
		free(a->results[i]->note);
		free(a->results[i]->evidence);
		free(a->results[i]);
	}
	free(a->results);
	free(a->framework);
	free(a->organisation);
	free(a->scope);
	free(a->date);
	free(a->assessor);
	free(a->certificate.body);
	free(a->certificate.number);
	free(a->certificate.issued);
	free(a->certificate.expires);
	free(a->certificate.scope);
	free(a->path);
	free(a);
}

int xw_assessment_add_result(struct xw_assessment *a, struct xw_result **out,
			     struct xw_error *err)
{
	struct xw_result *r;

	if (a->n_results == a->cap_results) {
		size_t cap = a->cap_results ? a->cap_results * 2 : 64;
		struct xw_result **v = realloc(a->results, cap * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		a->results = v;
		a->cap_results = cap;
	}
	r = calloc(1, sizeof(*r));
	if (!r)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	a->results[a->n_results++] = r;
	a->finished = false;
	*out = r;
	return 0;
}

int xw_assessment_finish(struct xw_assessment *a, struct xw_error *err)
{
	struct xw_index *seen;
	int rc = 0;

	a->finished = false;
	if (!a->framework)
		return xw_error_set(err, XW_EINVAL, a->path, 1, 1,
				    "assessment has no 'framework'");
	seen = xw_index_new(a->n_results);
	if (!seen)
		return xw_error_set(err, XW_ENOMEM, a->path, 0, 0, "out of memory");
	for (size_t i = 0; i < a->n_results && rc == 0; i++) {
		const struct xw_result *r = a->results[i];
		int dup;

		if (!r->item)
			rc = xw_error_set(err, XW_EINVAL, a->path, r->line, r->column,
					  "result has no 'item'");
		else if (!r->status)
			rc = xw_error_set(err, XW_EINVAL, a->path, r->line, r->column,
					  "result for '%s' has no 'status'", r->item);
		else if ((dup = xw_index_put(seen, r->item, i)) < 0)
			rc = xw_error_set(err, XW_ENOMEM, a->path, 0, 0, "out of memory");
		else if (dup)
			rc = xw_error_set(err, XW_EINVAL, a->path, r->line, r->column,
					  "'%s' has a second result", r->item);
	}
	xw_index_free(seen);
	if (rc == 0)
		a->finished = true;
	return rc;
}
