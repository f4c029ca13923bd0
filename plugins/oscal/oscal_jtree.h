/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_JTREE_H
#define OSCAL_JTREE_H

/*
 * JSON parsed into a small tree. The parser is libyaml's event API (JSON
 * is the flow style of YAML, and these files are plain JSON), so the
 * YAML features JSON does not have are refused here: anchors, aliases,
 * tags, more than one document. Nesting is counted on the event stream
 * and refused beyond OC_JSON_MAX_DEPTH before any node is built, and
 * every node and string lives in one arena freed at once.
 */

#include <stddef.h>

#include "xwalk/plugin.h"

#define OC_JSON_MAX_DEPTH 64

enum oc_jtype { OC_JOBJECT, OC_JARRAY, OC_JSTRING };

/* 48 bytes: a catalog of megabytes is tens of thousands of these. */
struct oc_jnode {
	const char *key;          /* member name in an object; else NULL */
	const char *str;          /* OC_JSTRING: any scalar, as written */
	struct oc_jnode *first;   /* first member or element */
	struct oc_jnode *next;    /* next member or element of the parent */
	unsigned len;             /* of str; a string is at most a file long */
	unsigned line, column;    /* 1-based */
	unsigned char type;       /* an enum oc_jtype */
};

struct xwp_arena;

struct oc_jdoc {
	struct oc_jnode *root;
	struct xwp_arena *arena;
};

/*
 * Parses @in into @doc. Errors, reported at their line and column:
 * invalid UTF-8 or JSON (XW_ESYNTAX), nesting deeper than
 * OC_JSON_MAX_DEPTH or a file of 4 GiB or more (XW_ELIMIT), anchors, aliases, tags, several
 * documents, a key that is not a string, a NUL in a string (XW_EINVAL),
 * XW_ENOMEM. The tree is freed on error.
 */
int oc_json_parse(const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in, struct oc_jdoc *doc);
void oc_json_free(struct oc_jdoc *doc);

/* The member @key of object @obj, or NULL. */
const struct oc_jnode *oc_json_get(const struct oc_jnode *obj, const char *key);

#endif
