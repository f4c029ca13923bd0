/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>

#include "ca_ctx.h"

int ca_fail(const struct ca_ctx *c, const struct ytree_node *at, int code, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	if (c->origin) {
		c->h->at(c->call, 0, 0);
		if (at)
			return c->h->error(c->call, code, "%s:%u:%u: %s", c->origin, at->line,
					   at->column, msg);
		return c->h->error(c->call, code, "%s: %s", c->origin, msg);
	}
	c->h->at(c->call, at ? at->line : 0, at ? at->column : 0);
	return c->h->error(c->call, code, "%s", msg);
}

int ca_fields(const struct ca_ctx *c, const struct ytree_node *map, const char *what,
	      const char *const keys[], size_t n, const struct ytree_node *out[])
{
	const struct ytree_node *twice = NULL;

	switch (ytree_fields(map, keys, n, out, &twice)) {
	case YTREE_NOT_A_MAP:
		return ca_fail(c, map, XW_EINVAL, "%s must be a map of keys", what);
	case YTREE_KEY_TWICE:
		return ca_fail(c, twice, XW_EINVAL, "'%s' is given twice in %s", twice->value, what);
	default:
		return 0;
	}
}

int ca_text(const struct ca_ctx *c, const struct ytree_node *n, const char *what,
	    const char **out)
{
	*out = NULL;
	if (!n || ytree_is_null(n))
		return 0;
	if (n->type != YTREE_SCALAR)
		return ca_fail(c, n, XW_EINVAL, "%s must be text, not a %s", what,
			       n->type == YTREE_MAP ? "map" : "list");
	*out = n->value;
	return 0;
}

int ca_text_needed(const struct ca_ctx *c, const struct ytree_node *n, const struct ytree_node *owner,
		   const char *what, const char **out)
{
	int rc = ca_text(c, n, what, out);

	if (rc == 0 && (!*out || !**out))
		return ca_fail(c, n ? n : owner, XW_EINVAL, "%s is missing", what);
	return rc;
}
