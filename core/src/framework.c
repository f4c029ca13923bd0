/* SPDX-License-Identifier: MIT */
#define PCRE2_CODE_UNIT_WIDTH 8
#include <pcre2.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/framework.h"
#include "index.h"
#include "schema.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* Limits for matching the id pattern, so a hostile pattern cannot hang us. */
#define PATTERN_MATCH_LIMIT 100000
#define PATTERN_DEPTH_LIMIT 1000
#define PATTERN_DFA_WORKSPACE 1000 /* ints; PCRE2's advice for most patterns */

static const char *const kind_names[XW_KIND_COUNT] = {
	"function", "category", "subcategory", "requirement", "criterion",
	"clause", "theme", "control", "question", "label", "item",
};

static const char *const assurance_names[XW_ASSURANCE_COUNT] = {
	NULL, "self-declaration", "self-assessment",
	"expert-checked-self-assessment", "cb-verified-self-assessment",
	"third-party-audit", "third-party-audit-with-technical-test",
};

static const char *const item_status_names[] = { "active", "withdrawn" };
static const char *const bool_names[] = { "false", "true" };

const char *xw_kind_name(enum xw_item_kind k)
{
	return k < XW_KIND_COUNT ? kind_names[k] : NULL;
}

const char *xw_assurance_name(enum xw_assurance a)
{
	return a < XW_ASSURANCE_COUNT ? assurance_names[a] : NULL;
}

/* --- shared setters ------------------------------------------------------ */

static int set_lang(struct xw_ltext *t, const char *sub, const char *value,
		    struct xw_error *err)
{
	static const char *const langs[] = { "ja", "en" };
	int lang = xw_lang_parse(sub);

	if (lang == XW_LANG_NONE)
		return xw_enum_error("language", sub, langs, N(langs), err);
	return xw_str_set(&t->s[lang], value, err);
}

/* --- item ---------------------------------------------------------------- */

#define ITEM(o) ((struct xw_item *)(o))

static int item_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&ITEM(o)->id, v, e);
}

static int item_parent(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&ITEM(o)->parent_id, v, e);
}

static int item_kind(void *o, const char *s, const char *v, struct xw_error *e)
{
	int k = xw_enum_pick("item kind", v, kind_names, N(kind_names), e);

	if (k < 0)
		return k;
	ITEM(o)->kind = (enum xw_item_kind)k;
	ITEM(o)->has_kind = true;
	return 0;
}

static int item_title(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&ITEM(o)->title, s, v, e);
}

static int item_text(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&ITEM(o)->text, s, v, e);
}

static int item_auth(void *o, const char *s, const char *v, struct xw_error *e)
{
	static const char *const langs[] = { "ja", "en" };
	int lang = xw_enum_pick("language", v, langs, N(langs), e);

	if (lang < 0)
		return lang;
	ITEM(o)->authoritative = lang;
	return 0;
}

static int item_profile(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_strlist_add(&ITEM(o)->profile_ids, v, e);
}

static int item_status(void *o, const char *s, const char *v, struct xw_error *e)
{
	int st = xw_enum_pick("item status", v, item_status_names, N(item_status_names), e);

	if (st < 0)
		return st;
	ITEM(o)->withdrawn = st == 1;
	return 0;
}

static int item_replaced(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_strlist_add(&ITEM(o)->replaced_by, v, e);
}

static int item_prop(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_props_set(&ITEM(o)->props, s, v, e);
}

static const char *const item_fields[] = {
	"parent", "kind", "title", "text", "authoritative", "profiles",
	"status", "replaced-by", "props",
};

static int item_unknown(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (xw_enum_parse(v, item_fields, N(item_fields)) < 0)
		return xw_enum_error("item field", v, item_fields,
				     N(item_fields), e);
	return xw_strlist_add(&ITEM(o)->unknown, v, e);
}

static const struct xw_field item_field_table[] = {
	{ "id", XW_SHAPE_SCALAR, item_id, NULL },
	{ "parent", XW_SHAPE_SCALAR, item_parent, NULL },
	{ "kind", XW_SHAPE_SCALAR, item_kind, NULL },
	{ "title", XW_SHAPE_MAP, item_title, NULL },
	{ "text", XW_SHAPE_MAP, item_text, NULL },
	{ "authoritative", XW_SHAPE_SCALAR, item_auth, NULL },
	{ "profiles", XW_SHAPE_LIST, item_profile, NULL },
	{ "status", XW_SHAPE_SCALAR, item_status, NULL },
	{ "replaced-by", XW_SHAPE_LIST, item_replaced, NULL },
	{ "props", XW_SHAPE_MAP, item_prop, NULL },
	{ "unknown", XW_SHAPE_LIST, item_unknown, NULL },
};

static int add_item(void *parent, void **child, struct xw_error *err)
{
	return xw_framework_add_item(parent, (struct xw_item **)child, err);
}

static void locate_item(void *o, unsigned line, unsigned column)
{
	ITEM(o)->line = line;
	ITEM(o)->column = column;
}

static const struct xw_schema item_schema = {
	"item", item_field_table, N(item_field_table), add_item, locate_item,
};

/* --- profile ------------------------------------------------------------- */

#define PROF(o) ((struct xw_profile *)(o))

static int prof_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&PROF(o)->id, v, e);
}

static int prof_title(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&PROF(o)->title, s, v, e);
}

static int prof_note(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&PROF(o)->note, s, v, e);
}

static int prof_extends(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&PROF(o)->extends_id, v, e);
}

static int prof_assurance(void *o, const char *s, const char *v, struct xw_error *e)
{
	int a = xw_enum_pick("assurance method", v, assurance_names, N(assurance_names), e);

	if (a < 0)
		return a;
	PROF(o)->assurance = (enum xw_assurance)a;
	return 0;
}

static int prof_defined(void *o, const char *s, const char *v, struct xw_error *e)
{
	int b = xw_enum_pick("boolean", v, bool_names, N(bool_names), e);

	if (b < 0)
		return b;
	PROF(o)->defined = b;
	return 0;
}

static int prof_mandatory(void *o, const char *s, const char *v, struct xw_error *e)
{
	int b = xw_enum_pick("boolean", v, bool_names, N(bool_names), e);

	if (b < 0)
		return b;
	PROF(o)->mandatory = b;
	return 0;
}

static const struct xw_field profile_field_table[] = {
	{ "id", XW_SHAPE_SCALAR, prof_id, NULL },
	{ "title", XW_SHAPE_MAP, prof_title, NULL },
	{ "extends", XW_SHAPE_SCALAR, prof_extends, NULL },
	{ "assurance", XW_SHAPE_SCALAR, prof_assurance, NULL },
	{ "defined", XW_SHAPE_SCALAR, prof_defined, NULL },
	{ "mandatory", XW_SHAPE_SCALAR, prof_mandatory, NULL },
	{ "note", XW_SHAPE_MAP, prof_note, NULL },
};

static int add_profile(void *parent, void **child, struct xw_error *err)
{
	return xw_framework_add_profile(parent, (struct xw_profile **)child, err);
}

static void locate_profile(void *o, unsigned line, unsigned column)
{
	PROF(o)->line = line;
	PROF(o)->column = column;
}

static const struct xw_schema profile_schema = {
	"profile", profile_field_table, N(profile_field_table), add_profile,
	locate_profile,
};

/* --- level advice ------------------------------------------------------- */

#define QUES(o) ((struct xw_question *)(o))

static int q_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&QUES(o)->id, v, e);
}

static int q_text(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&QUES(o)->text, s, v, e);
}

static int q_note(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&QUES(o)->note, s, v, e);
}

static int q_if_yes(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&QUES(o)->if_yes_id, v, e);
}

static const struct xw_field question_field_table[] = {
	{ "id", XW_SHAPE_SCALAR, q_id, NULL },
	{ "text", XW_SHAPE_MAP, q_text, NULL },
	{ "if-yes", XW_SHAPE_SCALAR, q_if_yes, NULL },
	{ "note", XW_SHAPE_MAP, q_note, NULL },
};

static int add_question(void *parent, void **child, struct xw_error *err)
{
	return xw_framework_add_question(parent, (struct xw_question **)child, err);
}

static void locate_question(void *o, unsigned line, unsigned column)
{
	QUES(o)->line = line;
	QUES(o)->column = column;
}

static const struct xw_schema question_schema = {
	"question", question_field_table, N(question_field_table), add_question,
	locate_question,
};

static int advice_default(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&((struct xw_framework *)o)->advice_default_id, v, e);
}

static int advice_note(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&((struct xw_framework *)o)->advice_note, s, v, e);
}

static const struct xw_field advice_field_table[] = {
	{ "default", XW_SHAPE_SCALAR, advice_default, NULL },
	{ "note", XW_SHAPE_MAP, advice_note, NULL },
	{ "questions", XW_SHAPE_OBJECTS, NULL, &question_schema },
};

static const struct xw_schema advice_schema = {
	"advice", advice_field_table, N(advice_field_table), NULL, NULL,
};

/* --- framework ----------------------------------------------------------- */

#define FW(o) ((struct xw_framework *)(o))

static int fw_format(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (strcmp(v, "xwalk-framework/1") != 0)
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "format '%s' is not 'xwalk-framework/1'", v);
	return 0;
}

static int fw_id(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (!*v || strspn(v, "abcdefghijklmnopqrstuvwxyz0123456789.-") != strlen(v))
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "framework id '%s' may hold only a-z, 0-9, '.' and '-'", v);
	return xw_str_set(&FW(o)->id, v, e);
}

static int fw_name(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&FW(o)->name, s, v, e);
}

static int fw_summary(void *o, const char *s, const char *v, struct xw_error *e)
{
	return set_lang(&FW(o)->summary, s, v, e);
}

static int fw_version(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&FW(o)->version, v, e);
}

static int fw_publisher(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&FW(o)->publisher, v, e);
}

static int fw_date(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (!xw_date_valid(v))
		return xw_error_set(e, XW_EINVAL, NULL, 0, 0,
				    "'%s' is not a date (YYYY-MM-DD)", v);
	return xw_str_set(&FW(o)->date, v, e);
}

static int fw_source(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&FW(o)->source, v, e);
}

static int fw_licence(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&FW(o)->licence, v, e);
}

static int fw_pattern(void *o, const char *s, const char *v, struct xw_error *e)
{
	return xw_str_set(&FW(o)->id_pattern, v, e);
}

static const char *const fw_fields[] = {
	"name", "version", "publisher", "date", "source", "licence", "summary",
};

static int fw_unknown(void *o, const char *s, const char *v, struct xw_error *e)
{
	if (xw_enum_parse(v, fw_fields, N(fw_fields)) < 0)
		return xw_enum_error("framework field", v, fw_fields,
				     N(fw_fields), e);
	return xw_strlist_add(&FW(o)->unknown, v, e);
}

static const struct xw_field framework_field_table[] = {
	{ "format", XW_SHAPE_SCALAR, fw_format, NULL },
	{ "id", XW_SHAPE_SCALAR, fw_id, NULL },
	{ "name", XW_SHAPE_MAP, fw_name, NULL },
	{ "version", XW_SHAPE_SCALAR, fw_version, NULL },
	{ "publisher", XW_SHAPE_SCALAR, fw_publisher, NULL },
	{ "date", XW_SHAPE_SCALAR, fw_date, NULL },
	{ "source", XW_SHAPE_SCALAR, fw_source, NULL },
	{ "licence", XW_SHAPE_SCALAR, fw_licence, NULL },
	{ "summary", XW_SHAPE_MAP, fw_summary, NULL },
	{ "id-pattern", XW_SHAPE_SCALAR, fw_pattern, NULL },
	{ "unknown", XW_SHAPE_LIST, fw_unknown, NULL },
	{ "profiles", XW_SHAPE_OBJECTS, NULL, &profile_schema },
	{ "advice", XW_SHAPE_NESTED, NULL, &advice_schema },
	{ "items", XW_SHAPE_OBJECTS, NULL, &item_schema },
};

const struct xw_schema xw_framework_schema = {
	"framework", framework_field_table, N(framework_field_table), NULL, NULL,
};

int xw_framework_set(struct xw_framework *fw, const char *key,
		     const char *sub, const char *value, struct xw_error *err)
{
	return xw_schema_set(&xw_framework_schema, fw, key, sub, value, err);
}

int xw_item_set(struct xw_item *it, const char *key, const char *sub,
		const char *value, struct xw_error *err)
{
	return xw_schema_set(&item_schema, it, key, sub, value, err);
}

int xw_profile_set(struct xw_profile *p, const char *key, const char *sub,
		   const char *value, struct xw_error *err)
{
	return xw_schema_set(&profile_schema, p, key, sub, value, err);
}

int xw_question_set(struct xw_question *q, const char *key, const char *sub,
		    const char *value, struct xw_error *err)
{
	return xw_schema_set(&question_schema, q, key, sub, value, err);
}

/* --- lifetime ------------------------------------------------------------ */

int xw_framework_new(struct xw_framework **out, struct xw_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	return 0;
}

static void item_free(struct xw_item *it)
{
	if (!it)
		return;
	free(it->id);
	free(it->parent_id);
	xw_ltext_clear(&it->title);
	xw_ltext_clear(&it->text);
	xw_strlist_clear(&it->profile_ids);
	xw_strlist_clear(&it->replaced_by);
	xw_props_clear(&it->props);
	xw_strlist_clear(&it->unknown);
	free(it);
}

static void profile_free(struct xw_profile *p)
{
	if (!p)
		return;
	free(p->id);
	free(p->extends_id);
	xw_ltext_clear(&p->title);
	xw_ltext_clear(&p->note);
	free(p);
}

static void question_free(struct xw_question *q)
{
	free(q->id);
	free(q->if_yes_id);
	xw_ltext_clear(&q->text);
	xw_ltext_clear(&q->note);
	free(q);
}

void xw_framework_free(struct xw_framework *fw)
{
	if (!fw)
		return;
	for (size_t i = 0; i < fw->n_questions; i++)
		question_free(fw->questions[i]);
	free(fw->questions);
	free(fw->advice_default_id);
	xw_ltext_clear(&fw->advice_note);
	for (size_t i = 0; i < fw->n_items; i++)
		item_free(fw->items[i]);
	free(fw->items);
	for (size_t i = 0; i < fw->n_profiles; i++)
		profile_free(fw->profiles[i]);
	free(fw->profiles);
	free(fw->id);
	free(fw->version);
	free(fw->publisher);
	free(fw->date);
	free(fw->source);
	free(fw->licence);
	free(fw->id_pattern);
	free(fw->path);
	xw_ltext_clear(&fw->name);
	xw_ltext_clear(&fw->summary);
	xw_strlist_clear(&fw->unknown);
	xw_index_free(fw->index);
	free(fw);
}

int xw_framework_add_item(struct xw_framework *fw, struct xw_item **out,
			  struct xw_error *err)
{
	struct xw_item *it;

	if (fw->n_items == fw->cap_items) {
		size_t cap = fw->cap_items ? fw->cap_items * 2 : 64;
		struct xw_item **v = realloc(fw->items, cap * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		fw->items = v;
		fw->cap_items = cap;
	}
	it = calloc(1, sizeof(*it));
	if (!it)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	it->parent = XW_NONE;
	it->authoritative = XW_LANG_NONE;
	fw->items[fw->n_items++] = it;
	fw->finished = false;
	*out = it;
	return 0;
}

int xw_framework_add_question(struct xw_framework *fw,
			      struct xw_question **out, struct xw_error *err)
{
	struct xw_question **v = realloc(fw->questions,
					 (fw->n_questions + 1) * sizeof(*v));

	if (!v)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	fw->questions = v;
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	(*out)->if_yes = XW_NONE;
	fw->questions[fw->n_questions++] = *out;
	fw->finished = false;
	return 0;
}

int xw_framework_add_profile(struct xw_framework *fw,
			     struct xw_profile **out, struct xw_error *err)
{
	struct xw_profile **v, *p;

	if (fw->n_profiles == XW_MAX_PROFILES)
		return xw_error_set(err, XW_ELIMIT, NULL, 0, 0,
				    "more than %d profiles", XW_MAX_PROFILES);
	v = realloc(fw->profiles, (fw->n_profiles + 1) * sizeof(*v));
	if (!v)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	fw->profiles = v;
	p = calloc(1, sizeof(*p));
	if (!p)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	p->extends = XW_NONE;
	p->defined = true;
	fw->profiles[fw->n_profiles++] = p;
	fw->finished = false;
	*out = p;
	return 0;
}

/* --- finish -------------------------------------------------------------- */

__attribute__((format(printf, 6, 7)))
static int at(struct xw_error *err, const struct xw_framework *fw,
	      unsigned line, unsigned column, int code, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xw_error_setv(err, code, fw->path, line, column, fmt, ap);
	va_end(ap);
	return code;
}

static int check_meta(struct xw_framework *fw, struct xw_error *err)
{
	static const char *const need[] = { "id", "name", "version", "id-pattern" };
	const void *have[] = {
		fw->id, xw_ltext_get(&fw->name, XW_LANG_EN), fw->version,
		fw->id_pattern,
	};

	for (size_t i = 0; i < N(need); i++)
		if (!have[i])
			return at(err, fw, 1, 1, XW_EINVAL,
				  "framework has no '%s'", need[i]);
	return 0;
}

static int resolve_profiles(struct xw_framework *fw, uint32_t incl[],
			    struct xw_error *err)
{
	for (size_t p = 0; p < fw->n_profiles; p++) {
		struct xw_profile *pr = fw->profiles[p];

		if (!pr->id)
			return at(err, fw, pr->line, pr->column, XW_EINVAL,
				  "profile has no 'id'");
		for (size_t q = 0; q < p; q++)
			if (strcmp(fw->profiles[q]->id, pr->id) == 0)
				return at(err, fw, pr->line, pr->column, XW_EINVAL,
					  "duplicate profile '%s'", pr->id);
		pr->extends = XW_NONE;
		if (pr->extends_id) {
			pr->extends = xw_framework_profile(fw, pr->extends_id);
			if (pr->extends == XW_NONE || pr->extends >= p)
				return at(err, fw, pr->line, pr->column, XW_EINVAL,
					  "profile '%s' extends '%s', which is not declared before it",
					  pr->id, pr->extends_id);
		}
	}
	/* incl[q]: the profiles that contain everything of profile q */
	for (size_t p = 0; p < fw->n_profiles; p++)
		incl[p] = 0;
	for (size_t p = 0; p < fw->n_profiles; p++)
		for (size_t q = p; q != XW_NONE && fw->profiles[p]->defined;
		     q = fw->profiles[q]->extends)
			incl[q] |= (uint32_t)1 << p;  /* an undefined level holds nothing yet */
	return 0;
}

/* The advice's profiles must exist; every question needs an id and an outcome. */
static int resolve_advice(struct xw_framework *fw, struct xw_error *err)
{
	fw->advice_default = XW_NONE;
	if (fw->advice_default_id &&
	    (fw->advice_default = xw_framework_profile(fw, fw->advice_default_id)) == XW_NONE)
		return at(err, fw, 1, 1, XW_EINVAL, "advice default '%s' is not a profile",
			  fw->advice_default_id);
	for (size_t i = 0; i < fw->n_questions; i++) {
		struct xw_question *q = fw->questions[i];

		if (!q->id || !q->if_yes_id)
			return at(err, fw, q->line, q->column, XW_EINVAL,
				  "an advice question needs 'id' and 'if-yes'");
		q->if_yes = xw_framework_profile(fw, q->if_yes_id);
		if (q->if_yes == XW_NONE)
			return at(err, fw, q->line, q->column, XW_EINVAL,
				  "question '%s': 'if-yes' names unknown profile '%s'",
				  q->id, q->if_yes_id);
	}
	return 0;
}

static int compile_pattern(struct xw_framework *fw, pcre2_code **code,
			   struct xw_error *err)
{
	int ec;
	PCRE2_SIZE off;
	PCRE2_UCHAR msg[256];

	*code = pcre2_compile((PCRE2_SPTR)fw->id_pattern, PCRE2_ZERO_TERMINATED,
			      PCRE2_ANCHORED | PCRE2_ENDANCHORED | PCRE2_UTF,
			      &ec, &off, NULL);
	if (!*code && ec == PCRE2_ERROR_HEAP_FAILED)
		return xw_error_set(err, XW_ENOMEM, fw->path, 0, 0, "out of memory");
	if (!*code) {
		pcre2_get_error_message(ec, msg, sizeof(msg));
		return xw_error_set(err, XW_EINVAL, fw->path, 1, 1,
				    "id-pattern does not compile at offset %zu: %s",
				    (size_t)off, (const char *)msg);
	}
	pcre2_jit_compile(*code, PCRE2_JIT_COMPLETE); /* optional speed-up */
	return 0;
}

/*
 * Matches @id with the DFA matcher, whose work grows with the length of
 * the id, never exponentially as backtracking's can, so that a file of
 * many ids each just under the match limit is still checked quickly.
 * Patterns it cannot run (back references) fall back to backtracking.
 */
static int match_id(const pcre2_code *code, const char *id,
		    pcre2_match_data *md, pcre2_match_context *mc)
{
	int ws[PATTERN_DFA_WORKSPACE];
	int rc = pcre2_dfa_match(code, (PCRE2_SPTR)id, PCRE2_ZERO_TERMINATED,
				 0, 0, md, mc, ws, N(ws));

	if (rc == PCRE2_ERROR_DFA_UITEM || rc == PCRE2_ERROR_DFA_UCOND)
		rc = pcre2_match(code, (PCRE2_SPTR)id, PCRE2_ZERO_TERMINATED,
				 0, 0, md, mc);
	return rc;
}

static int check_id(struct xw_framework *fw, const struct xw_item *it,
		    pcre2_code *code, pcre2_match_data *md,
		    pcre2_match_context *mc, struct xw_error *err)
{
	int rc = match_id(code, it->id, md, mc);

	if (rc >= 0)
		return 0;
	if (rc == PCRE2_ERROR_NOMATCH)
		return at(err, fw, it->line, it->column, XW_EINVAL,
			  "id '%s' does not match the framework's id-pattern '%s'",
			  it->id, fw->id_pattern);
	if (rc == PCRE2_ERROR_NOMEMORY)
		return xw_error_set(err, XW_ENOMEM, fw->path, 0, 0, "out of memory");
	if (rc == PCRE2_ERROR_MATCHLIMIT || rc == PCRE2_ERROR_DEPTHLIMIT ||
	    rc == PCRE2_ERROR_JIT_STACKLIMIT || rc == PCRE2_ERROR_DFA_WSSIZE ||
	    rc == PCRE2_ERROR_DFA_RECURSE)
		return at(err, fw, it->line, it->column, XW_ELIMIT,
			  "id-pattern '%s' backtracks too much on id '%s'; simplify the pattern",
			  fw->id_pattern, it->id);
	return at(err, fw, it->line, it->column, XW_EINVAL,
		  "id '%s' cannot be matched against the id-pattern", it->id);
}

/* True when item @i is @p or a descendant of it (parents already resolved). */
static bool follows_family(const struct xw_framework *fw, size_t i, size_t p)
{
	while (i != XW_NONE && i != p)
		i = fw->items[i]->parent;
	return i == p;
}

static int resolve_item(struct xw_framework *fw, size_t i,
			const uint32_t incl[], struct xw_error *err)
{
	struct xw_item *it = fw->items[i];

	if (it->parent_id) {
		it->parent = xw_index_get(fw->index, it->parent_id);
		if (it->parent == XW_NONE || it->parent >= i)
			return at(err, fw, it->line, it->column, XW_EINVAL,
				  "parent '%s' of '%s' is not listed before it",
				  it->parent_id, it->id);
		it->depth = fw->items[it->parent]->depth + 1;
		/* depth-first order keeps every subtree contiguous */
		if (!follows_family(fw, i - 1, it->parent))
			return at(err, fw, it->line, it->column, XW_EINVAL,
				  "'%s' must follow its parent '%s' or the parent's other descendants "
				  "(items are listed depth-first)", it->id, it->parent_id);
	}
	it->end = i + 1;
	it->leaves = 0;
	it->profiles = 0;
	for (size_t k = 0; k < it->profile_ids.n; k++) {
		size_t p = xw_framework_profile(fw, it->profile_ids.v[k]);
		if (p == XW_NONE)
			return at(err, fw, it->line, it->column, XW_EINVAL,
				  "item '%s' names unknown profile '%s'",
				  it->id, it->profile_ids.v[k]);
		it->profiles |= incl[p];
	}
	/* the texts may have changed since it was last asked for (enrich) */
	it->hash_known = false;
	return 0;
}

static int check_successors(struct xw_framework *fw, struct xw_error *err)
{
	for (size_t i = 0; i < fw->n_items; i++) {
		struct xw_item *it = fw->items[i];

		for (size_t k = 0; k < it->replaced_by.n; k++)
			if (xw_index_get(fw->index, it->replaced_by.v[k]) == XW_NONE)
				return at(err, fw, it->line, it->column, XW_EINVAL,
					  "'%s' is replaced by unknown item '%s'",
					  it->id, it->replaced_by.v[k]);
	}
	return 0;
}

static int check_items(struct xw_framework *fw, pcre2_code *code,
		       const uint32_t incl[], struct xw_error *err)
{
	pcre2_match_data *md = pcre2_match_data_create_from_pattern(code, NULL);
	pcre2_match_context *mc = pcre2_match_context_create(NULL);
	int rc = 0;

	if (!md || !mc) {
		rc = xw_error_set(err, XW_ENOMEM, fw->path, 0, 0, "out of memory");
		goto out;
	}
	pcre2_set_match_limit(mc, PATTERN_MATCH_LIMIT);
	pcre2_set_depth_limit(mc, PATTERN_DEPTH_LIMIT);
	for (size_t i = 0; i < fw->n_items && rc == 0; i++) {
		struct xw_item *it = fw->items[i];
		int dup;

		if (!it->id) {
			rc = at(err, fw, it->line, it->column, XW_EINVAL,
				"item has no 'id'");
			break;
		}
		if (!it->has_kind) {
			rc = at(err, fw, it->line, it->column, XW_EINVAL,
				"item '%s' has no 'kind'", it->id);
			break;
		}
		rc = check_id(fw, it, code, md, mc, err);
		if (rc < 0)
			break;
		dup = xw_index_put(fw->index, it->id, i);
		if (dup < 0)
			rc = xw_error_set(err, XW_ENOMEM, fw->path, 0, 0, "out of memory");
		else if (dup > 0)
			rc = at(err, fw, it->line, it->column, XW_EINVAL,
				"duplicate item id '%s'", it->id);
		else
			rc = resolve_item(fw, i, incl, err);
	}
out:
	pcre2_match_data_free(md);
	pcre2_match_context_free(mc);
	return rc;
}

int xw_framework_finish(struct xw_framework *fw, struct xw_error *err)
{
	uint32_t incl[XW_MAX_PROFILES];
	pcre2_code *code = NULL;
	int rc;

	fw->finished = false;
	rc = check_meta(fw, err);
	if (rc == 0)
		rc = resolve_profiles(fw, incl, err);
	if (rc == 0)
		rc = resolve_advice(fw, err);
	if (rc == 0)
		rc = compile_pattern(fw, &code, err);
	if (rc < 0)
		return rc;
	xw_index_free(fw->index);
	fw->index = xw_index_new(fw->n_items);
	if (!fw->index)
		rc = xw_error_set(err, XW_ENOMEM, fw->path, 0, 0, "out of memory");
	if (rc == 0)
		rc = check_items(fw, code, incl, err);
	pcre2_code_free(code);
	if (rc == 0)
		rc = check_successors(fw, err);
	if (rc < 0)
		return rc;
	/* a parent is in every profile of its children and spans their
	 * subtrees; children come after their parent */
	for (size_t i = fw->n_items; i-- > 0;) {
		struct xw_item *it = fw->items[i];

		if (it->end == i + 1)
			it->leaves = !it->withdrawn;
		if (it->parent != XW_NONE) {
			struct xw_item *p = fw->items[it->parent];
			p->profiles |= it->profiles;
			p->leaves += it->leaves;
			if (it->end > p->end)
				p->end = it->end;
		}
	}
	fw->finished = true;
	return 0;
}

size_t xw_framework_find(const struct xw_framework *fw, const char *id)
{
	return fw->index ? xw_index_get(fw->index, id) : XW_NONE;
}

size_t xw_framework_profile(const struct xw_framework *fw, const char *id)
{
	for (size_t p = 0; p < fw->n_profiles; p++)
		if (fw->profiles[p]->id && strcmp(fw->profiles[p]->id, id) == 0)
			return p;
	return XW_NONE;
}

bool xw_item_under(const struct xw_framework *fw, size_t i, size_t anc)
{
	return anc <= i && i < fw->items[anc]->end;
}

bool xw_item_in_profile(const struct xw_item *it, size_t p)
{
	return p < XW_MAX_PROFILES && (it->profiles >> p & 1);
}
