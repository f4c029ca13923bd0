/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the ciso-assistant tests: the plugin loaded through the
 * real registry (CA_PLUGIN is the built module's path, from meson), the
 * files they read (bundled data under XW_SOURCE_ROOT, intuitem's
 * libraries under XW_SHARED_DATA, skipped when missing) and written (the
 * scratch folder of xw_test.h, removed after each test by the suites). Everything is static inline so that a test file that
 * does not use a helper gets no warning.
 */
#ifndef CA_TEST_HELPERS_H
#define CA_TEST_HELPERS_H

#include "xw_test.h"
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/framework.h"
#include "xwalk/io.h"
#include "xwalk/mapping.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/*
 * Text made with printf's @fmt, in one of 8 static buffers used in turn:
 * paths and options live for a test without being freed.
 */
static inline const char *text_of(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
static inline const char *text_of(const char *fmt, ...)
{
	static char ring[8][4096];
	static unsigned next;
	char *buf = ring[next++ % 8];
	va_list ap;
	int n;

	va_start(ap, fmt);
	n = vsnprintf(buf, sizeof(ring[0]), fmt, ap);
	va_end(ap);
	cr_assert(n >= 0 && (size_t)n < sizeof(ring[0]));
	return buf;
}

/* "$VAR/REL"; the test skips when @must_exist and the file is not there. */
static inline const char *path_in(const char *var, const char *rel, bool must_exist)
{
	const char *root = getenv(var);
	const char *p;

	cr_assert(root && *root, "%s is not set; run the tests with meson test", var);
	p = text_of("%s/%s", root, rel);
	if (must_exist && access(p, R_OK) != 0)
		cr_skip_test("%s is not available; this test needs it", p);
	return p;
}

/* intuitem's library @name in XW_SHARED_DATA/ciso-assistant. */
static inline const char *intuitem(const char *name)
{
	return path_in("XW_SHARED_DATA", text_of("ciso-assistant/%s", name), true);
}

static inline const char *bundled(const char *rel)
{
	return path_in("XW_SOURCE_ROOT", rel, true);
}

/* A file @name in the scratch folder of this test process (xw_test.h). */
static inline const char *scratch_at(const char *name)
{
	return text_of("%s/%s", scratch(), name);
}

/* Reads @path with @format ("ciso-assistant:OPTIONS", "native" or NULL); the error is left in @e. */
static inline int read_as(struct xw_registry *reg, const char *path, const char *format,
			  enum xw_doc_kind want, struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	memset(doc, 0, sizeof(*doc));
	return xw_registry_read(reg, path, format, want, doc, e);
}

static inline void must_read(struct xw_registry *reg, const char *path, const char *format,
			     enum xw_doc_kind want, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, format, want, doc, &e), 0, "%s:%u:%u: %s", e.file, e.line,
		     e.column, e.message);
}

static inline void must_write(struct xw_registry *reg, const struct xw_doc *doc, const char *path)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, doc, path, "ciso-assistant", &e), 0, "%s: %s", path,
		     e.message);
}

/* @text written to the scratch file @name; returns its path. */
static inline const char *scratch_file(const char *name, const char *text)
{
	const char *path = scratch_at(name);
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(path, text, strlen(text), &e), 0, "%s", e.message);
	return path;
}

#endif
