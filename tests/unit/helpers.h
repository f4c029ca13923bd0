/* SPDX-License-Identifier: MIT */
/*
 * Small helpers shared by the unit tests: where the source tree and the
 * fixtures are, scratch folders, reading files, and loading documents
 * from strings. Everything is static inline so a test file that does not
 * use a helper gets no warning.
 */
#ifndef XW_TEST_HELPERS_H
#define XW_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <time.h>
#include <unistd.h>

#include "xwalk/error.h"
#include "xwalk/io.h"
#include "xwalk/native.h"

/* The source tree; set by tests/meson.build. */
static inline const char *src_root(void)
{
	const char *r = getenv("XW_SOURCE_ROOT");

	cr_assert(r && *r, "XW_SOURCE_ROOT is not set; run the tests through meson test");
	return r;
}

/* "<source root>/<rel>" into @buf. */
static inline const char *src_path(char *buf, size_t size, const char *rel)
{
	int n = snprintf(buf, size, "%s/%s", src_root(), rel);

	cr_assert(n > 0 && (size_t)n < size, "path too long: %s", rel);
	return buf;
}

/* "<source root>/tests/unit/data/<name>" into @buf. */
static inline const char *data_path(char *buf, size_t size, const char *name)
{
	int n = snprintf(buf, size, "%s/tests/unit/data/%s", src_root(), name);

	cr_assert(n > 0 && (size_t)n < size, "path too long: %s", name);
	return buf;
}

/* A fresh scratch folder under $TMPDIR or /tmp; remove it with rm_tree(). */
static inline void make_tmpdir(char buf[4096])
{
	const char *t = getenv("TMPDIR");

	snprintf(buf, 4096, "%s/xw-unit-XXXXXX", t && *t ? t : "/tmp");
	cr_assert(mkdtemp(buf) != NULL, "mkdtemp: %s", strerror(errno));
}

/* Removes a folder of plain files (no recursion needed by the tests). */
static inline void rm_tree(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	char p[4096 + 256 + 2];

	if (!d)
		return;
	while ((e = readdir(d)) != NULL) {
		if (strcmp(e->d_name, ".") == 0 || strcmp(e->d_name, "..") == 0)
			continue;
		snprintf(p, sizeof(p), "%s/%s", dir, e->d_name);
		unlink(p);
	}
	closedir(d);
	rmdir(dir);
}

/* Number of entries in @dir other than . and .. */
static inline size_t dir_entries(const char *dir)
{
	DIR *d = opendir(dir);
	struct dirent *e;
	size_t n = 0;

	cr_assert(d != NULL, "opendir %s: %s", dir, strerror(errno));
	while ((e = readdir(d)) != NULL)
		if (strcmp(e->d_name, ".") != 0 && strcmp(e->d_name, "..") != 0)
			n++;
	closedir(d);
	return n;
}

/* Writes @len bytes of @data to @path with stdio; asserts on failure. */
static inline void put_file(const char *path, const void *data, size_t len)
{
	FILE *f = fopen(path, "wb");

	cr_assert(f != NULL, "fopen %s: %s", path, strerror(errno));
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
}

/* Reads a whole file with the library's reader; asserts on failure. */
static inline char *slurp(const char *path, size_t *len)
{
	struct xw_error e;
	char *buf;
	size_t n;
	int rc;

	xw_error_clear(&e);
	rc = xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &n, &e);
	cr_assert_eq(rc, 0, "reading %s: %s", path, e.message);
	if (len)
		*len = n;
	return buf;
}

/* Reads a native document from a string. Returns the error code. */
static inline int read_str(const char *text, struct xw_doc *doc,
			   struct xw_error *e)
{
	xw_error_clear(e);
	return xw_native_read("t.yaml", text, strlen(text), doc, e);
}

/* Reads a native document from a string and asserts that it worked. */
static inline void read_ok(const char *text, struct xw_doc *doc)
{
	struct xw_error e;
	int rc = read_str(text, doc, &e);

	cr_assert_eq(rc, 0, "expected success, got %d: %s:%u:%u: %s", rc,
		     e.file, e.line, e.column, e.message);
}

/* Asserts that @hay contains @needle, with a readable message. */
#define assert_has(hay, needle)                                               \
	cr_assert(strstr((hay), (needle)) != NULL,                            \
		  "expected \"%s\" in \"%s\"", (needle), (hay))

/* Seconds of wall time since @t0. */
static inline double elapsed_since(const struct timespec *t0)
{
	struct timespec t1;

	clock_gettime(CLOCK_MONOTONIC, &t1);
	return (double)(t1.tv_sec - t0->tv_sec) +
	       (double)(t1.tv_nsec - t0->tv_nsec) / 1e9;
}

#endif
