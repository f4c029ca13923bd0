/* SPDX-License-Identifier: MIT */
#ifndef OM_JSON_H
#define OM_JSON_H

/*
 * A JSON document as a tree, parsed with libyaml's event API (JSON is
 * YAML). Only JSON is taken: flow collections, double-quoted strings,
 * and the literals true, false, null and numbers; no anchors, aliases or
 * tags, no key twice in an object, at most OM_JSON_MAX_DEPTH levels,
 * counted on the event stream.
 */

#include <stddef.h>

#include "xwalk/plugin.h"
#include "xwp_arena.h"

#define OM_JSON_MAX_DEPTH 64

enum om_type { OM_OBJECT, OM_ARRAY, OM_STRING, OM_LITERAL };

struct om_node {
	enum om_type type;
	unsigned line, column;      /* where the value starts, 1-based */
	const char *key;            /* its name in the object holding it */
	const char *text;           /* a string's value or a literal */
	struct om_node *first, *next;
	size_t count;               /* members or elements */
};

struct om_doc {
	struct xwp_arena *arena;
	struct om_node *root;
};

/* Parses @in; errors are reported through @h with their position. */
int om_json_parse(const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in, struct om_doc *doc);
void om_json_free(struct om_doc *doc);

/* The member @key of @obj, or NULL (also when @obj is not an object). */
const struct om_node *om_member(const struct om_node *obj, const char *key);

#endif
