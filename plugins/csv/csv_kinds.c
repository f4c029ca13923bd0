/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "csv_kinds.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The host's own names; a column "k.s" is the host's field k, sub-key s. */
#define TEXT(k)        { k, k, NULL, CSV_TEXT, NULL, NULL, false }
#define SUB(k, s)      { k "." s, k, s, CSV_TEXT, NULL, NULL, false }
#define IDS(k)         { k, k, NULL, CSV_IDS, NULL, NULL, false }
#define LINES(k)       { k, k, NULL, CSV_LINES, NULL, NULL, false }
#define MAP(k)         { k, k, NULL, CSV_MAP, NULL, NULL, false }
#define DFLT(k, d)     { k, k, NULL, CSV_TEXT, d, NULL, false }
#define HASHES(k)      { k, k, NULL, CSV_HASHES, NULL, NULL, false }
/* Rows of group g (struct csv_group g_group): "#g,ID" starts one, "#g.k" fills it. */
#define OPENS(g)          { #g, "id", NULL, CSV_TEXT, NULL, &g##_group, true }
#define IN(g, k)          { #g "." k, k, NULL, CSV_TEXT, NULL, &g##_group, false }
#define IN_DFLT(g, k, d)  { #g "." k, k, NULL, CSV_TEXT, d, &g##_group, false }
#define IN_SUB(g, k, s)   { #g "." k "." s, k, s, CSV_TEXT, NULL, &g##_group, false }

bool csv_blank(char c)
{
	return c == ' ' || c == '\t';
}

const struct csv_field *csv_field_find(const struct csv_field *v, size_t n,
				       const char *name, const char **sub)
{
	for (size_t i = 0; i < n; i++) {
		size_t len = strlen(v[i].name);

		if (v[i].cell == CSV_MAP) {
			if (strncmp(name, v[i].name, len) == 0 &&
			    name[len] == '.' && name[len + 1]) {
				*sub = name + len + 1;
				return &v[i];
			}
		} else if (strcmp(name, v[i].name) == 0) {
			*sub = v[i].sub;
			return &v[i];
		}
	}
	return NULL;
}

const struct csv_field *csv_group_start(const struct csv_kind *k,
					const struct csv_group *g)
{
	for (size_t i = 0; i < k->n_meta; i++)
		if (k->meta[i].opens && k->meta[i].group == g)
			return &k->meta[i];
	return NULL;
}

/* --- framework ----------------------------------------------------------- */

/* Profiles have getters since ABI 1.1; an older host shows none. */
static bool shows_profiles(const struct xw_host *h)
{
	return CSV_HOST_HAS(h, profile_count) && CSV_HOST_HAS(h, profile_at) &&
	       CSV_HOST_HAS(h, profile_get);
}

/*
 * Level advice questions came later in ABI 1.1 than profiles: a host
 * whose table ends before them can neither show nor build them.
 */
static bool shows_questions(const struct xw_host *h)
{
	return CSV_HOST_HAS(h, question_count) && CSV_HOST_HAS(h, question_at) &&
	       CSV_HOST_HAS(h, question_get);
}

static bool builds_questions(const struct xw_host *h)
{
	return CSV_HOST_HAS(h, question_add) && CSV_HOST_HAS(h, question_set);
}

static int profile_set(const struct xw_host *h, struct xw_call *c, void *o,
		       const char *k, const char *s, const char *v)
{
	return h->profile_set(c, o, k, s, v);
}

static int profile_add(const struct xw_host *h, struct xw_call *c, void *doc,
		       void **out)
{
	struct xw_profile *p;
	int rc = h->profile_add(c, doc, &p);

	if (rc == 0)
		*out = p;
	return rc;
}

static const char *profile_get(const struct xw_host *h, const void *o,
			       const char *k, const char *s, size_t i)
{
	return h->profile_get(o, k, s, i);
}

static size_t profile_count(const struct xw_host *h, const void *doc)
{
	return shows_profiles(h) ? h->profile_count(doc) : 0;
}

static const void *profile_at(const struct xw_host *h, const void *doc, size_t i)
{
	return h->profile_at(doc, i);
}

static const struct csv_group profile_group = {
	.set = profile_set, .add = profile_add,
	.get = profile_get, .count = profile_count, .at = profile_at,
};

/* Only called once question_add() has made a question, so the host has it. */
static int question_set(const struct xw_host *h, struct xw_call *c, void *o,
			const char *k, const char *s, const char *v)
{
	return h->question_set(c, o, k, s, v);
}

static int question_add(const struct xw_host *h, struct xw_call *c, void *doc,
			void **out)
{
	struct xw_question *q;
	int rc;

	/* not XW_EUNSUPPORTED, which would tell the host "not a framework" */
	if (!builds_questions(h))
		return h->error(c, XW_EINVAL,
				"cannot read level advice questions: this xwalk's plugin ABI %u.%u "
				"gives readers no way to build them",
				(unsigned)h->abi_major, (unsigned)h->abi_minor);
	rc = h->question_add(c, doc, &q);
	if (rc == 0)
		*out = q;
	return rc;
}

static const char *question_get(const struct xw_host *h, const void *o,
				const char *k, const char *s, size_t i)
{
	return h->question_get(o, k, s, i);
}

static size_t question_count(const struct xw_host *h, const void *doc)
{
	return shows_questions(h) ? h->question_count(doc) : 0;
}

static const void *question_at(const struct xw_host *h, const void *doc, size_t i)
{
	return h->question_at(doc, i);
}

static const struct csv_group question_group = {
	.set = question_set, .add = question_add,
	.get = question_get, .count = question_count, .at = question_at,
};

/* Profiles, then the level advice and its questions, as in YAML. */
static const struct csv_field framework_meta[] = {
	TEXT("format"), TEXT("id"), SUB("name", "ja"), SUB("name", "en"),
	TEXT("version"), TEXT("publisher"), TEXT("date"), TEXT("source"),
	TEXT("licence"), SUB("summary", "ja"), SUB("summary", "en"),
	TEXT("id-pattern"), IDS("unknown"),
	OPENS(profile), IN_SUB(profile, "title", "ja"), IN_SUB(profile, "title", "en"),
	IN(profile, "extends"), IN(profile, "assurance"), IN_DFLT(profile, "defined", "true"),
	IN_DFLT(profile, "mandatory", "false"),
	IN_SUB(profile, "note", "ja"), IN_SUB(profile, "note", "en"),
	TEXT("advice.default"), SUB("advice.note", "ja"), SUB("advice.note", "en"),
	OPENS(question), IN_SUB(question, "text", "ja"), IN_SUB(question, "text", "en"),
	IN(question, "if-yes"), IN_SUB(question, "note", "ja"), IN_SUB(question, "note", "en"),
};

static const struct csv_field item_cols[] = {
	TEXT("id"), TEXT("parent"), TEXT("kind"),
	SUB("title", "ja"), SUB("title", "en"), SUB("text", "ja"), SUB("text", "en"),
	TEXT("authoritative"), IDS("profiles"), DFLT("status", "active"),
	IDS("replaced-by"), MAP("props"), IDS("unknown"),
};

static const char *const framework_signature[] = { "kind", NULL };

static int fw_set(const struct xw_host *h, struct xw_call *c, void *o,
		  const char *k, const char *s, const char *v)
{
	return h->framework_set(c, o, k, s, v);
}

static int item_set(const struct xw_host *h, struct xw_call *c, void *o,
		    const char *k, const char *s, const char *v)
{
	return h->item_set(c, o, k, s, v);
}

static int item_add(const struct xw_host *h, struct xw_call *c, void *doc,
		    void **out)
{
	struct xw_item *it;
	int rc = h->item_add(c, doc, &it);

	if (rc == 0)
		*out = it;
	return rc;
}

static const char *fw_get(const struct xw_host *h, const void *o,
			  const char *k, const char *s, size_t i)
{
	return h->framework_get(o, k, s, i);
}

static const char *item_get(const struct xw_host *h, const void *o,
			    const char *k, const char *s, size_t i)
{
	return h->item_get(o, k, s, i);
}

static size_t item_count(const struct xw_host *h, const void *doc)
{
	return h->item_count(doc);
}

static const void *item_at(const struct xw_host *h, const void *doc, size_t i)
{
	return h->item_at(doc, i);
}

/*
 * A 1.0 host lets a writer read items but not profiles, so a framework
 * whose items name profiles cannot be written without losing their
 * definitions.
 */
static int check_profiles(const struct xw_host *h, struct xw_call *c,
			  const void *doc)
{
	if (shows_profiles(h))
		return 0;
	for (size_t i = 0; i < h->item_count(doc); i++) {
		const struct xw_item *it = h->item_at(doc, i);
		const char *p = h->item_get(it, "profiles", NULL, 0);

		if (p)
			return h->error(c, XW_EUNSUPPORTED,
					"cannot write framework '%s' as CSV: item '%s' is in profile '%s', "
					"and plugin ABI %u.%u gives writers no access to profiles",
					h->framework_get(doc, "id", NULL, 0),
					h->item_get(it, "id", NULL, 0), p,
					(unsigned)h->abi_major, (unsigned)h->abi_minor);
	}
	return 0;
}

/*
 * A host whose table ends before the question getters cannot show a
 * writer the advice's questions. When it still shows the advice's other
 * rows ("#advice.*"), the framework is refused rather than written
 * without them; when it shows none of the advice, the writer cannot tell
 * whether there is any, and says so.
 */
static int check_advice(const struct xw_host *h, struct xw_call *c,
			const void *doc)
{
	const char *id = h->framework_get(doc, "id", NULL, 0);

	if (shows_questions(h))
		return 0;
	for (size_t i = 0; i < N(framework_meta); i++) {
		const struct csv_field *f = &framework_meta[i];

		if (!f->group && strncmp(f->key, "advice.", 7) == 0 &&
		    h->framework_get(doc, f->key, f->sub, 0))
			return h->error(c, XW_EUNSUPPORTED,
					"cannot write framework '%s' as CSV: it has level advice "
					"('#%s'), and this xwalk's plugin ABI %u.%u gives writers "
					"no access to its questions",
					id, f->name, (unsigned)h->abi_major, (unsigned)h->abi_minor);
	}
	h->warn(c, "this xwalk's plugin ABI %u.%u gives writers no access to level "
		"advice: if framework '%s' has any, it is not written",
		(unsigned)h->abi_major, (unsigned)h->abi_minor, id);
	return 0;
}

static int fw_check(const struct xw_host *h, struct xw_call *c, const void *doc)
{
	int rc = check_profiles(h, c, doc);

	return rc < 0 ? rc : check_advice(h, c, doc);
}

const struct csv_kind csv_framework = {
	.format = "xwalk-framework/1",
	.what = "framework",
	.record = "item",
	.signature = framework_signature,
	.meta = framework_meta, .n_meta = N(framework_meta),
	.cols = item_cols, .n_cols = N(item_cols),
	.set_doc = fw_set, .set_record = item_set, .add_record = item_add,
	.get_doc = fw_get, .get_record = item_get,
	.count = item_count, .at = item_at,
	.check = fw_check,
};

/* --- mapping set --------------------------------------------------------- */

static const struct csv_field mapping_meta[] = {
	TEXT("format"), TEXT("id"), SUB("title", "ja"), SUB("title", "en"),
	SUB("source", "framework"), SUB("source", "version"),
	SUB("target", "framework"), SUB("target", "version"),
	TEXT("author"), TEXT("version"), TEXT("date"), TEXT("method"),
	TEXT("status"), TEXT("comprehensive"), TEXT("intended-use"),
};

static const struct csv_field row_cols[] = {
	TEXT("id"), IDS("sources"), IDS("targets"), TEXT("relationship"),
	TEXT("rationale"), TEXT("strength"), TEXT("justification"),
	LINES("conditions"), DFLT("review-status", "draft"), TEXT("reviewer"),
	TEXT("review-date"), HASHES("source-hashes"), HASHES("target-hashes"),
};

static const char *const mapping_signature[] = { "sources", "targets", NULL };

static int mapping_set(const struct xw_host *h, struct xw_call *c, void *o,
		       const char *k, const char *s, const char *v)
{
	return h->mapping_set(c, o, k, s, v);
}

static int row_set(const struct xw_host *h, struct xw_call *c, void *o,
		   const char *k, const char *s, const char *v)
{
	return h->row_set(c, o, k, s, v);
}

static int row_add(const struct xw_host *h, struct xw_call *c, void *doc,
		   void **out)
{
	struct xw_row *r;
	int rc = h->row_add(c, doc, &r);

	if (rc == 0)
		*out = r;
	return rc;
}

static const char *mapping_get(const struct xw_host *h, const void *o,
			       const char *k, const char *s, size_t i)
{
	return h->mapping_get(o, k, s, i);
}

static const char *row_get(const struct xw_host *h, const void *o,
			   const char *k, const char *s, size_t i)
{
	return h->row_get(o, k, s, i);
}

/* Review hashes have a getter since ABI 1.1; an older host shows none. */
static const char *row_hash(const struct xw_host *h, const void *o,
			    const char *k, size_t i, char hex[17])
{
	return CSV_HOST_HAS(h, row_hash_get) ? h->row_hash_get(o, k, i, hex) : NULL;
}

static size_t row_count(const struct xw_host *h, const void *doc)
{
	return h->row_count(doc);
}

static const void *row_at(const struct xw_host *h, const void *doc, size_t i)
{
	return h->row_at(doc, i);
}

const struct csv_kind csv_mapping = {
	.format = "xwalk-mapping/1",
	.what = "mapping set",
	.record = "row",
	.signature = mapping_signature,
	.meta = mapping_meta, .n_meta = N(mapping_meta),
	.cols = row_cols, .n_cols = N(row_cols),
	.set_doc = mapping_set, .set_record = row_set, .add_record = row_add,
	.get_doc = mapping_get, .get_record = row_get,
	.count = row_count, .at = row_at,
	.get_hashes = row_hash,
};

/* --- assessment ---------------------------------------------------------- */

static const struct csv_field assessment_meta[] = {
	TEXT("format"), TEXT("framework"), TEXT("organisation"), TEXT("scope"),
	TEXT("date"), TEXT("assessor"),
	SUB("certificate", "body"), SUB("certificate", "number"),
	SUB("certificate", "issued"), SUB("certificate", "expires"),
	SUB("certificate", "scope"),
};

static const struct csv_field result_cols[] = {
	TEXT("item"), TEXT("status"), TEXT("note"), TEXT("evidence"),
};

static const char *const assessment_signature[] = { "item", "status", NULL };

static int assessment_set(const struct xw_host *h, struct xw_call *c, void *o,
			  const char *k, const char *s, const char *v)
{
	return h->assessment_set(c, o, k, s, v);
}

static int result_set(const struct xw_host *h, struct xw_call *c, void *o,
		      const char *k, const char *s, const char *v)
{
	return h->result_set(c, o, k, s, v);
}

static int result_add(const struct xw_host *h, struct xw_call *c, void *doc,
		      void **out)
{
	struct xw_result *r;
	int rc = h->result_add(c, doc, &r);

	if (rc == 0)
		*out = r;
	return rc;
}

/* The ABI (1.1) has no assessment getters and no write_assessment: read only. */
const struct csv_kind csv_assessment = {
	.format = "xwalk-assessment/1",
	.what = "assessment",
	.record = "result",
	.signature = assessment_signature,
	.meta = assessment_meta, .n_meta = N(assessment_meta),
	.cols = result_cols, .n_cols = N(result_cols),
	.set_doc = assessment_set, .set_record = result_set,
	.add_record = result_add,
};

_Static_assert(N(framework_meta) <= CSV_MAX_META, "raise CSV_MAX_META");
_Static_assert(N(mapping_meta) <= CSV_MAX_META, "raise CSV_MAX_META");
_Static_assert(N(assessment_meta) <= CSV_MAX_META, "raise CSV_MAX_META");

const struct csv_kind *const csv_kinds[3] = {
	&csv_mapping, &csv_framework, &csv_assessment,
};
