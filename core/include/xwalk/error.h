/* SPDX-License-Identifier: MIT */
#ifndef XWALK_ERROR_H
#define XWALK_ERROR_H

/**
 * Errors.
 *
 * Every function that can fail returns 0 on success or a negative XW_E*
 * code, and fills a caller-owned struct xw_error. There is no global
 * error state. The struct holds fixed buffers, so filling it never
 * allocates and it never needs freeing.
 */

#include <stdarg.h>

enum xw_error_code {
	XW_OK = 0,
	XW_ENOMEM = -1,       /* out of memory */
	XW_EIO = -2,          /* the file could not be opened, read or written */
	XW_ESYNTAX = -3,      /* not well-formed YAML, CSV, XML, ... */
	XW_EINVAL = -4,       /* well-formed but wrong: a bad value, a missing key */
	XW_ELIMIT = -5,       /* a documented limit was hit (size, depth, count) */
	XW_ENOTFOUND = -6,    /* an id, framework or plugin that does not exist */
	XW_EPLUGIN = -7,      /* a plugin could not be loaded or misbehaved */
	XW_EUNSUPPORTED = -8, /* no reader or writer for this format */
	XW_EUSAGE = -9,       /* the caller passed arguments that make no sense */
};

#define XW_ERROR_FILE_MAX 1024
#define XW_ERROR_MSG_MAX 1024

struct xw_error {
	int code;                      /* one of enum xw_error_code */
	char file[XW_ERROR_FILE_MAX];  /* "" when the error is not about a file */
	unsigned line;                 /* 1-based; 0 when unknown */
	unsigned column;               /* 1-based; 0 when unknown */
	char message[XW_ERROR_MSG_MAX];
};

/** Resets @err to "no error". */
void xw_error_clear(struct xw_error *err);

/**
 * Fills @err and returns @code, so a failing function can
 * `return xw_error_set(err, XW_EINVAL, ...)`. @err may be NULL.
 * @file may be NULL. Long strings are truncated, never overflowed.
 */
int xw_error_set(struct xw_error *err, int code, const char *file,
		 unsigned line, unsigned column, const char *fmt, ...)
	__attribute__((format(printf, 6, 7)));

int xw_error_setv(struct xw_error *err, int code, const char *file,
		  unsigned line, unsigned column, const char *fmt, va_list ap)
	__attribute__((format(printf, 6, 0)));

/** Sets the position of @err if it has none yet (file and line). */
void xw_error_locate(struct xw_error *err, const char *file,
		     unsigned line, unsigned column);

/**
 * Formats @err as "file:line:col: message" (or "file: message" when the
 * line is unknown, or just the message) into @buf.
 */
void xw_error_format(const struct xw_error *err, char *buf, unsigned size);

/** A short English name for @code ("out of memory", ...). */
const char *xw_strerror(int code);

#endif
