/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the csv plugin tests: the plugin loaded through the real
 * registry (CSV_PLUGIN is the built module's path, from meson), scratch
 * folders, and reading and writing documents by file. Everything is
 * static inline so a test file that does not use a helper gets no
 * warning.
 */
#ifndef CSV_TEST_HELPERS_H
#define CSV_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/io.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

static inline struct xw_registry *csv_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, CSV_PLUGIN, &e), 0,
		     "cannot load %s: %s", CSV_PLUGIN, e.message);
	return reg;
}

/* "<source root>/<rel>", malloc'd. */
static inline char *src_path(const char *rel)
{
	const char *root = getenv("XW_SOURCE_ROOT");
	char *p;

	cr_assert(root && *root, "XW_SOURCE_ROOT is not set; run the tests with meson test");
	p = malloc(strlen(root) + strlen(rel) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", root, rel);
	return p;
}

static inline char *data_path(const char *name)
{
	char rel[512];

	snprintf(rel, sizeof(rel), "tests/csv/data/%s", name);
	return src_path(rel);
}

/* A scratch folder; Criterion runs each test in its own process. */
static char scratch_dir[4096];

static inline const char *scratch(void)
{
	const char *t = getenv("TMPDIR");

	if (!scratch_dir[0]) {
		snprintf(scratch_dir, sizeof(scratch_dir), "%s/xw-csv-XXXXXX",
			 t && *t ? t : "/tmp");
		cr_assert(mkdtemp(scratch_dir) != NULL, "mkdtemp: %s", strerror(errno));
	}
	return scratch_dir;
}

/* Removes the scratch folder; a suite's .fini. It holds only files. */
static inline void scratch_remove(void)
{
	DIR *d = scratch_dir[0] ? opendir(scratch_dir) : NULL;
	struct dirent *ent;
	char path[8192];

	if (!d)
		return;
	while ((ent = readdir(d)))
		if (strcmp(ent->d_name, ".") != 0 && strcmp(ent->d_name, "..") != 0) {
			snprintf(path, sizeof(path), "%s/%s", scratch_dir, ent->d_name);
			unlink(path);
		}
	closedir(d);
	rmdir(scratch_dir);
}

/* "<scratch>/<name>", malloc'd. */
static inline char *tmp_path(const char *name)
{
	const char *dir = scratch();
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static inline char *slurp(const char *path, size_t *len)
{
	struct xw_error e;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, len, &e), 0,
		     "%s: %s", path, e.message);
	return buf;
}

/* Writes @len bytes to "<scratch>/<name>"; returns the path, malloc'd. */
static inline char *spit(const char *name, const char *data, size_t len)
{
	char *path = tmp_path(name);
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(path, data, len, &e), 0, "%s", e.message);
	return path;
}

/* Reads @path into @doc; @format NULL chooses by content. */
static inline int read_doc(struct xw_registry *reg, const char *path,
			   const char *format, struct xw_doc *doc,
			   struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, XW_DOC_NONE, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path,
			     struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_doc(reg, path, NULL, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
}

static inline void must_write(struct xw_registry *reg, const struct xw_doc *doc,
			      const char *path)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, doc, path, NULL, &e), 0, "%s: %s",
		     path, e.message);
}

/* The canonical YAML of @doc, malloc'd. */
static inline char *yaml_of(const struct xw_doc *doc)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_native_write(doc, &b);
	cr_assert(!b.failed && b.data);
	return b.data;
}

#define assert_bytes(a, alen, b, blen, what)                               \
	cr_assert((alen) == (blen) && memcmp((a), (b), (alen)) == 0,       \
		  "%s: %zu and %zu bytes differ", (what), (size_t)(alen),  \
		  (size_t)(blen))

#endif
