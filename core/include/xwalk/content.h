/* SPDX-License-Identifier: MIT */
#ifndef XWALK_CONTENT_H
#define XWALK_CONTENT_H

/**
 * What kind of content a file holds, judged by how it begins: enough to
 * tell which plugins are worth loading to probe it (a plugin's
 * descriptor lists the kinds its probe() can say yes to).
 */

#include <stddef.h>

enum xw_content {
	XW_CONTENT_ZIP = 1 << 0,   /* a zip archive: .xlsx workbooks */
	XW_CONTENT_XML = 1 << 1,   /* '<' first */
	XW_CONTENT_JSON = 1 << 2,  /* '{' or '[' first */
	XW_CONTENT_TEXT = 1 << 3,  /* any other text: CSV, YAML */
	XW_CONTENT_ANY = (1 << 4) - 1,
};

/**
 * The kind of the @len bytes at @data: one XW_CONTENT_* bit, or
 * XW_CONTENT_ANY when none fits for sure (empty, UTF-16, control bytes),
 * so that every plugin probes it. A UTF-8 byte order mark and white
 * space before the first character are skipped.
 */
unsigned xw_content_of(const unsigned char *data, size_t len);

/** The bit of the kind called @name ("zip", "xml", "json", "text"), or 0. */
unsigned xw_content_bit(const char *name);

/** The name of the kind @bit (one bit), or NULL. */
const char *xw_content_name(unsigned bit);

#endif
