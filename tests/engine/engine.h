/* SPDX-License-Identifier: MIT */
/*
 * Helpers shared by the engine tests: loading fixture catalogs from
 * tests/engine/data, finding items and the links, pairs and results
 * about them. Everything is static inline so a test file that does not
 * use a helper gets no warning.
 */
#ifndef XW_ENGINE_TEST_H
#define XW_ENGINE_TEST_H

#include <criterion/criterion.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/catalog.h"
#include "xwalk/links.h"
#include "xwalk/relation.h"

static inline void eng_report(void *ctx, const struct xw_error *e)
{
	char msg[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32];

	xw_error_format(e, msg, sizeof(msg));
	cr_log_error("loading a fixture: %s", msg);
	(*(size_t *)ctx)++;
}

/* "<source root>/tests/engine/data/<rel>" into @buf. */
static inline const char *eng_data(char *buf, size_t size, const char *rel)
{
	const char *root = getenv("XW_SOURCE_ROOT");
	int n;

	cr_assert(root && *root, "XW_SOURCE_ROOT is not set; run the tests through meson test");
	n = snprintf(buf, size, "%s/tests/engine/data/%s", root, rel);
	cr_assert(n > 0 && (size_t)n < size, "path too long: %s", rel);
	return buf;
}

/*
 * A catalog of the fixture frameworks (s, t, m) and the files or folders
 * named (relative to tests/engine/data), NULL-terminated. Any loading
 * problem fails the test.
 */
static inline struct xw_catalog *eng_catalog(const char *first, ...)
{
	struct xw_catalog *cat;
	struct xw_error e;
	char path[4096];
	size_t problems = 0;
	va_list ap;

	cr_assert_eq(xw_catalog_new(&cat, &e), 0);
	xw_catalog_load_path(cat, NULL, eng_data(path, sizeof(path), "frameworks"),
			     eng_report, &problems);
	va_start(ap, first);
	for (const char *rel = first; rel; rel = va_arg(ap, const char *))
		xw_catalog_load_path(cat, NULL, eng_data(path, sizeof(path), rel),
				     eng_report, &problems);
	va_end(ap);
	cr_assert_eq(problems, 0, "the fixtures did not load cleanly");
	return cat;
}

static inline const struct xw_framework *eng_fw(const struct xw_catalog *cat,
						const char *id)
{
	const struct xw_framework *fw = xw_catalog_framework(cat, id);

	cr_assert(fw != NULL, "fixture framework '%s' is not loaded", id);
	return fw;
}

/* Index of item @id, which must exist. */
static inline size_t eng_item(const struct xw_framework *fw, const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert(i != XW_NONE, "%s has no item '%s'", fw->id, id);
	return i;
}

/* The link to item @id from row @row, or NULL; asserts it is unique. */
static inline const struct xw_link *eng_link(const struct xw_links *l,
					     const char *id, const char *row)
{
	size_t i = eng_item(l->to, id);
	const struct xw_link *found = NULL;

	for (size_t k = l->first[i]; k < l->first[i] + l->count[i]; k++) {
		cr_assert_eq(l->v[k].item, i, "links of %s are not indexed right", id);
		if (strcmp(l->v[k].row->id, row) == 0) {
			cr_assert(found == NULL, "two links from row %s to %s", row, id);
			found = &l->v[k];
		}
	}
	return found;
}

/* Same, asserting that the link exists. */
static inline const struct xw_link *eng_link_ok(const struct xw_links *l,
						const char *id, const char *row)
{
	const struct xw_link *k = eng_link(l, id, row);

	cr_assert(k != NULL, "no link from row %s to %s", row, id);
	return k;
}

/* True when the list holds exactly the ids given, in order (NULL-terminated). */
static inline bool eng_ids_are(const struct xw_strlist *l, ...)
{
	va_list ap;
	size_t n = 0;
	bool ok = true;

	va_start(ap, l);
	for (const char *s = va_arg(ap, const char *); s; s = va_arg(ap, const char *)) {
		if (n >= l->n || strcmp(l->v[n], s) != 0)
			ok = false;
		n++;
	}
	va_end(ap);
	return ok && n == l->n;
}

/* Asserts the relation mask @got is @want, printing both as sets. */
#define eng_assert_rel(got, want)                                             \
	do {                                                                  \
		char g_[32], w_[32];                                          \
		xw_rel gv_ = (got), wv_ = (want);                             \
		cr_assert_eq(gv_, wv_, "relation %s, expected %s",            \
			     xw_rel_name(gv_, g_), xw_rel_name(wv_, w_));     \
	} while (0)

#endif
