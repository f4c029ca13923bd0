/* SPDX-License-Identifier: MIT */
#ifndef OM_EMIT_H
#define OM_EMIT_H

/*
 * Canonical JSON through host->write: two-space indentation, one member
 * or element a line, UTF-8 as it is (only '"', '\' and control
 * characters escaped), a line feed at the end. Keys come in the order
 * the caller gives them; the writer gives the schema's order.
 */

#include <stdbool.h>

#include "xwalk/plugin.h"

#define OM_EMIT_MAX_DEPTH 16

struct om_emit {
	const struct xw_host *h;
	struct xw_output *out;
	unsigned depth;
	bool has[OM_EMIT_MAX_DEPTH];   /* the open level has a member already */
};

void om_emit_init(struct om_emit *e, const struct xw_host *h, struct xw_output *out);
/* Opens an object ('{') or array ('['), as member @key or an element (NULL). */
void om_open(struct om_emit *e, const char *key, char bracket);
void om_close(struct om_emit *e, char bracket);
/* "key": "value", or the element "value" when @key is NULL. */
void om_string(struct om_emit *e, const char *key, const char *value);
/* Ends the document. */
void om_emit_end(struct om_emit *e);

#endif
