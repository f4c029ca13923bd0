/* SPDX-License-Identifier: MIT */
#ifndef XWALK_REGISTRY_H
#define XWALK_REGISTRY_H

/**
 * The plugin registry: loads plugins with dlopen(RTLD_NOW | RTLD_LOCAL),
 * checks their descriptors, and routes reading and writing of files
 * through them.
 *
 * Search order (first plugin of a name wins): the directories given with
 * --plugin-dir, then XWALK_PLUGIN_PATH (colon-separated), then the
 * build tree's plugins when xwalk runs from its build tree, then the
 * install directory. A plugin that fails to load is recorded as a
 * problem, with its own message, and the others still load.
 *
 * A module with a manifest (MODULE.manifest beside it, written at build
 * time; docs/plugins.md) is only known at first, not loaded: it is
 * loaded when it is needed, by name or because it may read a file, and
 * only then can it fail. A module without one is loaded at once.
 */

#include <stddef.h>

#include "xwalk/buf.h"
#include "xwalk/error.h"
#include "xwalk/native.h"
#include "xwalk/plugin.h"

struct xw_plugin {
	char *path;
	void *handle;
	struct xw_plugin_descriptor desc;  /* copy, zero-filled past the plugin's size */
	void *state;
	unsigned rank;                     /* its place in the search path */
	unsigned contents;                 /* XW_CONTENT_* it probes (xwalk/content.h) */
};

struct xw_manifest;   /* a module known from its manifest, not loaded yet */

struct xw_registry {
	struct xw_plugin *plugins;         /* loaded, in search path order */
	size_t n_plugins;
	struct xw_manifest *known;         /* known, to load when needed */
	size_t n_known;
	unsigned n_ranked;                 /* modules met so far */
	struct xw_error *problems;         /* plugins that failed to load */
	size_t n_problems;
	/* Optional: told of each problem as it is recorded, which for a
	 * plugin loaded when needed is long after xw_registry_load_*(). */
	void (*on_problem)(void *ctx, const struct xw_error *e);
	void *on_problem_ctx;
};

int xw_registry_new(struct xw_registry **out, struct xw_error *err);
/** Calls every plugin's fini(), unloads them, frees @reg. Accepts NULL. */
void xw_registry_free(struct xw_registry *reg);

/**
 * Loads the plugin at @path. Errors (XW_EPLUGIN), each with its own
 * message: the module does not load; it has no entry function; the entry
 * returns no descriptor; the descriptor is shorter than ABI 1.0's; the
 * ABI major differs; init() fails; init() or fini() crashes (found out
 * first in a child process, so the caller lives on). XW_EINVAL when a
 * plugin of the same name is already loaded.
 */
int xw_registry_load_file(struct xw_registry *reg, const char *path,
			  struct xw_error *err);

/**
 * Loads every "*.so" in @dir, in name order, as xw_registry_load_file()
 * would one after the other, but trying all their init()s in one child
 * process. Failures are recorded in reg->problems, in the same order,
 * not returned. A missing directory is not an error.
 */
void xw_registry_load_dir(struct xw_registry *reg, const char *dir);

/**
 * Loads from the search path described above, as xw_registry_load_dir()
 * loads one directory (one child process for the whole path). @dirs may
 * be NULL.
 */
void xw_registry_load_default(struct xw_registry *reg,
			      const char *const *dirs, size_t n_dirs);

/**
 * The plugin called @name, loaded now if it was only known; NULL when
 * there is none, or when it fails to load (recorded in reg->problems).
 */
const struct xw_plugin *xw_registry_find(struct xw_registry *reg,
					 const char *name);

/** Loads every plugin still only known (for `xwalk plugins`). */
void xw_registry_load_all(struct xw_registry *reg);

/**
 * Reads @path into @out. @format is a plugin name (optionally with
 * options for it, "NAME:OPTIONS"), "native", or NULL to
 * choose by content (native files) and then by probe(). @want is the
 * kind to read, or XW_DOC_NONE for whatever the file is (native files;
 * for plugins, framework then mapping then assessment, as supported).
 * Errors: those of the reader; XW_EUNSUPPORTED when no reader fits.
 */
int xw_registry_read(struct xw_registry *reg, const char *path,
		     const char *format, enum xw_doc_kind want,
		     struct xw_doc *out, struct xw_error *err);

/**
 * Reads @path as profiles of @fw (a finished framework) through a plugin
 * that can (its read_profiles; @format names it, or NULL to choose by
 * probe()), then checks @fw again. Errors: those of the reader or of
 * xw_framework_finish(); XW_EUNSUPPORTED when no plugin reads profiles.
 */
int xw_registry_read_profiles(struct xw_registry *reg, const char *path,
			      const char *format, struct xw_framework *fw,
			      struct xw_error *err);

/**
 * Writes @doc to @path atomically in @format ("native" or a plugin
 * name; NULL picks by the file name's extension, native for .yaml).
 */
int xw_registry_write(struct xw_registry *reg, const struct xw_doc *doc,
		      const char *path, const char *format,
		      struct xw_error *err);

struct xw_report;
/**
 * Renders @r through the plugin named by @format ("NAME" or
 * "NAME:OPTIONS") that writes reports; @path is the file the bytes are
 * for (NULL for standard output), which the plugin may look at. On
 * success @out owns the bytes (the caller resets it); the caller writes
 * them. Errors: those of the plugin; XW_EUNSUPPORTED when no loaded
 * plugin of that name writes reports; XW_ENOMEM, also when building @r
 * ran out of memory (r->failed).
 */
int xw_registry_render_report(struct xw_registry *reg, const struct xw_report *r,
			      const char *format, const char *path,
			      struct xw_buf *out, struct xw_error *err);

#endif
