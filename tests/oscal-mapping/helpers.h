/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the oscal-mapping tests: the plugin loaded through the real
 * registry (OSCAL_MAPPING_PLUGIN is the built module's path, from meson),
 * files in a scratch folder, the real documents of XW_SHARED_DATA, and
 * what the plugin prints on stderr. Everything is static inline so a test
 * file that does not use a helper gets no warning.
 */
#ifndef OSCAL_MAPPING_TEST_HELPERS_H
#define OSCAL_MAPPING_TEST_HELPERS_H

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

#define PLUGIN "oscal-mapping"

static inline struct xw_registry *omap_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, OSCAL_MAPPING_PLUGIN, &e), 0,
		     "cannot load %s: %s", OSCAL_MAPPING_PLUGIN, e.message);
	return reg;
}

/* "<root>/<rel>" for the folder named by environment variable @var, malloc'd. */
static inline char *under(const char *var, const char *rel)
{
	const char *root = getenv(var);
	char *p;

	cr_assert(root && *root, "%s is not set; run the tests with meson test", var);
	p = malloc(strlen(root) + strlen(rel) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", root, rel);
	return p;
}

static inline char *src_path(const char *rel)
{
	return under("XW_SOURCE_ROOT", rel);
}

/* A real document of shared/data/oscal-mapping; the test skips without it. */
static inline char *real_path(const char *name)
{
	char rel[512], *p;

	snprintf(rel, sizeof(rel), "oscal-mapping/%s", name);
	p = under("XW_SHARED_DATA", rel);
	if (access(p, R_OK) != 0)
		cr_skip_test("%s is not available (XW_SHARED_DATA=%s); the tests of "
			     "real documents need it", p, getenv("XW_SHARED_DATA"));
	return p;
}

/* A scratch folder; Criterion runs each test in its own process. */
static char scratch_dir[4096];

static inline const char *scratch(void)
{
	const char *t = getenv("TMPDIR");

	if (!scratch_dir[0]) {
		snprintf(scratch_dir, sizeof(scratch_dir), "%s/xw-omap-XXXXXX",
			 t && *t ? t : "/tmp");
		cr_assert(mkdtemp(scratch_dir) != NULL, "mkdtemp: %s", strerror(errno));
	}
	return scratch_dir;
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

/* Reads @path with @format (NULL: by content) into @doc. */
static inline int read_doc(struct xw_registry *reg, const char *path, const char *format,
			   struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, XW_DOC_NONE, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path, const char *format,
			     struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_doc(reg, path, format, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
}

static inline int write_doc(struct xw_registry *reg, const struct xw_doc *doc,
			    const char *path, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_write(reg, doc, path, PLUGIN, e);
}

static inline void must_write(struct xw_registry *reg, const struct xw_doc *doc,
			      const char *path)
{
	struct xw_error e;

	cr_assert_eq(write_doc(reg, doc, path, &e), 0, "%s: %s", path, e.message);
}

/* The canonical YAML of @doc, malloc'd. */
static inline char *yaml_of(const struct xw_doc *doc)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_native_write(doc, &b);
	cr_assert(!b.failed && b.data);
	return b.data;
}

/* The canonical YAML of the native file at @path, malloc'd. */
static inline char *canonical(struct xw_registry *reg, const char *path)
{
	struct xw_doc doc;
	char *y;

	must_read(reg, path, NULL, &doc);
	y = yaml_of(&doc);
	xw_doc_clear(&doc);
	return y;
}

/* Sends stderr to a scratch file until capture_end(), which returns what came, malloc'd. */
static int saved_stderr = -1;

static inline void capture_begin(void)
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

static inline char *capture_end(void)
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

#define assert_bytes(a, alen, b, blen, what)                               \
	cr_assert((alen) == (blen) && memcmp((a), (b), (alen)) == 0,       \
		  "%s: %zu and %zu bytes differ", (what), (size_t)(alen),  \
		  (size_t)(blen))

#endif
