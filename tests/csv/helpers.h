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

#include "xw_test.h"

static inline char *data_path(const char *name)
{
	char rel[512];

	snprintf(rel, sizeof(rel), "tests/csv/data/%s", name);
	return src_path(rel);
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

#endif
