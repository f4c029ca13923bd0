/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "oscal_prose.h"

/* A parameter's choices may insert parameters; deeper than this is a loop. */
#define MAX_INSERT_DEPTH 4

static int is(const char *s, size_t n, const char *lit)
{
	return strlen(lit) == n && memcmp(s, lit, n) == 0;
}

/* The parameter @id of the innermost enclosing group or control. */
static const void *find_param(const struct oc_prose *p, const char *id, size_t n)
{
	const struct oc_view *v = p->v;

	for (size_t d = p->depth; d-- > 0;)
		for (const void *prm = oc_first(v, p->scope[d], OC_PARAMS); prm;
		     prm = oc_next(v, prm, OC_PARAMS)) {
			const char *pid = oc_field(v, prm, OC_ID);

			if (pid && is(id, n, pid))
				return prm;
		}
	return NULL;
}

static void render_param(struct oc_prose *p, const void *prm, struct oc_text *t)
{
	const struct oc_view *v = p->v;
	const void *sel = oc_first(v, prm, OC_SELECT);
	size_t start;

	if (sel) {
		const char *how = oc_field(v, sel, OC_HOW_MANY);
		const char *sep = "";

		oc_text_puts(t, how && strcmp(how, "one-or-more") == 0
				? "[Selection (one or more): " : "[Selection: ");
		for (const void *c = oc_first(v, sel, OC_CHOICES); c;
		     c = oc_next(v, c, OC_CHOICES)) {
			oc_text_puts(t, sep);
			v->ops->markup(c, OC_SELF, t);
			sep = "; ";
		}
		oc_text_puts(t, "]");
		return;
	}
	oc_text_puts(t, "[Assignment: ");
	start = t->len;
	v->ops->markup(prm, OC_LABEL, t);
	if (t->len == start)
		oc_text_puts(t, oc_field(v, prm, OC_ID));   /* a parameter without label */
	oc_text_puts(t, "]");
}

static void on_insert(void *ctx, struct oc_text *t, const char *type,
		      size_t type_len, const char *id, size_t id_len)
{
	struct oc_prose *p = ctx;
	const void *prm = is(type, type_len, "param") ? find_param(p, id, id_len) : NULL;

	if (!prm || p->rendering >= MAX_INSERT_DEPTH) {
		/* nothing to show but the reference itself */
		oc_text_puts(t, "[");
		oc_text_add(t, id, id_len);
		oc_text_puts(t, "]");
		return;
	}
	p->rendering++;
	render_param(p, prm, t);
	p->rendering--;
}

void oc_prose_text_init(struct oc_prose *p, struct oc_text *t)
{
	oc_text_init(t, on_insert, p);
}

void oc_prose_init(struct oc_prose *p, const struct oc_view *v)
{
	memset(p, 0, sizeof(*p));
	p->v = v;
	oc_prose_text_init(p, &p->text);
}

void oc_prose_free(struct oc_prose *p)
{
	oc_text_free(&p->text);
}

/* The first of @node's parts named @name. */
static const void *part_named(const struct oc_view *v, const void *node,
			      const char *name)
{
	for (const void *pt = oc_first(v, node, OC_PARTS); pt; pt = oc_next(v, pt, OC_PARTS)) {
		const char *n = oc_field(v, pt, OC_NAME);

		if (n && strcmp(n, name) == 0)
			return pt;
	}
	return NULL;
}

/* An item's label: its "label" prop, the one without a class if several. */
static const char *label_of(const struct oc_view *v, const void *node)
{
	const char *found = NULL;

	for (const void *pr = oc_first(v, node, OC_PROPS); pr; pr = oc_next(v, pr, OC_PROPS)) {
		const char *n = oc_field(v, pr, OC_NAME);

		if (!n || strcmp(n, "label") != 0)
			continue;
		if (!oc_field(v, pr, OC_CLASS))
			return oc_field(v, pr, OC_VALUE);
		if (!found)
			found = oc_field(v, pr, OC_VALUE);
	}
	return found;
}

static int flatten(struct oc_prose *p, const void *part, struct oc_index *ix,
		   const char *owner)
{
	const struct oc_view *v = p->v;

	v->ops->markup(part, OC_PROSE, &p->text);
	for (const void *it = oc_first(v, part, OC_PARTS); it; it = oc_next(v, it, OC_PARTS)) {
		const char *name = oc_field(v, it, OC_NAME), *id, *label;

		if (!name || strcmp(name, "item") != 0)
			continue;
		id = oc_field(v, it, OC_ID);
		if (id && oc_index_put(ix, id, owner) < 0)
			return -1;
		oc_text_break(&p->text);
		label = label_of(v, it);
		if (label) {
			oc_text_puts(&p->text, label);
			oc_text_puts(&p->text, " ");
		}
		if (flatten(p, it, ix, owner) < 0)
			return -1;
	}
	return 0;
}

int oc_prose_statement(struct oc_prose *p, const void *node,
		       struct oc_index *ix, const char *owner)
{
	const void *part = part_named(p->v, node, "statement");
	const char *id;

	oc_text_clear(&p->text);
	if (!part)
		part = part_named(p->v, node, "overview");
	if (!part)
		return 0;
	id = oc_field(p->v, part, OC_ID);
	if (id && oc_index_put(ix, id, owner) < 0)
		return -1;
	if (flatten(p, part, ix, owner) < 0)
		return -1;
	return p->text.failed ? -1 : 0;
}
