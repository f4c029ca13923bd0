/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the iso27001-soa tests: the plugin loaded through the real
 * registry (SOA_PLUGIN is the built module's path, from meson), the
 * fixtures in tests/iso27001-soa/data, reading them and comparing what
 * they give with native YAML. Everything is static inline so a test file
 * that does not use a helper gets no warning.
 */
#ifndef SOA_TEST_HELPERS_H
#define SOA_TEST_HELPERS_H

#include "xw_test.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/buf.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* A registry holding the plugin, and the plugins of @others (paths) too. */
static inline struct xw_registry *soa_registry_with(const char *const *others)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, SOA_PLUGIN, &e), 0,
		     "cannot load %s: %s", SOA_PLUGIN, e.message);
	for (; others && *others; others++)
		cr_assert_eq(xw_registry_load_file(reg, *others, &e), 0,
			     "cannot load %s: %s", *others, e.message);
	return reg;
}

static inline struct xw_registry *soa_registry(void)
{
	return soa_registry_with(NULL);
}

static inline char *data_path(const char *name)
{
	char rel[512];

	snprintf(rel, sizeof(rel), "tests/iso27001-soa/data/%s", name);
	return src_path(rel);
}

/* Reads @path as the host does: by content, or with @format; as an assessment. */
static inline int read_as(struct xw_registry *reg, const char *path,
			  const char *format, struct xw_doc *doc,
			  struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, XW_DOC_ASSESSMENT, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path,
			     struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, NULL, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	cr_assert_eq(doc->kind, XW_DOC_ASSESSMENT);
}

/* The data file @soa reads as the same assessment as native @yaml. */
static inline void same_as_yaml(const char *soa, const char *yaml)
{
	struct xw_registry *reg = soa_registry();
	char *a = data_path(soa), *b = data_path(yaml);
	struct xw_doc x, y;
	struct xw_error e;
	char *xs, *ys;

	must_read(reg, a, &x);
	xw_error_clear(&e);
	cr_assert_eq(xw_native_load(b, &y, &e), 0, "%s: %s", yaml, e.message);
	xs = yaml_of(&x);
	ys = yaml_of(&y);
	cr_assert_str_eq(xs, ys, "%s reads as\n%s\nbut %s says\n%s", soa, xs, yaml, ys);
	free(xs);
	free(ys);
	xw_doc_clear(&x);
	xw_doc_clear(&y);
	free(a);
	free(b);
	xw_registry_free(reg);
}

#endif
