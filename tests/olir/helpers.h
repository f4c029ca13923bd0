/* SPDX-License-Identifier: MIT */
/*
 * Helpers for the olir tests: the plugin loaded through the real registry
 * (OLIR_PLUGIN is the built module's path, from meson), a scratch folder,
 * NIST's real workbook under XW_SHARED_DATA (tests skip without it), the
 * synthetic workbooks made at build time (FIXTURE_DIR) and the canonical
 * YAML of what is read. Everything is static inline so that a test file
 * that does not use a helper gets no warning.
 */
#ifndef OLIR_TEST_HELPERS_H
#define OLIR_TEST_HELPERS_H

#include "xw_test.h"
#include "xwalk/mapping.h"

#define NIST_WORKBOOK \
	"mappings/Cybersecurity_Framework_v2-0_Concept_Crosswalk_800-53_5_2_0_draft.xlsx"
#define NIST_CSV "mappings/csf2_to_sp800-53r5.2.0_concept_crosswalk.csv"
#define NIST_FORMAT "olir:source=nist-csf-2.0,target=nist-sp800-53-r5,target-version=5.2.0"

/* One of the synthetic workbooks made at build time by make_fixtures.py. */
static inline char *fixture(const char *name)
{
	char *p = malloc(strlen(FIXTURE_DIR) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", FIXTURE_DIR, name);
	cr_assert(access(p, R_OK) == 0, "%s is missing: make_fixtures.py did not run", p);
	return p;
}

/* Reads @path with @format (NULL: by content) as a mapping set. */
static inline int read_set(struct xw_registry *reg, const char *path, const char *format,
			   struct xw_doc *doc, struct xw_error *e)
{
	xw_error_clear(e);
	return xw_registry_read(reg, path, format, XW_DOC_MAPPING, doc, e);
}

static inline struct xw_mapping *must_read(struct xw_registry *reg, const char *path,
					   const char *format, struct xw_doc *doc)
{
	struct xw_error e;

	cr_assert_eq(read_set(reg, path, format, doc, &e), 0, "%s:%u:%u: %s",
		     e.file, e.line, e.column, e.message);
	return doc->mapping;
}

static inline void must_write(struct xw_registry *reg, const struct xw_doc *doc,
			      const char *path, const char *format)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, doc, path, format, &e), 0, "%s: %s",
		     path, e.message);
}

/* The canonical YAML of what @path reads as with @format. */
static inline char *yaml_read(struct xw_registry *reg, const char *path, const char *format)
{
	struct xw_doc doc;
	char *y;

	must_read(reg, path, format, &doc);
	y = yaml_of(&doc);
	xw_doc_clear(&doc);
	return y;
}

#endif
