/* SPDX-License-Identifier: MIT */
#ifndef XWALK_CATALOG_H
#define XWALK_CATALOG_H

/**
 * A catalog: the documents loaded together (bundled data, or the files
 * named on a command line), looked up by framework id.
 *
 * Ownership: the catalog owns the documents added to it.
 */

#include <stddef.h>

#include "xwalk/native.h"
#include "xwalk/registry.h"

struct xw_catalog {
	struct xw_doc *docs;
	size_t n_docs;
};

/** Called once per problem; loading goes on with the next file. */
typedef void (*xw_report_fn)(void *ctx, const struct xw_error *e);

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

/** The framework with @id, or NULL. With several versions, the first loaded. */
const struct xw_framework *xw_catalog_framework(const struct xw_catalog *cat,
						const char *id);

#endif
