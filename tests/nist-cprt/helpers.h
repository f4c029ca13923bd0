/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the nist-cprt tests: the plugin loaded through the real
 * registry (CPRT_PLUGIN is the built module's path, from meson), the
 * files they read (NIST's exports under XW_SHARED_DATA, skipped when
 * missing; the bundled catalogs under XW_SOURCE_ROOT; our synthetic
 * exports in FIXTURE_DIR), and reading them. Everything is static inline
 * so that a test file that does not use a helper gets no warning.
 */
#ifndef CPRT_TEST_HELPERS_H
#define CPRT_TEST_HELPERS_H

#include "xw_test.h"
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/framework.h"
#include "xwalk/mapping.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* NIST's two exports: as collected in csf/, and the later one in mappings/. */
#define EXPORT_2025 "csf/csf2-cprt-export-2025-06-02.xlsx"
#define EXPORT_2026 "mappings/NIST_CSF_2.0_reference_tool_export.xlsx"

#define ISO "nist-cprt:target=iso27001-2022"
#define SP "nist-cprt:target=nist-sp800-53-r5"

static inline struct xw_registry *cprt_registry(void)
{
	static const char *const modules[] = { CPRT_PLUGIN };

	return registry_with(modules, 1);
}

/* One of our synthetic exports, made at build time. */
static inline char *fixture(const char *name)
{
	char *p = malloc(strlen(FIXTURE_DIR) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", FIXTURE_DIR, name);
	cr_assert(access(p, R_OK) == 0, "%s is missing: make_fixtures.py did not run", p);
	return p;
}

/* Reads @path with @format ("native", "nist-cprt:...", NULL: by content) as @kind. */
static inline int read_as(struct xw_registry *reg, const char *path, const char *format,
			  enum xw_doc_kind kind, struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, kind, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path, const char *format,
			     enum xw_doc_kind kind, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, format, kind, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	cr_assert_eq(doc->kind, kind);
}

/* The export at @path as the framework, chosen by content. */
static inline struct xw_framework *framework_of(struct xw_registry *reg, const char *path,
						 struct xw_doc *doc)
{
	must_read(reg, path, NULL, XW_DOC_FRAMEWORK, doc);
	return doc->framework;
}

/* The export at @path as a mapping set, read with @format ("nist-cprt:target=..."). */
static inline struct xw_mapping *mapping_of(struct xw_registry *reg, const char *path,
					    const char *format, struct xw_doc *doc)
{
	must_read(reg, path, format, XW_DOC_MAPPING, doc);
	return doc->mapping;
}

/* A bundled file of the source tree (@rel), read natively. */
static inline struct xw_doc bundled(struct xw_registry *reg, const char *rel,
				    enum xw_doc_kind kind)
{
	char *path = src_path(rel);
	struct xw_doc doc;

	must_read(reg, path, "native", kind, &doc);
	free(path);
	return doc;
}

/* The item @id of @fw, which must exist. */
static inline const struct xw_item *item(const struct xw_framework *fw, const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert_neq(i, XW_NONE, "no item '%s' in %s", id, fw->id);
	return fw->items[i];
}

/* A text in English, "" when there is none. */
static inline const char *en(const struct xw_ltext *t)
{
	return t->s[XW_LANG_EN] ? t->s[XW_LANG_EN] : "";
}

static inline const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

static inline bool same_list(const struct xw_strlist *a, const struct xw_strlist *b)
{
	if (a->n != b->n)
		return false;
	for (size_t i = 0; i < a->n; i++)
		if (strcmp(a->v[i], b->v[i]) != 0)
			return false;
	return true;
}

/* @s matches @pattern, where '*' stands for any run of characters. */
static inline int glob(const char *pattern, const char *s)
{
	if (*pattern == '*')
		return glob(pattern + 1, s) || (*s && glob(pattern, s + 1));
	if (!*pattern)
		return !*s;
	return *pattern == *s && glob(pattern + 1, s + 1);
}

#endif
