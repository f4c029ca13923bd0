/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the olir tests: the plugin loaded through the real registry
 * (OLIR_PLUGIN is the built module's path, from meson), a scratch folder,
 * NIST's real workbook under XW_SHARED_DATA (tests skip without it), the
 * synthetic workbooks made at build time (FIXTURE_DIR) and the canonical
 * YAML of what is read. Everything is static inline so that a test file
 * that does not use a helper gets no warning.
 */
#ifndef OLIR_TEST_HELPERS_H
#define OLIR_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/io.h"
#include "xwalk/mapping.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

#define NIST_WORKBOOK \
	"mappings/Cybersecurity_Framework_v2-0_Concept_Crosswalk_800-53_5_2_0_draft.xlsx"
#define NIST_CSV "mappings/csf2_to_sp800-53r5.2.0_concept_crosswalk.csv"
#define NIST_FORMAT "olir:source=nist-csf-2.0,target=nist-sp800-53-r5,target-version=5.2.0"

static inline struct xw_registry *olir_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, OLIR_PLUGIN, &e), 0,
		     "cannot load %s: %s", OLIR_PLUGIN, e.message);
	return reg;
}

/* "<$var>/<rel>", malloc'd; NULL when the variable is unset. */
static inline char *under(const char *var, const char *rel)
{
	const char *root = getenv(var);
	char *p;

	if (!root || !*root)
		return NULL;
	p = malloc(strlen(root) + strlen(rel) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", root, rel);
	return p;
}

/* A file of NIST's under XW_SHARED_DATA; skips the test without it. */
static inline char *shared(const char *rel)
{
	char *p = under("XW_SHARED_DATA", rel);

	if (!p || access(p, R_OK) != 0)
		cr_skip_test("%s is not available (XW_SHARED_DATA=%s); the tests of "
			     "NIST's real files are skipped", rel,
			     getenv("XW_SHARED_DATA") ? getenv("XW_SHARED_DATA") : "unset");
	return p;
}

static inline char *src_path(const char *rel)
{
	char *p = under("XW_SOURCE_ROOT", rel);

	cr_assert(p, "XW_SOURCE_ROOT is not set; run the tests with meson test");
	return p;
}

/* One of the synthetic workbooks made at build time by make_fixtures.py. */
static inline char *fixture(const char *name)
{
	char *p = malloc(strlen(FIXTURE_DIR) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", FIXTURE_DIR, name);
	cr_assert(access(p, R_OK) == 0, "%s is missing: make_fixtures.py did not run", p);
	return p;
}

/* A scratch folder; Criterion runs each test in its own process. */
static char scratch_dir[4096];

static inline char *tmp_path(const char *name)
{
	const char *t = getenv("TMPDIR");
	char *p;

	if (!scratch_dir[0]) {
		snprintf(scratch_dir, sizeof(scratch_dir), "%s/xw-olir-XXXXXX",
			 t && *t ? t : "/tmp");
		cr_assert(mkdtemp(scratch_dir) != NULL, "mkdtemp: %s", strerror(errno));
	}
	p = malloc(strlen(scratch_dir) + strlen(name) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", scratch_dir, name);
	return p;
}

/* Removes the scratch folder, which holds only files; a suite's .fini. */
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

static inline char *slurp(const char *path, size_t *len)
{
	struct xw_error e;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, len, &e), 0,
		     "%s: %s", path, e.message);
	return buf;
}

/* Writes @text to "<scratch>/<name>"; returns the path, malloc'd. */
static inline char *spit(const char *name, const char *text)
{
	char *path = tmp_path(name);
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(path, text, strlen(text), &e), 0, "%s", e.message);
	return path;
}

/* Reads @path with @format (NULL: by content) as a mapping set. */
static inline int read_set(struct xw_registry *reg, const char *path, const char *format,
			   struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, XW_DOC_MAPPING, doc, e);
}

static inline struct xw_mapping *must_read(struct xw_registry *reg, const char *path,
					   const char *format, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_set(reg, path, format, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	return doc->mapping;
}

static inline void must_write(struct xw_registry *reg, const struct xw_doc *doc,
			      const char *path, const char *format)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, doc, path, format, &e), 0, "%s: %s",
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

/* The canonical YAML of what @path reads as with @format. */
static inline char *yaml_read(struct xw_registry *reg, const char *path, const char *format)
{
	struct xw_doc doc;
	char *y;

	must_read(reg, path, format, &doc);
	y = yaml_of(&doc);
	xw_doc_clear(&doc);
	return y;
}

/* Sends stderr to a scratch file until stderr_end(), which returns what came, malloc'd. */
static int saved_stderr = -1;

static inline void stderr_begin(void)
{
	char *path = tmp_path("stderr.txt");
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	cr_assert(fd >= 0);
	fflush(stderr);
	saved_stderr = dup(2);
	cr_assert(saved_stderr >= 0 && dup2(fd, 2) == 2);
	close(fd);
	free(path);
}

static inline char *stderr_end(void)
{
	char *path = tmp_path("stderr.txt"), *text;
	size_t len;

	fflush(stderr);
	cr_assert(dup2(saved_stderr, 2) == 2);
	close(saved_stderr);
	text = slurp(path, &len);
	free(path);
	return text;
}

#endif
