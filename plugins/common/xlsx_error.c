/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "xlsx_private.h"

__attribute__((format(printf, 3, 0)))
static int failv(struct xlsx_error *err, int code, const char *fmt,
		 va_list ap)
{
	size_t n;

	/* whatever libzip or libxml2 call it ("Malloc failure"), it reads
	 * the same as every other allocation that fails */
	if (code == XW_ENOMEM)
		fmt = "out of memory";
	vsnprintf(err->message, sizeof(err->message), fmt, ap);
	/* libxml2's messages end in a newline; ours never do */
	n = strlen(err->message);
	while (n > 0 && (err->message[n - 1] == '\n' || err->message[n - 1] == ' '))
		err->message[--n] = '\0';
	err->code = code;
	return code;
}

int xlsx_fail(struct xlsx_error *err, int code, const char *where,
	      const char *fmt, ...)
{
	va_list ap;

	snprintf(err->where, sizeof(err->where), "%s", where ? where : "");
	va_start(ap, fmt);
	failv(err, code, fmt, ap);
	va_end(ap);
	return code;
}

int xlsx_fail_cell(struct xlsx_error *err, int code,
		   const struct xlsx_sheet *sheet, uint32_t row, uint32_t col,
		   const char *fmt, ...)
{
	va_list ap;

	xlsx_ref(sheet, row, col, err->where, sizeof(err->where));
	va_start(ap, fmt);
	failv(err, code, fmt, ap);
	va_end(ap);
	return code;
}
