/* SPDX-License-Identifier: MIT */
#ifndef XWALK_YAML_TREE_H
#define XWALK_YAML_TREE_H

/*
 * A YAML document as a small tree of nodes with positions, built from
 * libyaml's event stream under the limits of docs/security.md: nesting
 * depth is counted on the events, anchors, aliases and tags are refused
 * (so nothing can expand), and there is one document per file.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/error.h"

#define XW_YAML_MAX_DEPTH 64

enum xw_ynode_type { XW_YSCALAR, XW_YSEQ, XW_YMAP };

struct xw_ynode {
	enum xw_ynode_type type;
	unsigned line, column;        /* 1-based */
	bool plain;                   /* scalar written without quotes */
	const char *value;            /* scalar text, NUL-terminated */
	struct xw_ynode *first;       /* seq: elements; map: key, value, key, ... */
	struct xw_ynode *next;
};

struct xw_ydoc {
	struct xw_ynode *root;        /* NULL for an empty document */
	struct arena *arena;
};

/** Parses @len bytes at @buf (named @path in errors). */
int xw_yaml_parse(const char *path, const char *buf, size_t len,
		  struct xw_ydoc *doc, struct xw_error *err);
void xw_yaml_free(struct xw_ydoc *doc);

/** True for a plain scalar that YAML reads as null: "", "~", "null". */
bool xw_ynode_is_null(const struct xw_ynode *n);

#endif
