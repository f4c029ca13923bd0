/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the jama-checksheet tests: the plugin loaded through the
 * real registry (JC_PLUGIN is the built module's path, from meson), the
 * two synthetic check sheets (data/checksheet.csv in the source tree,
 * checksheet.xlsx made from it at build time in XLSX_DIR), and small CSV
 * files written by a test into a temporary folder.
 */
#ifndef JC_TEST_HELPERS_H
#define JC_TEST_HELPERS_H

#include <criterion/criterion.h>
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/framework.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

static inline struct xw_registry *jc_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, JC_PLUGIN, &e), 0,
		     "cannot load %s: %s", JC_PLUGIN, e.message);
	return reg;
}

/* "@dir/@name", malloc'd. */
static inline char *join(const char *dir, const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static inline char *src_path(const char *rel)
{
	const char *root = getenv("XW_SOURCE_ROOT");

	cr_assert(root && *root, "XW_SOURCE_ROOT is not set; run the tests with meson test");
	return join(root, rel);
}

/* The synthetic check sheet: 0 the CSV, 1 the workbook. */
#define SHEETS 2
static inline char *sheet_path(int which)
{
	char *p = which ? join(XLSX_DIR, "checksheet.xlsx")
			: src_path("tests/jama-checksheet/data/checksheet.csv");

	cr_assert(access(p, R_OK) == 0, "%s is missing (make_xlsx.py runs at build time)", p);
	return p;
}

/* Reads @path as @kind, by content, as xwalk does. */
static inline int read_as(struct xw_registry *reg, const char *path,
			  enum xw_doc_kind kind, struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, NULL, kind, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path,
			     enum xw_doc_kind kind, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, kind, doc, &e), 0, "%s:%u:%u: %s", e.file,
		     e.line, e.column, e.message);
	cr_assert_eq(doc->kind, kind);
}

/* A temporary folder for files a test writes; remove_temp() empties it. */
static char temp_dir[4096] __attribute__((unused));

static inline void make_temp(void)
{
	const char *t = getenv("TMPDIR");

	snprintf(temp_dir, sizeof(temp_dir), "%s/xw-jama-XXXXXX", t && *t ? t : "/tmp");
	cr_assert(mkdtemp(temp_dir) != NULL, "mkdtemp: %s", strerror(errno));
}

/* The folder holds only files written by write_temp() with these names. */
static inline void remove_temp(const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		char *p = join(temp_dir, names[i]);

		unlink(p);
		free(p);
	}
	rmdir(temp_dir);
}

/* Writes @len bytes of @text to @name in the temporary folder; its path, malloc'd. */
static inline char *write_temp(const char *name, const char *text, size_t len)
{
	char *p = join(temp_dir, name);
	FILE *f = fopen(p, "wb");

	cr_assert_not_null(f, "%s: %s", p, strerror(errno));
	cr_assert_eq(fwrite(text, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
	return p;
}

static inline const struct xw_item *item(const struct xw_framework *fw, const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert_neq(i, XW_NONE, "no item %s", id);
	return fw->items[i];
}

static inline const char *or_empty(const char *s)
{
	return s ? s : "";
}

#endif
