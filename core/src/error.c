/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "xwalk/error.h"

void xw_error_clear(struct xw_error *err)
{
	if (!err)
		return;
	err->code = XW_OK;
	err->file[0] = '\0';
	err->line = 0;
	err->column = 0;
	err->message[0] = '\0';
}

/*
 * Copies @src with its control characters written as escapes (\n, \t,
 * \x1B): a message quotes values from the input, and a line break in
 * one must not forge a second "xwalk:" line on standard error.
 */
static void one_line(char *dst, size_t size, const char *src)
{
	size_t n = 0;

	for (; *src; src++) {
		unsigned char c = (unsigned char)*src;
		char esc[5];

		if (c == '\n')
			snprintf(esc, sizeof(esc), "\\n");
		else if (c == '\t')
			snprintf(esc, sizeof(esc), "\\t");
		else if (c < 0x20 || c == 0x7F)
			snprintf(esc, sizeof(esc), "\\x%02X", c);
		else
			snprintf(esc, sizeof(esc), "%c", c);
		if (n + strlen(esc) >= size)
			break;
		memcpy(dst + n, esc, strlen(esc));
		n += strlen(esc);
	}
	dst[n] = '\0';
}

int xw_error_setv(struct xw_error *err, int code, const char *file,
		  unsigned line, unsigned column, const char *fmt, va_list ap)
{
	char raw[XW_ERROR_MSG_MAX];

	if (!err)
		return code;
	err->code = code;
	snprintf(err->file, sizeof(err->file), "%s", file ? file : "");
	err->line = line;
	err->column = column;
	vsnprintf(raw, sizeof(raw), fmt, ap);
	one_line(err->message, sizeof(err->message), raw);
	return code;
}

int xw_error_set(struct xw_error *err, int code, const char *file,
		 unsigned line, unsigned column, const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xw_error_setv(err, code, file, line, column, fmt, ap);
	va_end(ap);
	return code;
}

void xw_error_locate(struct xw_error *err, const char *file,
		     unsigned line, unsigned column)
{
	if (!err)
		return;
	if (!err->file[0] && file)
		snprintf(err->file, sizeof(err->file), "%s", file);
	if (!err->line) {
		err->line = line;
		err->column = column;
	}
}

void xw_error_format(const struct xw_error *err, char *buf, unsigned size)
{
	if (err->file[0] && err->line)
		snprintf(buf, size, "%s:%u:%u: %s", err->file, err->line,
			 err->column ? err->column : 1, err->message);
	else if (err->file[0])
		snprintf(buf, size, "%s: %s", err->file, err->message);
	else
		snprintf(buf, size, "%s", err->message);
}

const char *xw_strerror(int code)
{
	switch (code) {
	case XW_OK: return "success";
	case XW_ENOMEM: return "out of memory";
	case XW_EIO: return "input/output error";
	case XW_ESYNTAX: return "syntax error";
	case XW_EINVAL: return "invalid content";
	case XW_ELIMIT: return "limit exceeded";
	case XW_ENOTFOUND: return "not found";
	case XW_EPLUGIN: return "plugin error";
	case XW_EUNSUPPORTED: return "unsupported";
	case XW_EUSAGE: return "usage error";
	}
	return "unknown error";
}
