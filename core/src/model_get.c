/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/framework.h"
#include "xwalk/mapping.h"
#include "host.h"

/* Fields as text for plugin writers, by their native-format names. */

static const char *lang(const struct xw_ltext *t, const char *sub)
{
	int l = xw_lang_parse(sub);

	return l == XW_LANG_NONE ? NULL : t->s[l];
}

static const char *nth(const struct xw_strlist *l, size_t idx)
{
	return idx < l->n ? l->v[idx] : NULL;
}

static int is(const char *key, const char *name)
{
	return strcmp(key, name) == 0;
}

const char *xw_framework_get(const struct xw_framework *fw, const char *key,
			     const char *sub, size_t idx)
{
	if (is(key, "id")) return fw->id;
	if (is(key, "name")) return lang(&fw->name, sub);
	if (is(key, "version")) return fw->version;
	if (is(key, "publisher")) return fw->publisher;
	if (is(key, "date")) return fw->date;
	if (is(key, "source")) return fw->source;
	if (is(key, "licence")) return fw->licence;
	if (is(key, "summary")) return lang(&fw->summary, sub);
	if (is(key, "id-pattern")) return fw->id_pattern;
	if (is(key, "unknown")) return nth(&fw->unknown, idx);
	if (is(key, "advice.default")) return fw->advice_default_id;
	if (is(key, "advice.note")) return lang(&fw->advice_note, sub);
	return NULL;
}

const char *xw_question_get(const struct xw_question *q, const char *key,
			    const char *sub, size_t idx)
{
	if (is(key, "id")) return q->id;
	if (is(key, "text")) return lang(&q->text, sub);
	if (is(key, "if-yes")) return q->if_yes_id;
	if (is(key, "note")) return lang(&q->note, sub);
	return NULL;
}

const char *xw_item_get(const struct xw_item *it, const char *key,
			const char *sub, size_t idx)
{
	if (is(key, "id")) return it->id;
	if (is(key, "parent")) return it->parent_id;
	if (is(key, "kind")) return it->has_kind ? xw_kind_name(it->kind) : NULL;
	if (is(key, "title")) return lang(&it->title, sub);
	if (is(key, "text")) return lang(&it->text, sub);
	if (is(key, "authoritative")) return xw_lang_name(it->authoritative);
	if (is(key, "profiles")) return nth(&it->profile_ids, idx);
	if (is(key, "status")) return it->withdrawn ? "withdrawn" : "active";
	if (is(key, "replaced-by")) return nth(&it->replaced_by, idx);
	if (is(key, "unknown")) return nth(&it->unknown, idx);
	if (is(key, "props")) {
		if (sub)
			return xw_props_get(&it->props, sub);
		return idx < it->props.n ? it->props.v[idx].key : NULL;
	}
	return NULL;
}

const char *xw_mapping_get(const struct xw_mapping *m, const char *key,
			   const char *sub, size_t idx)
{
	if (is(key, "id")) return m->id;
	if (is(key, "title")) return lang(&m->title, sub);
	if (is(key, "source") && sub && is(sub, "framework")) return m->source;
	if (is(key, "source") && sub && is(sub, "version")) return m->source_version;
	if (is(key, "target") && sub && is(sub, "framework")) return m->target;
	if (is(key, "target") && sub && is(sub, "version")) return m->target_version;
	if (is(key, "author")) return m->author;
	if (is(key, "version")) return m->version;
	if (is(key, "date")) return m->date;
	if (is(key, "method")) return xw_method_name(m->method);
	if (is(key, "status")) return xw_review_name(m->status);
	if (is(key, "comprehensive")) return m->comprehensive ? "true" : "false";
	if (is(key, "intended-use")) return m->intended_use;
	return NULL;
}

const char *xw_row_get(const struct xw_row *r, const char *key,
		       const char *sub, size_t idx)
{
	static const char *const numbers[] = {
		"0", "1", "2", "3", "4", "5", "6", "7", "8", "9", "10",
	};

	if (is(key, "id")) return r->id;
	if (is(key, "sources")) return nth(&r->sources, idx);
	if (is(key, "targets")) return nth(&r->targets, idx);
	if (is(key, "relationship")) return xw_relationship_name(r->relationship);
	if (is(key, "rationale")) return xw_rationale_name(r->rationale);
	if (is(key, "strength"))
		return r->strength >= 0 && r->strength <= 10 ? numbers[r->strength] : NULL;
	if (is(key, "justification")) return r->justification;
	if (is(key, "conditions")) return nth(&r->conditions, idx);
	if (is(key, "review-status")) return xw_review_name(r->review);
	if (is(key, "reviewer")) return r->reviewer;
	if (is(key, "review-date")) return r->review_date;
	return NULL;
}

const char *xw_profile_get(const struct xw_profile *p, const char *key,
			   const char *sub, size_t idx)
{
	if (is(key, "id")) return p->id;
	if (is(key, "title")) return lang(&p->title, sub);
	if (is(key, "extends")) return p->extends_id;
	if (is(key, "assurance")) return p->assurance ? xw_assurance_name(p->assurance) : NULL;
	if (is(key, "defined")) return p->defined ? "true" : "false";
	if (is(key, "mandatory")) return p->mandatory ? "true" : "false";
	if (is(key, "note")) return lang(&p->note, sub);
	return NULL;
}

const char *xw_row_hash_get(const struct xw_row *r, const char *side,
			    size_t idx, char hex[17])
{
	const struct xw_hash_refs *h = is(side, "source-hashes") ? &r->source_hashes
				     : is(side, "target-hashes") ? &r->target_hashes
								 : NULL;

	if (!h || idx >= h->n)
		return NULL;
	xw_hash_hex(h->v[idx].hash, hex);
	return h->v[idx].id;
}
