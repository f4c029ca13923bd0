/* SPDX-License-Identifier: MIT */
#ifndef CA_CTX_H
#define CA_CTX_H

/*
 * One reader call: the host, where errors go, and which file is read.
 * A library named by a reader option (framework=FILE) is another file
 * than the call's: its errors say "FILE:LINE:COL: " in the message.
 */

#include "xwalk/plugin.h"
#include "ytree.h"

struct ca_ctx {
	const struct xw_host *h;
	struct xw_call *call;
	const char *origin;   /* NULL: the call's own file */
};

/* Reports an error at @at (a node of the file read; NULL for none) and returns @code. */
int ca_fail(const struct ca_ctx *c, const struct ytree_node *at, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));

/*
 * The values of @keys in map @map (ytree_fields), with its errors
 * reported: @what names the map ("a requirement node").
 */
int ca_fields(const struct ca_ctx *c, const struct ytree_node *map, const char *what,
	      const char *const keys[], size_t n, const struct ytree_node *out[]);

/*
 * The text of scalar @n into *@out: NULL for no node or a YAML null.
 * A map or a list is an error naming @what.
 */
int ca_text(const struct ca_ctx *c, const struct ytree_node *n, const char *what,
	    const char **out);

/* Like ca_text, but the text must be there and not empty. */
int ca_text_needed(const struct ca_ctx *c, const struct ytree_node *n, const struct ytree_node *owner,
		   const char *what, const char **out);

#endif
