/* SPDX-License-Identifier: MIT */
#ifndef XWALK_IO_H
#define XWALK_IO_H

/**
 * Reading files within limits, checking text, and writing atomically.
 */

#include <stddef.h>

#include "xwalk/error.h"

/** The largest file xwalk reads (64 MiB); see docs/security.md. */
#define XW_MAX_FILE_SIZE ((size_t)64 << 20)

/**
 * Reads the regular file @path, of at most @max_size bytes, into a new
 * NUL-terminated buffer. On success *@out is owned by the caller (free()).
 * Errors: XW_EIO (missing, unreadable, a directory or not a regular
 * file), XW_ELIMIT (larger than @max_size), XW_ENOMEM.
 */
int xw_file_read(const char *path, size_t max_size, char **out, size_t *len,
		 struct xw_error *err);

/**
 * Checks that @buf is well-formed UTF-8 with no NUL byte: no overlong
 * forms, no surrogates, nothing above U+10FFFF. On failure returns
 * XW_ESYNTAX with the line and column (in characters) of the first bad
 * byte, the error naming @path.
 */
int xw_utf8_check(const char *path, const char *buf, size_t len,
		  struct xw_error *err);

/** Number of bytes of the UTF-8 sequence starting with byte @c (1 for junk). */
size_t xw_utf8_seqlen(unsigned char c);

/**
 * Display width of a UTF-8 string in terminal columns: East Asian wide
 * and fullwidth characters count 2, combining marks 0, the rest 1.
 */
size_t xw_utf8_width(const char *s);

/**
 * Replaces @path with @len bytes from @data atomically: the bytes go to a
 * temporary file in the same folder, which is flushed to disk and then
 * renamed over @path. If anything fails, @path is left as it was and the
 * temporary file is removed. @path "-" writes to standard output; a path
 * that is a device or a pipe (/dev/null) is written through, not replaced.
 * Errors: XW_EIO.
 */
int xw_file_write_atomic(const char *path, const void *data, size_t len,
			 struct xw_error *err);

#endif
