/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the oscal plugin tests: the plugin loaded through the real
 * registry (OSCAL_PLUGIN is the built module's path, from meson), the
 * paths of our fixtures and of the real NIST files, and reading a file
 * as a framework. Everything is static inline so that a test file that
 * does not use a helper gets no warning.
 */
#ifndef OSCAL_TEST_HELPERS_H
#define OSCAL_TEST_HELPERS_H

#include "xw_test.h"
#include <criterion/redirect.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/framework.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* What reading an OSCAL profile as a framework says. */
#define PROFILE_REFUSED \
	"an OSCAL profile, which selects controls of a catalog: read the catalog as " \
	"the framework and this file as its profiles (xwalk convert CATALOG OUT " \
	"--profiles FILE)"

/* One of our fixtures in tests/oscal/data. */
static inline char *fixture(const char *name)
{
	char rel[512];

	snprintf(rel, sizeof(rel), "tests/oscal/data/%s", name);
	return src_path(rel);
}

/* Reads @path with format chosen by content; returns the code. */
static inline int read_doc(struct xw_registry *reg, const char *path,
			   struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, NULL, XW_DOC_NONE, doc, e);
}

/* Reads @path, which must be a framework. */
static inline struct xw_framework *must_read(struct xw_registry *reg,
					     const char *path, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_doc(reg, path, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	cr_assert_eq(doc->kind, XW_DOC_FRAMEWORK);
	return doc->framework;
}

/* Reads @path as profiles of @fw; returns the code. */
static inline int read_profiles(struct xw_registry *reg, const char *path,
				struct xw_framework *fw, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read_profiles(reg, path, NULL, fw, e);
}

/* Reads @path as profiles of @fw, which must work. */
static inline void must_read_profiles(struct xw_registry *reg, const char *path,
				      struct xw_framework *fw)
{
	struct xw_error e;

	cr_assert_eq(read_profiles(reg, path, fw, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
}

/* The profile @id of @fw, which must exist. */
static inline const struct xw_profile *profile(const struct xw_framework *fw,
					       const char *id)
{
	size_t p = xw_framework_profile(fw, id);

	cr_assert_neq(p, XW_NONE, "no profile '%s' in %s", id, fw->id);
	return fw->profiles[p];
}

/* How many items of @fw name profile @id themselves. */
static inline size_t direct_members(const struct xw_framework *fw, const char *id)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		for (size_t k = 0; k < fw->items[i]->profile_ids.n; k++)
			n += strcmp(fw->items[i]->profile_ids.v[k], id) == 0;
	return n;
}

/* "file:line:col: message" of @e, as the CLI prints it. */
static inline const char *error_text(const struct xw_error *e)
{
	static char buf[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32];

	xw_error_format(e, buf, sizeof(buf));
	return buf;
}

/* The item @id of @fw, which must exist. */
static inline const struct xw_item *item(const struct xw_framework *fw,
					 const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert_neq(i, XW_NONE, "no item '%s' in %s", id, fw->id);
	return fw->items[i];
}

static inline const char *en(const struct xw_ltext *t)
{
	return t->s[XW_LANG_EN] ? t->s[XW_LANG_EN] : "(none)";
}

#endif
