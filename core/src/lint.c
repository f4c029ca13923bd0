/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/buf.h"
#include "xwalk/lint.h"
#include "index.h"

struct linter {
	const struct xw_catalog *cat;
	const struct xw_catalog *context;
	xw_report_fn report;
	void *ctx;
	size_t problems;
};

__attribute__((format(printf, 5, 6)))
static void problem(struct linter *l, const char *path, unsigned line,
		    unsigned column, const char *fmt, ...)
{
	struct xw_error e;
	va_list ap;

	va_start(ap, fmt);
	xw_error_setv(&e, XW_EINVAL, path, line, column, fmt, ap);
	va_end(ap);
	l->report(l->ctx, &e);
	l->problems++;
}

static const struct xw_framework *framework(struct linter *l, const char *id)
{
	const struct xw_framework *fw = xw_catalog_framework(l->cat, id);

	return fw ? fw : xw_catalog_framework(l->context, id);
}

static const struct xw_framework *endpoint(struct linter *l,
					   const struct xw_mapping *m,
					   const char *role, const char *id,
					   const char *version)
{
	const struct xw_framework *fw = framework(l, id);

	if (!fw)
		problem(l, m->path, 1, 1, "unknown %s framework '%s'", role, id);
	else if (version && strcmp(version, fw->version) != 0)
		problem(l, m->path, 1, 1,
			"the set is for %s version '%s', but the loaded framework is version '%s'",
			id, version, fw->version);
	return fw;
}

/* Returns the item's index, after reporting it when it is missing or withdrawn. */
static size_t cited(struct linter *l, const char *path, unsigned line,
		    unsigned column, const struct xw_framework *fw,
		    const char *id, const char *who)
{
	size_t i = xw_framework_find(fw, id);

	if (i == XW_NONE)
		problem(l, path, line, column, "%s cites '%s', which is not an item of %s",
			who, id, fw->id);
	else if (fw->items[i]->withdrawn)
		problem(l, path, line, column, "%s cites '%s', which %s has withdrawn",
			who, id, fw->id);
	return i;
}

static int cmp_str(const void *a, const void *b)
{
	return strcmp(*(char *const *)a, *(char *const *)b);
}

/* A key naming a row's items regardless of their order. */
static void pair_key(const struct xw_row *r, struct xw_buf *key)
{
	const struct xw_strlist *sides[2] = { &r->sources, &r->targets };

	key->len = 0;
	for (int s = 0; s < 2; s++) {
		/* a row may have no sources: nothing to copy then (v is NULL) */
		char **v = sides[s]->n ? malloc(sides[s]->n * sizeof(*v)) : NULL;
		if (sides[s]->n && !v) {
			key->failed = true;
			return;
		}
		if (v) {
			memcpy(v, sides[s]->v, sides[s]->n * sizeof(*v));
			qsort(v, sides[s]->n, sizeof(*v), cmp_str);
		}
		for (size_t i = 0; i < sides[s]->n; i++) {
			xw_buf_puts(key, v[i]);
			xw_buf_putc(key, '\x1f');
		}
		xw_buf_putc(key, '\x1e');
		free(v);
	}
}

static void check_duplicates(struct linter *l, const struct xw_mapping *m)
{
	struct xw_index *seen = xw_index_new(m->n_rows);
	char **keys = calloc(m->n_rows, sizeof(*keys));
	struct xw_buf key = XW_BUF_INIT;

	for (size_t i = 0; seen && keys && i < m->n_rows; i++) {
		size_t first;

		pair_key(m->rows[i], &key);
		keys[i] = key.failed ? NULL : strdup(key.data);
		if (!keys[i])
			break;
		first = xw_index_get(seen, keys[i]);
		if (first != XW_NONE) {
			problem(l, m->path, m->rows[i]->line, m->rows[i]->column,
				"row '%s' maps the same items as row '%s' (line %u)",
				m->rows[i]->id, m->rows[first]->id, m->rows[first]->line);
		} else if (xw_index_put(seen, keys[i], i) < 0) {
			break;
		}
	}
	for (size_t i = 0; keys && i < m->n_rows; i++)
		free(keys[i]);
	free(keys);
	xw_buf_reset(&key);
	xw_index_free(seen);
}

/*
 * A comprehensive set addresses every active target item that has no
 * children: a row names it or one of its ancestors.
 */
static void check_comprehensive(struct linter *l, const struct xw_mapping *m,
				const struct xw_framework *fw)
{
	char *named = calloc(fw->n_items, 1), *has_child = calloc(fw->n_items, 1);
	size_t missing = 0;
	const char *first = NULL;

	if (!named || !has_child)
		goto out;
	for (size_t r = 0; r < m->n_rows; r++)
		for (size_t t = 0; t < m->rows[r]->targets.n; t++) {
			size_t i = xw_framework_find(fw, m->rows[r]->targets.v[t]);
			if (i != XW_NONE)
				named[i] = 1;
		}
	for (size_t i = 0; i < fw->n_items; i++) {
		size_t p = fw->items[i]->parent;
		if (p != XW_NONE) {
			has_child[p] = 1;
			named[i] |= named[p];  /* parents come first */
		}
	}
	for (size_t i = 0; i < fw->n_items; i++)
		if (!has_child[i] && !named[i] && !fw->items[i]->withdrawn) {
			if (!missing++)
				first = fw->items[i]->id;
		}
	if (missing)
		problem(l, m->path, 1, 1,
			"the set says it is comprehensive, but %zu target items have no row (first: '%s')",
			missing, first);
out:
	free(named);
	free(has_child);
}

/*
 * A row reviewed against an item's text is stale once that text changes:
 * the hash it recorded no longer matches the item's current one.
 */
static void check_stale(struct linter *l, const struct xw_mapping *m,
			const struct xw_row *row, const struct xw_framework *fw,
			const struct xw_hash_refs *h, const char *side)
{
	for (size_t k = 0; fw && k < h->n; k++) {
		size_t i = xw_framework_find(fw, h->v[k].id);
		char was[17], now[17];

		if (i == XW_NONE || xw_item_hash(fw->items[i]) == h->v[k].hash)
			continue;
		xw_hash_hex(h->v[k].hash, was);
		xw_hash_hex(xw_item_hash(fw->items[i]), now);
		problem(l, m->path, row->line, row->column,
			"row '%s' is stale: %s item '%s' changed since the row was %s "
			"(text hash %s then, %s now); review it again",
			row->id, side, h->v[k].id, xw_review_name(row->review), was, now);
	}
}

static void lint_mapping(struct linter *l, const struct xw_mapping *m)
{
	const struct xw_framework *src, *tgt;

	src = endpoint(l, m, "source", m->source, m->source_version);
	tgt = endpoint(l, m, "target", m->target, m->target_version);
	for (size_t r = 0; r < m->n_rows; r++) {
		const struct xw_row *row = m->rows[r];
		char who[300];

		snprintf(who, sizeof(who), "row '%s'", row->id);
		for (size_t i = 0; src && i < row->sources.n; i++)
			cited(l, m->path, row->line, row->column, src,
			      row->sources.v[i], who);
		for (size_t i = 0; tgt && i < row->targets.n; i++)
			cited(l, m->path, row->line, row->column, tgt,
			      row->targets.v[i], who);
		check_stale(l, m, row, src, &row->source_hashes, "source");
		check_stale(l, m, row, tgt, &row->target_hashes, "target");
	}
	check_duplicates(l, m);
	if (tgt && m->comprehensive)
		check_comprehensive(l, m, tgt);
}

static void lint_assessment(struct linter *l, const struct xw_assessment *a)
{
	const struct xw_framework *fw = framework(l, a->framework);

	if (!fw) {
		problem(l, a->path, 1, 1, "unknown framework '%s'", a->framework);
		return;
	}
	for (size_t i = 0; i < a->n_results; i++)
		cited(l, a->path, a->results[i]->line, a->results[i]->column, fw,
		      a->results[i]->item, "the result");
}

size_t xw_lint(const struct xw_catalog *cat, const struct xw_catalog *context,
	       xw_report_fn report, void *ctx)
{
	struct linter l = { cat, context, report, ctx, 0 };

	for (size_t i = 0; i < cat->n_docs; i++) {
		const struct xw_doc *d = &cat->docs[i];

		if (d->kind == XW_DOC_MAPPING)
			lint_mapping(&l, d->mapping);
		else if (d->kind == XW_DOC_ASSESSMENT)
			lint_assessment(&l, d->assessment);
	}
	return l.problems;
}
