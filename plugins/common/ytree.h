/* SPDX-License-Identifier: MIT */
#ifndef YTREE_H
#define YTREE_H

/*
 * A YAML document as a small tree of positioned nodes, for plugins that
 * read YAML (they may not link libxwalk and its tree). Built from
 * libyaml's event stream under the limits of docs/security.md, as strict
 * as the core's reader: nesting is counted on the events and stops at
 * YTREE_MAX_DEPTH, anchors, aliases and tags are refused (so nothing can
 * expand), there is one document, and a scalar may not hold NUL.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/plugin.h"

#define YTREE_MAX_DEPTH 64

enum ytree_type { YTREE_SCALAR, YTREE_SEQ, YTREE_MAP };

struct ytree_node {
	enum ytree_type type;
	unsigned line, column;        /* 1-based, columns in characters */
	bool plain;                   /* a scalar written without quotes */
	const char *value;            /* scalar text, NUL-terminated */
	struct ytree_node *first;     /* seq: elements; map: key, value, key, ... */
	struct ytree_node *next;
};

struct ytree {
	struct ytree_node *root;      /* NULL for an empty document */
	struct ytree_block *blocks;   /* owned: every node and string */
};

/*
 * Parses @len bytes at @data into @t. Errors are reported through @host
 * on @call at their line and column (none when @call is NULL, for
 * probing); when @origin is not NULL the YAML is another file than the
 * call's, and messages start with "ORIGIN:LINE:COL: " instead. Returned: XW_ESYNTAX for YAML that is not well-formed or
 * holds NUL, XW_ELIMIT for the depth and for anchors and aliases,
 * XW_EINVAL for tags and a second document, XW_ENOMEM. On failure @t
 * holds nothing to free.
 */
int ytree_parse(struct ytree *t, const char *data, size_t len,
		const struct xw_host *host, struct xw_call *call, const char *origin);
void ytree_free(struct ytree *t);

enum ytree_fields_result { YTREE_OK, YTREE_NOT_A_MAP, YTREE_KEY_TWICE };

/*
 * The values of the keys @keys[0..n) of map @map into @out (NULL for a key
 * not there); other keys are left alone. Reports nothing: YTREE_NOT_A_MAP
 * when @map is NULL or no map, YTREE_KEY_TWICE with *@twice set to the
 * second key when one of @keys is given twice (YAML readers differ on
 * which one wins, so it is refused).
 */
enum ytree_fields_result ytree_fields(const struct ytree_node *map, const char *const keys[],
				      size_t n, const struct ytree_node *out[],
				      const struct ytree_node **twice);

/** True for a plain scalar that YAML reads as null: "", "~", "null". */
bool ytree_is_null(const struct ytree_node *n);

#endif
