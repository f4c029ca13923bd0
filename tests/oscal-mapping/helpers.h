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

#include "xw_test.h"
#include "xwalk/mapping.h"

#define PLUGIN "oscal-mapping"

/* A real document of shared/data/oscal-mapping; the test skips without it. */
static inline char *real_path(const char *name)
{
	char rel[512];

	snprintf(rel, sizeof(rel), "oscal-mapping/%s", name);
	return shared(rel);
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

#endif
