/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "oscal_index.h"
#include "oscal_meta.h"
#include "oscal_profile.h"
#include "oscal_text.h"

#define NONE SIZE_MAX

/* What the reader knows of an item of the framework. */
struct entry {
	const char *id;
	size_t end;                   /* one past its last descendant */
	bool active;
};

/* An item's marks while the profile is read. */
enum {
	IN_PROFILE = 1,               /* selected by the profile */
	IN_IMPORT = 2,                /* selected by the import at hand */
	EXCLUDED = 4,                 /* excluded by the import at hand */
};

struct reader {
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_framework *fw;
	const struct oc_view *v;
	const char *fw_id;
	struct entry *items;          /* the framework's, in its order */
	unsigned char *marks;         /* one per item */
	size_t n;
	struct oc_index *ix;          /* item id -> its entry */
	struct oc_index *warned;      /* ids already warned about */
	char id[OC_META_ID_MAX + 1];  /* the profile's */
};

static int oom(struct reader *r)
{
	return r->h->error(r->call, XW_ENOMEM, "out of memory");
}

static void at(struct reader *r, const void *node)
{
	r->h->at(r->call, r->v->ops->line(node), r->v->ops->column(node));
}

/* --- the framework's items ------------------------------------------------ */

static size_t position(const struct reader *r, const char *id)
{
	const struct entry *e = oc_index_get(r->ix, id, strlen(id));

	return e ? (size_t)(e - r->items) : NONE;
}

static int load_items(struct reader *r)
{
	const struct xw_host *h = r->h;

	r->n = h->item_count(r->fw);
	r->items = calloc(r->n ? r->n : 1, sizeof(*r->items));
	r->marks = calloc(r->n ? r->n : 1, 1);
	r->ix = oc_index_new();
	r->warned = oc_index_new();
	if (!r->items || !r->marks || !r->ix || !r->warned)
		return oom(r);
	for (size_t i = 0; i < r->n; i++) {
		const struct xw_item *it = h->item_at(r->fw, i);
		const char *status = h->item_get(it, "status", NULL, 0);
		struct entry *e = &r->items[i];

		e->id = h->item_get(it, "id", NULL, 0);
		e->end = i + 1;
		e->active = !status || strcmp(status, "withdrawn") != 0;
		if (!e->id)
			e->id = "";   /* the host's checks make this impossible */
		else if (oc_index_put(r->ix, e->id, e) < 0)
			return oom(r);
	}
	/* items are listed depth-first, so one pass from the end gives each
	 * item the end of its subtree */
	for (size_t i = r->n; i-- > 0;) {
		const char *parent = h->item_get(h->item_at(r->fw, i), "parent", NULL, 0);
		size_t p = parent ? position(r, parent) : NONE;

		if (p < i && r->items[i].end > r->items[p].end)
			r->items[p].end = r->items[i].end;
	}
	return 0;
}

/* The item a profile's id names: the id itself, or what follows a
 * CPRT-style prefix ("SP_800_171_03.01.01" names 03.01.01), as the
 * catalog reader drops it. */
static size_t lookup(const struct reader *r, const char *oscal_id)
{
	size_t i = position(r, oscal_id);

	for (const char *u = strchr(oscal_id, '_'); i == NONE && u; u = strchr(u + 1, '_'))
		i = position(r, u + 1);
	return i;
}

/* --- selecting ------------------------------------------------------------ */

/* '*' is any run of characters, '?' any one. One backtracking point, so
 * the time is at most the product of the lengths. */
static bool glob(const char *pat, const char *s)
{
	const char *star = NULL, *resume = NULL;

	while (*s) {
		if (*pat == '*') {
			star = pat++;
			resume = s;
		} else if (*pat && (*pat == '?' || *pat == *s)) {
			pat++;
			s++;
		} else if (star) {
			pat = star + 1;
			s = ++resume;
		} else {
			return false;
		}
	}
	while (*pat == '*')
		pat++;
	return !*pat;
}

/* Marks item @i, and its active descendants when @children. */
static void mark(struct reader *r, size_t i, unsigned char m, bool children)
{
	size_t end = children ? r->items[i].end : i + 1;

	r->marks[i] |= m;
	for (size_t k = i + 1; k < end; k++)
		if (r->items[k].active)
			r->marks[k] |= m;
}

static int warn_once(struct reader *r, const void *node, const char *oscal_id,
		     const char *what)
{
	if (oc_index_get(r->warned, oscal_id, strlen(oscal_id)))
		return 0;
	if (oc_index_put(r->warned, oscal_id, oscal_id) < 0)
		return oom(r);
	at(r, node);
	r->h->warn(r->call, "'%s' is %s %s; left out of profile '%s'", oscal_id,
		   what, r->fw_id, r->id);
	return 0;
}

static int select_ids(struct reader *r, const void *sel, unsigned char m,
		      bool children)
{
	const struct oc_view *v = r->v;
	int rc = 0;

	for (const void *w = oc_first(v, sel, OC_WITH_IDS); w && rc == 0;
	     w = oc_next(v, w, OC_WITH_IDS)) {
		const char *id = oc_field(v, w, OC_TEXT);
		size_t i;

		if (!id || !*id) {
			at(r, w);
			return r->h->error(r->call, XW_EINVAL,
					   "a with-id that is not a control id");
		}
		i = lookup(r, id);
		if (i == NONE)
			rc = warn_once(r, w, id, "not in");
		else if (!r->items[i].active && m != EXCLUDED)
			rc = warn_once(r, w, id, "withdrawn in");
		else
			mark(r, i, m, children);
	}
	return rc;
}

static int select_matching(struct reader *r, const void *sel, unsigned char m,
			   bool children)
{
	const struct oc_view *v = r->v;

	for (const void *mt = oc_first(v, sel, OC_MATCHING); mt;
	     mt = oc_next(v, mt, OC_MATCHING)) {
		const char *pat = oc_field(v, mt, OC_PATTERN);
		bool any = false;

		at(r, mt);
		if (!pat)
			continue;
		if (strlen(pat) > OC_PATTERN_MAX)
			return r->h->error(r->call, XW_ELIMIT,
					   "a matching pattern longer than %d characters",
					   OC_PATTERN_MAX);
		for (size_t i = 0; i < r->n; i++)
			if (r->items[i].active && glob(pat, r->items[i].id)) {
				mark(r, i, m, children);
				any = true;
			}
		if (!any)
			r->h->warn(r->call, "the pattern '%s' matches no active item of %s",
				   pat, r->fw_id);
	}
	return 0;
}

/* An include-controls or exclude-controls: its ids and patterns. */
static int select_controls(struct reader *r, const void *sel, unsigned char m)
{
	const char *wcc = oc_field(r->v, sel, OC_WITH_CHILD_CONTROLS);
	bool children = wcc && strcmp(wcc, "yes") == 0;
	int rc = select_ids(r, sel, m, children);

	return rc == 0 ? select_matching(r, sel, m, children) : rc;
}

/* --- the catalog an import names ------------------------------------------ */

/* One name is the other's, or begins it, word for word. */
static bool begins(const char *a, const char *b)
{
	size_t n = strlen(b);

	return strncmp(a, b, n) == 0 && (a[n] == '\0' || a[n] == '-');
}

/* A catalog called @name is, loosely, the framework: the id its title
 * would give, or its title against the framework's name. */
static bool names_framework(const struct reader *r, const char *name)
{
	const char *fw_name = r->h->framework_get(r->fw, "name", "en", 0);
	char id[OC_META_ID_MAX + 1], a[OC_META_ID_MAX + 1], b[OC_META_ID_MAX + 1];

	oc_meta_framework_id(name, id);
	if (strcmp(id, r->fw_id) == 0)
		return true;
	if (!fw_name)
		return false;
	oc_meta_slug(name, "", a);
	oc_meta_slug(fw_name, "", b);
	return a[0] && b[0] && (begins(a, b) || begins(b, a));
}

static const void *resource(const struct reader *r, const char *uuid)
{
	const struct oc_view *v = r->v;
	const void *bm = oc_first(v, v->root, OC_BACK_MATTER);

	for (const void *res = bm ? oc_first(v, bm, OC_RESOURCES) : NULL; res;
	     res = oc_next(v, res, OC_RESOURCES)) {
		const char *id = oc_field(v, res, OC_UUID);

		if (id && strcmp(id, uuid) == 0)
			return res;
	}
	return NULL;
}

/*
 * An import names its catalog by "#UUID", a resource of the back-matter
 * with a title or a description; warns when that is not the framework.
 * An href to a file or an address says nothing we can compare.
 */
static int check_source(struct reader *r, const void *imp)
{
	const struct oc_view *v = r->v;
	const char *href = oc_field(v, imp, OC_HREF);
	const void *res;
	struct oc_text name;
	size_t len;
	int rc = 0;

	if (!href || href[0] != '#')
		return 0;
	at(r, imp);
	res = resource(r, href + 1);
	if (!res) {
		r->h->warn(r->call, "the import names '%s', which is not in the back-matter",
			   href);
		return 0;
	}
	oc_text_init(&name, NULL, NULL);
	v->ops->markup(res, OC_TITLE, &name);
	if (!name.len)
		v->ops->markup(res, OC_DESCRIPTION, &name);
	if (name.failed)
		rc = oom(r);
	else if (name.len && !names_framework(r, name.buf)) {
		len = strcspn(name.buf, "\n");   /* its first paragraph */
		r->h->warn(r->call, "the import's catalog is '%.*s', not %s; its "
			   "controls are looked up in %s all the same",
			   (int)(len > 200 ? 200 : len), name.buf, r->fw_id, r->fw_id);
	}
	oc_text_free(&name);
	return rc;
}

/* One import: what it includes, less what it excludes, joins the profile. */
static int read_import(struct reader *r, const void *imp)
{
	const struct oc_view *v = r->v;
	int rc = check_source(r, imp);

	for (size_t i = 0; i < r->n; i++)
		r->marks[i] &= IN_PROFILE;
	if (rc == 0 && oc_first(v, imp, OC_INCLUDE_ALL))
		for (size_t i = 0; i < r->n; i++)
			if (r->items[i].active)
				r->marks[i] |= IN_IMPORT;
	for (const void *s = oc_first(v, imp, OC_INCLUDE_CONTROLS); s && rc == 0;
	     s = oc_next(v, s, OC_INCLUDE_CONTROLS))
		rc = select_controls(r, s, IN_IMPORT);
	for (const void *s = oc_first(v, imp, OC_EXCLUDE_CONTROLS); s && rc == 0;
	     s = oc_next(v, s, OC_EXCLUDE_CONTROLS))
		rc = select_controls(r, s, EXCLUDED);
	for (size_t i = 0; i < r->n; i++)
		if ((r->marks[i] & (IN_IMPORT | EXCLUDED)) == IN_IMPORT)
			r->marks[i] |= IN_PROFILE;
	return rc;
}

/* --- extends -------------------------------------------------------------- */

/* A profile declared before this one. */
struct earlier {
	const char *id;
	size_t extends;               /* the earlier profile it extends, or NONE */
	size_t size;                  /* items it holds, directly or by extends */
	bool held;                    /* all of them are in the new profile */
	bool listed;                  /* the item at hand names it */
};

static size_t earlier_index(const struct earlier *e, size_t n, const char *id)
{
	for (size_t p = 0; p < n; p++)
		if (e[p].id && strcmp(e[p].id, id) == 0)
			return p;
	return NONE;
}

/* Counts item @i in every earlier profile that holds it (the profiles it
 * names, and those extending them). */
static void tally(struct reader *r, struct earlier *e, size_t np, size_t i)
{
	const struct xw_item *it = r->h->item_at(r->fw, i);
	const char *q;

	for (size_t p = 0; p < np; p++)
		e[p].listed = false;
	for (size_t k = 0; (q = r->h->item_get(it, "profiles", NULL, k)); k++) {
		size_t p = earlier_index(e, np, q);

		if (p != NONE)
			e[p].listed = true;
	}
	for (size_t p = 0; p < np; p++) {
		size_t c = p;

		/* extends names an earlier profile: the chain ends */
		while (c != NONE && !e[c].listed)
			c = e[c].extends;
		if (c != NONE) {
			e[p].size++;
			e[p].held = e[p].held && (r->marks[i] & IN_PROFILE);
		}
	}
}

/*
 * The earlier profile of the framework whose whole selection this one
 * holds, the largest when several do (LOW, MODERATE, HIGH in turn give
 * a chain); NULL when none does, or there is none.
 */
static int choose_extends(struct reader *r, const char **out)
{
	const struct xw_host *h = r->h;
	size_t np = h->profile_count(r->fw), best = NONE;
	struct earlier *e;

	*out = NULL;
	if (!np)
		return 0;
	e = calloc(np, sizeof(*e));
	if (!e)
		return oom(r);
	for (size_t p = 0; p < np; p++) {
		const struct xw_profile *pr = h->profile_at(r->fw, p);
		const char *ext = h->profile_get(pr, "extends", NULL, 0);

		e[p].id = h->profile_get(pr, "id", NULL, 0);
		e[p].extends = ext ? earlier_index(e, p, ext) : NONE;
		e[p].held = true;
	}
	for (size_t i = 0; i < r->n; i++)
		if (h->item_get(h->item_at(r->fw, i), "profiles", NULL, 0))
			tally(r, e, np, i);
	for (size_t p = 0; p < np; p++)
		if (e[p].held && e[p].size && (best == NONE || e[p].size >= e[best].size))
			best = p;
	*out = best == NONE ? NULL : e[best].id;
	free(e);
	return 0;
}

/* --- the profile ---------------------------------------------------------- */

static int check_new(struct reader *r)
{
	const struct xw_host *h = r->h;

	for (size_t p = 0; p < h->profile_count(r->fw); p++) {
		const char *id = h->profile_get(h->profile_at(r->fw, p), "id", NULL, 0);

		if (id && strcmp(id, r->id) == 0)
			return h->error(r->call, XW_EINVAL,
					"%s already has a profile '%s' (the same profile "
					"given twice?)", r->fw_id, r->id);
	}
	return 0;
}

static int declare(struct reader *r, const char *title, const char *extends)
{
	const struct xw_host *h = r->h;
	struct xw_profile *p;
	size_t n = 0;
	int rc = h->profile_add(r->call, r->fw, &p);

	if (rc == 0)
		rc = h->profile_set(r->call, p, "id", NULL, r->id);
	if (rc == 0)
		rc = h->profile_set(r->call, p, "title", "en", title);
	if (rc == 0 && extends)
		rc = h->profile_set(r->call, p, "extends", NULL, extends);
	for (size_t i = 0; i < r->n && rc == 0; i++) {
		struct xw_item *it;

		if (!(r->marks[i] & IN_PROFILE))
			continue;
		it = h->item_find(r->fw, r->items[i].id);
		rc = it ? h->item_set(r->call, it, "profiles", NULL, r->id)
			: h->error(r->call, XW_EPLUGIN, "item '%s' has gone",
				   r->items[i].id);
		n++;
	}
	if (rc == 0 && n == 0)
		h->warn(r->call, "profile '%s' selects no item of %s", r->id, r->fw_id);
	return rc;
}

int oc_profile_read(const struct xw_host *h, struct xw_call *call,
		    const struct oc_view *v, struct xw_framework *fw)
{
	struct reader r = { .h = h, .call = call, .fw = fw, .v = v };
	const void *md = oc_first(v, v->root, OC_METADATA);
	const char *extends = NULL;
	struct oc_text title;
	int rc;

	r.fw_id = h->framework_get(fw, "id", NULL, 0);
	if (!r.fw_id)
		r.fw_id = "the framework";
	oc_text_init(&title, NULL, NULL);
	rc = oc_meta_title(h, call, v, "profile", "profile", &title);
	if (rc == 0) {
		oc_meta_profile_id(title.buf, r.id);
		at(&r, md);
		rc = check_new(&r);
	}
	if (rc == 0)
		rc = load_items(&r);
	if (rc == 0 && !oc_first(v, v->root, OC_IMPORTS)) {
		at(&r, v->root);
		rc = h->error(call, XW_EINVAL, "the OSCAL profile imports no catalog");
	}
	for (const void *imp = rc == 0 ? oc_first(v, v->root, OC_IMPORTS) : NULL;
	     imp && rc == 0; imp = oc_next(v, imp, OC_IMPORTS))
		rc = read_import(&r, imp);
	if (rc == 0)
		rc = choose_extends(&r, &extends);
	if (rc == 0) {
		at(&r, md);
		rc = declare(&r, title.buf, extends);
	}
	oc_index_free(r.warned);
	oc_index_free(r.ix);
	free(r.marks);
	free(r.items);
	oc_text_free(&title);
	return rc;
}
