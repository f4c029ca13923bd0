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

#include "xw_test.h"
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/framework.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* "@dir/@name", malloc'd. */
static inline char *join(const char *dir, const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
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
