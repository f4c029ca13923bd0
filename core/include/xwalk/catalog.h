/* SPDX-License-Identifier: MIT */
#ifndef XWALK_CATALOG_H
#define XWALK_CATALOG_H

/**
 * A catalog: the documents loaded together (bundled data, or the files
 * named on a command line), looked up by framework id.
 *
 * Ownership: the catalog owns the documents added to it.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/native.h"
#include "xwalk/registry.h"

/** Called once per problem; loading goes on with the next file. */
typedef void (*xw_report_fn)(void *ctx, const struct xw_error *e);

/**
 * A file the catalog knows by its header but has not loaded yet: which
 * kind it is, and which framework or which two frameworks it is about.
 */
struct xw_catalog_stub {
	char *path;
	enum xw_doc_kind kind;   /* XW_DOC_NONE when the header could not be read */
	char *id;                /* framework id, or NULL */
	char *source, *target;   /* mapping set ends, or NULL */
	bool loaded;
};

struct xw_catalog {
	struct xw_doc *docs;
	size_t n_docs;
	struct xw_catalog_stub *stubs;
	size_t n_stubs;
	/* for loads on demand: where problems go, and a hook that sees each
	 * framework as it is loaded (the CLI lays official text over it) */
	xw_report_fn report;
	void *report_ctx;
	void (*on_framework)(void *ctx, struct xw_framework *fw);
};

int xw_catalog_new(struct xw_catalog **out, struct xw_error *err);
/** Accepts NULL. */
void xw_catalog_free(struct xw_catalog *cat);

/** Takes over @doc (left empty). Errors: XW_ENOMEM. */
int xw_catalog_add(struct xw_catalog *cat, struct xw_doc *doc,
		   struct xw_error *err);

/**
 * Loads @path: a file (native, or through @reg's plugins when @reg is
 * not NULL), or a folder, whose *.yaml and *.yml files are loaded in name
 * order, recursively. Returns the number of files that failed; each
 * failure is reported through @report.
 */
size_t xw_catalog_load_path(struct xw_catalog *cat, struct xw_registry *reg,
			    const char *path, xw_report_fn report, void *ctx);

/** Loads frameworks/ and mappings/ of every data folder (xwalk/paths.h). */
size_t xw_catalog_load_bundled(struct xw_catalog *cat, xw_report_fn report,
			       void *ctx);

/**
 * Knows the bundled files by their headers only (a few events each), so
 * that a verb loads just what it needs with the calls below. Problems
 * of later loads go to @report.
 */
void xw_catalog_index_bundled(struct xw_catalog *cat, xw_report_fn report,
			      void *ctx);
/** Loads the indexed framework @id (and any file whose header is unreadable). */
void xw_catalog_need_framework(struct xw_catalog *cat, const char *id);
/** Loads the indexed mapping sets between @a and @b, either direction. */
void xw_catalog_need_sets(struct xw_catalog *cat, const char *a, const char *b);
/** Loads every indexed file. */
void xw_catalog_need_all(struct xw_catalog *cat);

/** The framework with @id, or NULL. With several versions, the first loaded. */
const struct xw_framework *xw_catalog_framework(const struct xw_catalog *cat,
						const char *id);

#endif
