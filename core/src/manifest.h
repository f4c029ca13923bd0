/* SPDX-License-Identifier: MIT */
#ifndef XWALK_MANIFEST_H
#define XWALK_MANIFEST_H

/*
 * A plugin's manifest: a small text file written beside the module at
 * build time ('xwalk plugins --manifest MODULE'), saying what the module
 * reads and writes, so that the registry can choose plugins without
 * loading them (docs/plugins.md, "Manifests").
 */

#include <stdbool.h>

#include "xwalk/buf.h"
#include "xwalk/error.h"
#include "xwalk/plugin.h"

enum xw_cap {
	XW_CAN_READ_FRAMEWORK = 1 << 0,
	XW_CAN_READ_MAPPING = 1 << 1,
	XW_CAN_READ_ASSESSMENT = 1 << 2,
	XW_CAN_READ_PROFILES = 1 << 3,
	XW_CAN_WRITE_FRAMEWORK = 1 << 4,
	XW_CAN_WRITE_MAPPING = 1 << 5,
	XW_CAN_WRITE_REPORT = 1 << 6,
};

/* A manifest is never larger than this; a larger file is not one. */
#define XW_MANIFEST_MAX_SIZE ((size_t)64 << 10)

struct xw_manifest {
	char *path;          /* the module it describes */
	char *name;
	unsigned caps;       /* XW_CAN_* */
	unsigned contents;   /* XW_CONTENT_* its probe() is asked about */
	char **extensions;   /* NULL-terminated */
	unsigned rank;       /* its place in the search path */
	bool loaded;         /* loaded or refused since: no longer just known */
};

/* What a descriptor says, as a manifest says it. */
unsigned xw_desc_caps(const struct xw_plugin_descriptor *d);
/* The kinds of file @d's probe() is asked about: 0 without probe(),
 * XW_CONTENT_ANY when it names none or one this xwalk does not know. */
unsigned xw_desc_contents(const struct xw_plugin_descriptor *d);

/* Room for xw_module_id()'s answer. */
#define XW_MODULE_ID_MAX 160

/*
 * Which build the module at @path is, as text into @out: "build-id:HEX"
 * from its GNU build-id note, which strip keeps, or "size:N" when it has
 * none. -1 when it cannot be read.
 */
int xw_module_id(const char *path, char *out, size_t size);

/*
 * Writes the manifest of the module @id (xw_module_id()) whose
 * descriptor is @d to @out. XW_EINVAL (with @err) when a name or
 * extension has white space or control characters, which the manifest
 * cannot hold.
 */
int xw_manifest_format(struct xw_buf *out, const struct xw_plugin_descriptor *d,
		       const char *id, struct xw_error *err);

/*
 * Reads the manifest at @path for the module at @module into @m (which
 * then owns a copy of @module). Returns 1 when read; 0 when there is no
 * manifest or it was written for another build of the module (its
 * module-id differs), when the module is to be loaded to be known; a
 * negative XW_E* code with @err at file:line:col when the manifest is
 * malformed.
 */
int xw_manifest_read(struct xw_manifest *m, const char *path, const char *module,
		     struct xw_error *err);

/* Whether the descriptor @d says what @m says. */
bool xw_manifest_matches(const struct xw_manifest *m,
			 const struct xw_plugin_descriptor *d);

/* Frees what @m owns and zeroes it. */
void xw_manifest_clear(struct xw_manifest *m);

#endif
