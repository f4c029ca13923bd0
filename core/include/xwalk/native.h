/* SPDX-License-Identifier: MIT */
#ifndef XWALK_NATIVE_H
#define XWALK_NATIVE_H

/**
 * The native YAML formats (docs/formats.md): reading any of the three,
 * and the canonical writer. Writing the same model twice gives the same
 * bytes; reading what was written gives the same model.
 */

#include <stddef.h>

#include "xwalk/assessment.h"
#include "xwalk/buf.h"
#include "xwalk/error.h"
#include "xwalk/framework.h"
#include "xwalk/mapping.h"

enum xw_doc_kind {
	XW_DOC_NONE,
	XW_DOC_FRAMEWORK,
	XW_DOC_MAPPING,
	XW_DOC_ASSESSMENT,
};

/** One loaded file: exactly one of the pointers is set, per @kind. Owns it. */
struct xw_doc {
	enum xw_doc_kind kind;
	struct xw_framework *framework;
	struct xw_mapping *mapping;
	struct xw_assessment *assessment;
};

/** Frees what @doc holds and resets it to XW_DOC_NONE. */
void xw_doc_clear(struct xw_doc *doc);

/**
 * Reads a native file from memory. @path names it in errors and is
 * stored in the model. The object is finished (checked) on success.
 * Errors: XW_ESYNTAX, XW_EINVAL, XW_ELIMIT, XW_ENOMEM, with position.
 */
int xw_native_read(const char *path, const char *buf, size_t len,
		   struct xw_doc *out, struct xw_error *err);

/** Reads the file at @path (at most XW_MAX_FILE_SIZE bytes). */
int xw_native_load(const char *path, struct xw_doc *out, struct xw_error *err);

/**
 * Reads only the head of the native file at @path: its kind and what it
 * is about (a framework's id, a mapping set's source and target, an
 * assessment's framework as @id). Fields it cannot tell are left NULL
 * and the kind XW_DOC_NONE; loading the file then says why. Owned
 * strings are returned in *@id, *@source, *@target (free()).
 */
void xw_read_header(const char *path, enum xw_doc_kind *kind, char **id,
		    char **source, char **target);

/** True when @buf looks like a native file ("format: xwalk-"). */
int xw_native_probe(const char *buf, size_t len);

/** Appends the canonical YAML of an object to @out. */
void xw_native_write_framework(const struct xw_framework *fw, struct xw_buf *out);
void xw_native_write_mapping(const struct xw_mapping *m, struct xw_buf *out);
void xw_native_write_assessment(const struct xw_assessment *a, struct xw_buf *out);
void xw_native_write(const struct xw_doc *doc, struct xw_buf *out);

/** Writes @doc to @path atomically. Errors: XW_EIO, XW_ENOMEM. */
int xw_native_save(const struct xw_doc *doc, const char *path,
		   struct xw_error *err);

#endif
