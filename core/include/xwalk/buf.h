/* SPDX-License-Identifier: MIT */
#ifndef XWALK_BUF_H
#define XWALK_BUF_H

/**
 * A growable byte buffer for building output. Appends never fail
 * visibly: an allocation failure sets @failed, later appends do nothing,
 * and the owner checks @failed once at the end.
 */

#include <stdbool.h>
#include <stddef.h>

struct xw_buf {
	char *data;   /* NUL-terminated when len > 0; owned */
	size_t len;
	size_t cap;
	bool failed;  /* an allocation failed; contents are incomplete */
};

#define XW_BUF_INIT { NULL, 0, 0, false }

void xw_buf_add(struct xw_buf *b, const void *data, size_t len);
void xw_buf_puts(struct xw_buf *b, const char *s);
void xw_buf_putc(struct xw_buf *b, char c);
void xw_buf_printf(struct xw_buf *b, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
/** Appends @n spaces. */
void xw_buf_pad(struct xw_buf *b, size_t n);
/** Frees the contents and resets @b to empty. */
void xw_buf_reset(struct xw_buf *b);

#endif
