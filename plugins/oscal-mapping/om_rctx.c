/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "om_names.h"
#include "om_rctx.h"

void om_r_at(struct om_r *r, const struct om_node *at)
{
	r->h->at(r->call, at ? at->line : 0, at ? at->column : 0);
}

int om_r_fail(struct om_r *r, const struct om_node *at, int code, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	om_r_at(r, at);
	return r->h->error(r->call, code, "%s", msg);
}

void om_r_warn(struct om_r *r, const struct om_node *at, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	om_r_at(r, at);
	r->h->warn(r->call, "%s", msg);
}

void om_r_skip(struct om_r *r, const struct om_node *at, const struct om_kind *kind,
	       const char *key, bool unknown)
{
	struct om_tally *t = r->tally;

	for (size_t i = 0; i < r->n_tally; i++, t++)
		if (t->kind == kind && t->unknown == unknown && strcmp(t->key, key) == 0) {
			t->count++;
			return;
		}
	if (r->n_tally == OM_TALLY_MAX) {
		r->tally_more++;
		return;
	}
	*t = (struct om_tally){ kind, key, unknown, 1, at->line, at->column };
	r->n_tally++;
}

void om_r_report(struct om_r *r)
{
	for (size_t i = 0; i < r->n_tally; i++) {
		const struct om_tally *t = &r->tally[i];
		char where[128];

		if (!t->kind->many)
			snprintf(where, sizeof(where), "%s", t->kind->one);
		else
			snprintf(where, sizeof(where), "%zu %s", t->count,
				 t->count == 1 ? t->kind->one : t->kind->many);
		r->h->at(r->call, t->line, t->column);
		if (t->unknown)
			r->h->warn(r->call, "'%s' in %s is not in the OSCAL %s schema; ignored",
				   t->key, where, OM_OSCAL_VERSION);
		else
			r->h->warn(r->call, "'%s' in %s is not imported: xwalk has no field for it",
				   t->key, where);
	}
	if (r->tally_more) {
		r->h->at(r->call, 0, 0);
		r->h->warn(r->call, "%zu more keys are not imported", r->tally_more);
	}
}

int om_r_object(struct om_r *r, const struct om_node *obj, const struct om_kind *kind)
{
	if (obj->type != OM_OBJECT)
		return om_r_fail(r, obj, XW_EINVAL, "%s must be a JSON object", kind->one);
	for (const struct om_node *m = obj->first; m; m = m->next) {
		size_t i = 0;

		while (i < kind->n_keys && strcmp(kind->keys[i].name, m->key) != 0)
			i++;
		if (i == kind->n_keys)
			om_r_skip(r, m, kind, m->key, true);
		else if (!kind->keys[i].read)
			om_r_skip(r, m, kind, m->key, false);
	}
	return 0;
}

int om_r_text(struct om_r *r, const struct om_node *obj, const char *key, const char **out)
{
	const struct om_node *n = om_member(obj, key);

	*out = NULL;
	if (!n)
		return 0;
	if (n->type != OM_STRING)
		return om_r_fail(r, n, XW_EINVAL, "'%s' must be a string", key);
	*out = n->text;
	return 0;
}

int om_r_need(struct om_r *r, const struct om_node *obj, const struct om_kind *kind,
	      const char *key, const char **out)
{
	int rc = om_r_text(r, obj, key, out);

	if (rc == 0 && !*out)
		return om_r_fail(r, obj, XW_EINVAL, "%s has no '%s'", kind->one, key);
	return rc;
}

int om_r_array(struct om_r *r, const struct om_node *obj, const char *key,
	       const struct om_node **out)
{
	*out = om_member(obj, key);
	if (*out && (*out)->type != OM_ARRAY)
		return om_r_fail(r, *out, XW_EINVAL, "'%s' must be an array", key);
	return 0;
}

int om_r_props(struct om_r *r, const struct om_node *obj, const struct om_kind *kind,
	       om_prop_fn fn, void *arg)
{
	const struct om_node *props;
	bool others = false;
	int rc = om_r_array(r, obj, "props", &props);

	for (const struct om_node *p = props ? props->first : NULL; rc == 0 && p; p = p->next) {
		const char *ns, *name, *value;

		if (p->type != OM_OBJECT)
			return om_r_fail(r, p, XW_EINVAL, "a prop must be a JSON object");
		rc = om_r_text(r, p, "ns", &ns);
		if (rc < 0 || !ns || strcmp(ns, OM_NS) != 0) {
			others = true;
			continue;
		}
		rc = om_r_text(r, p, "name", &name);
		if (rc == 0)
			rc = om_r_text(r, p, "value", &value);
		if (rc == 0 && (!name || !value))
			return om_r_fail(r, p, XW_EINVAL, "a prop needs a 'name' and a 'value'");
		if (rc == 0)
			rc = fn(r, p, name, value, arg);
	}
	if (rc == 0 && others)
		om_r_skip(r, props, kind, "props", false);
	return rc;
}

int om_r_set(struct om_r *r, const struct om_node *at, const char *key, const char *sub,
	     const char *value)
{
	om_r_at(r, at);
	return r->h->mapping_set(r->call, r->m, key, sub, value);
}

int om_r_row_set(struct om_r *r, const struct om_node *at, struct xw_row *row,
		 const char *key, const char *sub, const char *value)
{
	om_r_at(r, at);
	return r->h->row_set(r->call, row, key, sub, value);
}

const struct om_node *om_r_first_mapping(const struct om_r *r)
{
	return r->mappings->type == OM_OBJECT ? r->mappings : r->mappings->first;
}

const struct om_node *om_r_next_mapping(const struct om_r *r, const struct om_node *m)
{
	return r->mappings->type == OM_OBJECT ? NULL : m->next;
}

const char *om_r_id(struct om_r *r, const char *s, size_t k)
{
	size_t len = strlen(s);
	char *id = xwp_arena_zalloc(&r->doc.arena, len + 24);

	if (!id)
		return NULL;
	for (size_t i = 0; i < len; i++)
		id[i] = s[i] >= 'A' && s[i] <= 'Z' ? (char)(s[i] - 'A' + 'a') : s[i];
	if (k)
		snprintf(id + len, 24, "-%zu", k);
	return id;
}
