/* SPDX-License-Identifier: MIT */
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xwalk/catalog.h"
#include "xwalk/paths.h"
#include "folder.h"

int xw_catalog_new(struct xw_catalog **out, struct xw_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	return 0;
}

void xw_catalog_free(struct xw_catalog *cat)
{
	if (!cat)
		return;
	for (size_t i = 0; i < cat->n_stubs; i++) {
		free(cat->stubs[i].path);
		free(cat->stubs[i].id);
		free(cat->stubs[i].source);
		free(cat->stubs[i].target);
	}
	free(cat->stubs);
	for (size_t i = 0; i < cat->n_docs; i++)
		xw_doc_clear(&cat->docs[i]);
	free(cat->docs);
	free(cat);
}

int xw_catalog_add(struct xw_catalog *cat, struct xw_doc *doc,
		   struct xw_error *err)
{
	/* grow in powers of two: n is a power of two exactly when full */
	if ((cat->n_docs & (cat->n_docs - 1)) == 0) {
		size_t cap = cat->n_docs ? cat->n_docs * 2 : 1;
		struct xw_doc *v = realloc(cat->docs, cap * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
		cat->docs = v;
	}
	cat->docs[cat->n_docs++] = *doc;
	memset(doc, 0, sizeof(*doc));
	return 0;
}

static int is_yaml(const char *name)
{
	size_t n = strlen(name);

	return (n > 5 && strcmp(name + n - 5, ".yaml") == 0) ||
	       (n > 4 && strcmp(name + n - 4, ".yml") == 0);
}

static size_t load_file(struct xw_catalog *cat, struct xw_registry *reg,
			const char *path, xw_report_fn report, void *ctx)
{
	struct xw_doc doc;
	struct xw_error e;
	int rc;

	xw_error_clear(&e);
	rc = reg ? xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e)
		 : xw_native_load(path, &doc, &e);
	if (rc == 0 && doc.kind == XW_DOC_FRAMEWORK && cat->on_framework)
		cat->on_framework(cat->report_ctx, doc.framework);
	if (rc == 0)
		rc = xw_catalog_add(cat, &doc, &e);
	if (rc < 0) {
		xw_doc_clear(&doc);
		report(ctx, &e);
		return 1;
	}
	return 0;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

/* Reports the folder @dir that scandir() could not list. */
static void report_folder(const char *dir, xw_report_fn report, void *ctx)
{
	struct xw_error e;

	xw_folder_error(&e, dir, errno);
	report(ctx, &e);
}

static size_t load_dir(struct xw_catalog *cat, struct xw_registry *reg,
		       const char *dir, xw_report_fn report, void *ctx)
{
	struct dirent **names;
	size_t failed = 0;
	int n = scandir(dir, &names, NULL, by_name);

	if (n < 0) {
		report_folder(dir, report, ctx);
		return 1;
	}
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && stat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				failed += load_dir(cat, reg, path, report, ctx);
			else if (is_yaml(names[i]->d_name))
				failed += load_file(cat, reg, path, report, ctx);
		}
		free(names[i]);
	}
	free(names);
	return failed;
}

size_t xw_catalog_load_path(struct xw_catalog *cat, struct xw_registry *reg,
			    const char *path, xw_report_fn report, void *ctx)
{
	struct stat st;

	if (stat(path, &st) == 0 && S_ISDIR(st.st_mode))
		return load_dir(cat, reg, path, report, ctx);
	return load_file(cat, reg, path, report, ctx);
}

size_t xw_catalog_load_bundled(struct xw_catalog *cat, xw_report_fn report,
			       void *ctx)
{
	static const char *const parts[] = { "frameworks", "mappings" };
	const char *dirs[16];
	size_t n = xw_data_dirs(dirs, 16), failed = 0;

	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < 2; k++) {
			char path[4096];
			struct stat st;

			snprintf(path, sizeof(path), "%s/%s", dirs[i], parts[k]);
			if (stat(path, &st) == 0)
				failed += load_dir(cat, NULL, path, report, ctx);
		}
	return failed;
}

const struct xw_framework *xw_catalog_framework(const struct xw_catalog *cat,
						const char *id)
{
	for (size_t i = 0; cat && i < cat->n_docs; i++)
		if (cat->docs[i].kind == XW_DOC_FRAMEWORK &&
		    strcmp(cat->docs[i].framework->id, id) == 0)
			return cat->docs[i].framework;
	return NULL;
}

/* --- knowing files by their headers ------------------------------------- */

static int add_stub(struct xw_catalog *cat, const char *path)
{
	struct xw_catalog_stub *v = realloc(cat->stubs, (cat->n_stubs + 1) * sizeof(*v));

	if (!v)
		return -1;
	cat->stubs = v;
	memset(&v[cat->n_stubs], 0, sizeof(*v));
	v[cat->n_stubs].path = strdup(path);
	if (!v[cat->n_stubs].path)
		return -1;
	xw_read_header(path, &v[cat->n_stubs].kind, &v[cat->n_stubs].id,
		       &v[cat->n_stubs].source, &v[cat->n_stubs].target);
	cat->n_stubs++;
	return 0;
}

/* A file left out of the index (add_stub() fails only for memory). */
static void index_failed(struct xw_catalog *cat, const char *path)
{
	struct xw_error e;

	xw_error_set(&e, XW_ENOMEM, path, 0, 0, "out of memory");
	cat->report(cat->report_ctx, &e);
}

static void index_dir(struct xw_catalog *cat, const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, by_name);

	/* a data folder need not have both parts */
	if (n < 0 && errno != ENOENT)
		report_folder(dir, cat->report, cat->report_ctx);
	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && stat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				index_dir(cat, path);
			else if (is_yaml(names[i]->d_name) && add_stub(cat, path) < 0)
				index_failed(cat, path);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

void xw_catalog_index_bundled(struct xw_catalog *cat, xw_report_fn report,
			      void *ctx)
{
	static const char *const parts[] = { "frameworks", "mappings" };
	const char *dirs[16];
	size_t n = xw_data_dirs(dirs, 16);

	cat->report = report;
	cat->report_ctx = ctx;
	for (size_t i = 0; i < n; i++)
		for (size_t k = 0; k < 2; k++) {
			char path[4096];
			snprintf(path, sizeof(path), "%s/%s", dirs[i], parts[k]);
			index_dir(cat, path);
		}
}

static void need(struct xw_catalog *cat, size_t i)
{
	if (cat->stubs[i].loaded)
		return;
	cat->stubs[i].loaded = true;
	load_file(cat, NULL, cat->stubs[i].path, cat->report, cat->report_ctx);
}

static bool is(const char *a, const char *b)
{
	return a && b && strcmp(a, b) == 0;
}

void xw_catalog_need_framework(struct xw_catalog *cat, const char *id)
{
	for (size_t i = 0; i < cat->n_stubs; i++)
		if (cat->stubs[i].kind == XW_DOC_NONE ||
		    (cat->stubs[i].kind == XW_DOC_FRAMEWORK && is(cat->stubs[i].id, id)))
			need(cat, i);
}

void xw_catalog_need_sets(struct xw_catalog *cat, const char *a, const char *b)
{
	for (size_t i = 0; i < cat->n_stubs; i++) {
		const struct xw_catalog_stub *s = &cat->stubs[i];

		if (s->kind == XW_DOC_NONE ||
		    (s->kind == XW_DOC_MAPPING &&
		     ((is(s->source, a) && is(s->target, b)) ||
		      (is(s->source, b) && is(s->target, a)))))
			need(cat, i);
	}
}

void xw_catalog_need_all(struct xw_catalog *cat)
{
	for (size_t i = 0; i < cat->n_stubs; i++)
		need(cat, i);
}
