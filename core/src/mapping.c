/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/mapping.h"
#include "index.h"
#include "schema.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const rel_names[XW_REL_COUNT] = {
	NULL, "equal", "subset-of", "superset-of", "intersects-with",
	"no-relationship", "related",
};
static const char *const rationale_names[XW_RATIONALE_COUNT] = {
	NULL, "syntactic", "semantic", "functional",
};
static const char *const review_names[XW_REVIEW_COUNT] = {
	"draft", "reviewed", "approved", "deprecated",
};
static const char *const method_names[XW_METHOD_COUNT] = {
	NULL, "human", "automation", "hybrid",
};
static const char *const bool_names[] = { "false", "true" };

const char *xw_relationship_name(enum xw_relationship r)
{
	return r < XW_REL_COUNT ? rel_names[r] : NULL;
}

const char *xw_rationale_name(enum xw_rationale r)
{
	return r < XW_RATIONALE_COUNT ? rationale_names[r] : NULL;
}

const char *xw_review_name(enum xw_review_status s)
{
	return s < XW_REVIEW_COUNT ? review_names[s] : NULL;
}

const char *xw_method_name(enum xw_method m)
{
	return m < XW_METHOD_COUNT ? method_names[m] : NULL;
}

static int set_date(char **dst, const char *v, struct xw_error *e)
{
	if (!xw_date_valid(v))
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "'%s' is not a date (YYYY-MM-DD)", v);
	return xw_str_set(dst, v, e);
}

/* --- row ----------------------------------------------------------------- */

#define ROW(o) ((struct xw_row *)(o))

static int row_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&ROW(o)->id, v, e);
}

static int row_source(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_strlist_add(&ROW(o)->sources, v, e);
}

static int row_target(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_strlist_add(&ROW(o)->targets, v, e);
}

static int row_rel(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("relationship", v, rel_names, N(rel_names), e);

	if (x < 0)
		return x;
	ROW(o)->relationship = (enum xw_relationship)x;
	return 0;
}

static int row_rationale(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("rationale", v, rationale_names, N(rationale_names), e);

	if (x < 0)
		return x;
	ROW(o)->rationale = (enum xw_rationale)x;
	return 0;
}

static int row_strength(void *o, const char *s, const char *v, struct xw_error *e)
{
	char *end;
	long n = strtol(v, &end, 10);

	if (!*v || *end || n < 0 || n > 10)
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "strength '%s' is not a whole number from 0 to 10", v);
	ROW(o)->strength = (int)n;
	return 0;
}

static int row_just(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&ROW(o)->justification, v, e);
}

static int row_cond(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_strlist_add(&ROW(o)->conditions, v, e);
}

static int rev_status(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("review status", v, review_names, N(review_names), e);

	if (x < 0)
		return x;
	ROW(o)->review = (enum xw_review_status)x;
	return 0;
}

static int rev_reviewer(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&ROW(o)->reviewer, v, e);
}

static int rev_date(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_date(&ROW(o)->review_date, v, e);
}

static int add_hash(struct xw_hash_refs *h, const char *id, const char *hex,
		    struct xw_error *e)
{
	struct xw_hash_ref *v;
	uint64_t x = 0;

	if (strlen(hex) != 16 || strspn(hex, "0123456789abcdef") != 16)
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "text hash '%s' is not 16 lower-case hex digits", hex);
	for (size_t i = 0; i < h->n; i++)
		if (strcmp(h->v[i].id, id) == 0)
			return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
					    "a text hash for '%s' is given twice", id);
	for (int i = 0; i < 16; i++)
		x = x << 4 | (uint64_t)(hex[i] <= '9' ? hex[i] - '0' : hex[i] - 'a' + 10);
	v = realloc(h->v, (h->n + 1) * sizeof(*v));
	if (!v)
		return xw_error_set(e, XW_ENOMEM, NULL, 0, 0, "out of memory");
	h->v = v;
	v[h->n].id = strdup(id);
	if (!v[h->n].id)
		return xw_error_set(e, XW_ENOMEM, NULL, 0, 0, "out of memory");
	v[h->n++].hash = x;
	return 0;
}

static int rev_shash(void *o, const char *s, const char *v, struct xw_error *e)
{
	return add_hash(&ROW(o)->source_hashes, s, v, e);
}

static int rev_thash(void *o, const char *s, const char *v, struct xw_error *e)
{
	return add_hash(&ROW(o)->target_hashes, s, v, e);
}

static const struct xw_field review_field_table[] = {
	{ "status", XW_SHAPE_SCALAR, rev_status, NULL },
	{ "reviewer", XW_SHAPE_SCALAR, rev_reviewer, NULL },
	{ "date", XW_SHAPE_SCALAR, rev_date, NULL },
	{ "source-hashes", XW_SHAPE_MAP, rev_shash, NULL },
	{ "target-hashes", XW_SHAPE_MAP, rev_thash, NULL },
};

static const struct xw_schema review_schema = {
	"review", review_field_table, N(review_field_table), NULL, NULL,
};

static const struct xw_field row_field_table[] = {
	{ "id", XW_SHAPE_SCALAR, row_id, NULL },
	{ "sources", XW_SHAPE_LIST, row_source, NULL },
	{ "targets", XW_SHAPE_LIST, row_target, NULL },
	{ "relationship", XW_SHAPE_SCALAR, row_rel, NULL },
	{ "rationale", XW_SHAPE_SCALAR, row_rationale, NULL },
	{ "strength", XW_SHAPE_SCALAR, row_strength, NULL },
	{ "justification", XW_SHAPE_SCALAR, row_just, NULL },
	{ "conditions", XW_SHAPE_LIST, row_cond, NULL },
	{ "review", XW_SHAPE_NESTED, NULL, &review_schema },
};

static int add_row(void *parent, void **child, struct xw_error *err)
{
	return xw_mapping_add_row(parent, (struct xw_row **)child, err);
}

static void locate_row(void *o, unsigned line, unsigned column)
{
	ROW(o)->line = line;
	ROW(o)->column = column;
}

static const struct xw_schema row_schema = {
	"row", row_field_table, N(row_field_table), add_row, locate_row,
};

/* --- mapping set --------------------------------------------------------- */

#define MS(o) ((struct xw_mapping *)(o))

static int ms_format(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (strcmp(v, "xwalk-mapping/1") != 0)
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "format '%s' is not 'xwalk-mapping/1'", v);
	return 0;
}

static int ms_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&MS(o)->id, v, e);
}

static int ms_title(void *o, const char *s, const char *v, struct xw_error *e)
{
	static const char *const langs[] = { "ja", "en" };
	int lang = xw_lang_parse(s);

	if (lang == XW_LANG_NONE)
		return xw_enum_error("language", s, langs, N(langs), e);
	return xw_str_set(&MS(o)->title.s[lang], v, e);
}

static int set_end(char **fw, char **ver, const char *s, const char *v,
		   struct xw_error *e)
{
	static const char *const subs[] = { "framework", "version" };

	switch (xw_enum_parse(s, subs, N(subs))) {
	case 0: return xw_str_set(fw, v, e);
	case 1: return xw_str_set(ver, v, e);
	}
	return xw_enum_error("key of source/target", s, subs, N(subs), e);
}

static int ms_source(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_end(&MS(o)->source, &MS(o)->source_version, s, v, e);
}

static int ms_target(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_end(&MS(o)->target, &MS(o)->target_version, s, v, e);
}

static int ms_author(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&MS(o)->author, v, e);
}

static int ms_version(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&MS(o)->version, v, e);
}

static int ms_date(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_date(&MS(o)->date, v, e);
}

static int ms_method(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("method", v, method_names, N(method_names), e);

	if (x < 0)
		return x;
	MS(o)->method = (enum xw_method)x;
	return 0;
}

static int ms_status(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("status", v, review_names, N(review_names), e);

	if (x < 0)
		return x;
	MS(o)->status = (enum xw_review_status)x;
	MS(o)->has_status = true;
	return 0;
}

static int ms_compr(void *o, const char *s, const char *v, struct xw_error *e)
{
	int x = xw_enum_pick("boolean", v, bool_names, N(bool_names), e);

	if (x < 0)
		return x;
	MS(o)->comprehensive = x;
	return 0;
}

static int ms_use(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&MS(o)->intended_use, v, e);
}

static const struct xw_field mapping_field_table[] = {
	{ "format", XW_SHAPE_SCALAR, ms_format, NULL },
	{ "id", XW_SHAPE_SCALAR, ms_id, NULL },
	{ "title", XW_SHAPE_MAP, ms_title, NULL },
	{ "source", XW_SHAPE_MAP, ms_source, NULL },
	{ "target", XW_SHAPE_MAP, ms_target, NULL },
	{ "author", XW_SHAPE_SCALAR, ms_author, NULL },
	{ "version", XW_SHAPE_SCALAR, ms_version, NULL },
	{ "date", XW_SHAPE_SCALAR, ms_date, NULL },
	{ "method", XW_SHAPE_SCALAR, ms_method, NULL },
	{ "status", XW_SHAPE_SCALAR, ms_status, NULL },
	{ "comprehensive", XW_SHAPE_SCALAR, ms_compr, NULL },
	{ "intended-use", XW_SHAPE_SCALAR, ms_use, NULL },
	{ "rows", XW_SHAPE_OBJECTS, NULL, &row_schema },
};

const struct xw_schema xw_mapping_schema = {
	"mapping set", mapping_field_table, N(mapping_field_table), NULL, NULL,
};

int xw_mapping_set(struct xw_mapping *m, const char *key, const char *sub,
		   const char *value, struct xw_error *err)
{
	return xw_schema_set(&xw_mapping_schema, m, key, sub, value, err);
}

int xw_row_set(struct xw_row *r, const char *key, const char *sub,
	       const char *value, struct xw_error *err)
{
	/* the flat names of the review fields, for plugins and CSV columns */
	static const char *const flat[][2] = {
		{ "review-status", "review.status" },
		{ "reviewer", "review.reviewer" },
		{ "review-date", "review.date" },
		{ "source-hashes", "review.source-hashes" },
		{ "target-hashes", "review.target-hashes" },
	};

	for (size_t i = 0; i < N(flat); i++)
		if (strcmp(key, flat[i][0]) == 0)
			key = flat[i][1];
	return xw_schema_set(&row_schema, r, key, sub, value, err);
}

/* --- lifetime ------------------------------------------------------------ */

int xw_mapping_new(struct xw_mapping **out, struct xw_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	return 0;
}

static void hashes_clear(struct xw_hash_refs *h)
{
	for (size_t i = 0; i < h->n; i++)
		free(h->v[i].id);
	free(h->v);
}

static void row_free(struct xw_row *r)
{
	if (!r)
		return;
	free(r->id);
	xw_strlist_clear(&r->sources);
	xw_strlist_clear(&r->targets);
	free(r->justification);
	xw_strlist_clear(&r->conditions);
	free(r->reviewer);
	free(r->review_date);
	hashes_clear(&r->source_hashes);
	hashes_clear(&r->target_hashes);
	free(r);
}

void xw_mapping_free(struct xw_mapping *m)
{
	if (!m)
		return;
	for (size_t i = 0; i < m->n_rows; i++)
		row_free(m->rows[i]);
	free(m->rows);
	free(m->id);
	xw_ltext_clear(&m->title);
	free(m->source);
	free(m->source_version);
	free(m->target);
	free(m->target_version);
	free(m->author);
	free(m->version);
	free(m->date);
	free(m->intended_use);
	free(m->path);
	free(m);
}

int xw_mapping_add_row(struct xw_mapping *m, struct xw_row **out,
		       struct xw_error *err)
{
	struct xw_row *r;

	if (m->n_rows == m->cap_rows) {
		size_t cap = m->cap_rows ? m->cap_rows * 2 : 64;
		struct xw_row **v = realloc(m->rows, cap * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		m->rows = v;
		m->cap_rows = cap;
	}
	r = calloc(1, sizeof(*r));
	if (!r)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	r->strength = XW_STRENGTH_NONE;
	m->rows[m->n_rows++] = r;
	m->finished = false;
	*out = r;
	return 0;
}

static int row_error(const struct xw_mapping *m, const struct xw_row *r,
		     struct xw_error *err, const char *what)
{
	return xw_error_set(err, XW_EINVAL, m->path, r->line, r->column,
			    "row '%s' %s", r->id ? r->id : "?", what);
}

int xw_mapping_finish(struct xw_mapping *m, struct xw_error *err)
{
	static const char *const need[] = {
		"id", "source.framework", "target.framework", "author", "method",
		"status",
	};
	const void *have[] = {
		m->id, m->source, m->target, m->author,
		m->method ? "" : NULL, m->has_status ? "" : NULL,
	};
	struct xw_index *ids;
	int rc = 0;

	m->finished = false;
	for (size_t i = 0; i < N(need); i++)
		if (!have[i])
			return xw_error_set(err, XW_EINVAL, m->path, 1, 1,
					    "mapping set has no '%s'", need[i]);
	ids = xw_index_new(m->n_rows);
	if (!ids)
		return xw_error_set(err, XW_ENOMEM, m->path, 0, 0, "out of memory");
	for (size_t i = 0; i < m->n_rows && rc == 0; i++) {
		const struct xw_row *r = m->rows[i];
		int dup;

		if (!r->id)
			rc = row_error(m, r, err, "has no 'id'");
		else if ((dup = xw_index_put(ids, r->id, i)) != 0)
			rc = dup < 0 ? xw_error_set(err, XW_ENOMEM, m->path, 0, 0,
						    "out of memory")
				     : row_error(m, r, err, "has the same id as an earlier row");
		else if (r->relationship == XW_REL_UNSET)
			rc = row_error(m, r, err, "has no 'relationship'");
		/* only "nothing relates" may leave a side empty: a gap row */
		else if (r->relationship != XW_REL_NONE && !r->sources.n)
			rc = row_error(m, r, err, "has no 'sources'");
		else if (r->relationship != XW_REL_NONE && !r->targets.n)
			rc = row_error(m, r, err, "has no 'targets'");
		else if (!r->sources.n && !r->targets.n)
			rc = row_error(m, r, err, "has neither 'sources' nor 'targets'");
		/* a gap row and "related, type not given" have nothing to reason */
		else if (r->relationship != XW_REL_NONE &&
			 r->relationship != XW_REL_RELATED && !r->rationale)
			rc = row_error(m, r, err,
				       "has a relationship but no 'rationale' (syntactic, semantic or functional)");
	}
	xw_index_free(ids);
	if (rc == 0)
		m->finished = true;
	return rc;
}
