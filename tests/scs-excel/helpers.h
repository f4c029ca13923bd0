/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the scs-excel tests: the plugin loaded through the real
 * registry (SCS_PLUGIN is the built module's path, from meson), the
 * workbooks they read, and reading them. The shared fixtures come from
 * XW_SHARED_DATA; a test that needs them skips, saying so, when they are
 * not there. The hostile workbooks are made at build time in HOSTILE_DIR.
 */
#ifndef SCS_TEST_HELPERS_H
#define SCS_TEST_HELPERS_H

#include "xw_test.h"
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/framework.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* A fixture of the shared data's scs folder; skips the test without it. */
static inline char *shared_path(const char *name)
{
	char rel[256];

	snprintf(rel, sizeof(rel), "scs/%s", name);
	return shared(rel);
}

static inline char *synthetic_path(void)
{
	return src_path("tests/scs-excel/data/synthetic.xlsx");
}

static inline char *hostile_path(const char *name)
{
	char *p = malloc(strlen(HOSTILE_DIR) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", HOSTILE_DIR, name);
	cr_assert(access(p, R_OK) == 0, "%s is missing: make_hostile.py did not run", p);
	return p;
}

/* Reads @path as @kind (XW_DOC_NONE: as the host decides), by content. */
static inline int read_as(struct xw_registry *reg, const char *path,
			  enum xw_doc_kind kind, struct xw_doc *doc,
			  struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, NULL, kind, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path,
			     enum xw_doc_kind kind, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, kind, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	cr_assert(kind == XW_DOC_NONE || doc->kind == kind);
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

/* One file that must fail: its code and message ('*' as in glob()). */
struct refusal {
	const char *file;
	enum xw_doc_kind kind;
	int code;
	const char *message;
};

/* Reads @r's file by content, as xwalk does; it fails exactly as told. */
static inline void refused(struct xw_registry *reg, const struct refusal *r)
{
	char *path = hostile_path(r->file);
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_as(reg, path, r->kind, &doc, &e);

	cr_assert_eq(rc, r->code, "%s: %s (%s)", r->file, e.message, xw_strerror(rc));
	cr_assert(glob(r->message, e.message), "%s:\n  got  %s\n  want %s", r->file,
		  e.message, r->message);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	free(path);
}

static inline const struct xw_item *item(const struct xw_framework *fw,
					 const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert_neq(i, XW_NONE, "no item %s", id);
	return fw->items[i];
}

/* The item's Japanese text, never NULL. */
static inline const char *ja_text(const struct xw_item *it)
{
	return it->text.s[XW_LANG_JA] ? it->text.s[XW_LANG_JA] : "";
}

static inline const char *ja_title(const struct xw_item *it)
{
	return it->title.s[XW_LANG_JA] ? it->title.s[XW_LANG_JA] : "";
}

#endif
