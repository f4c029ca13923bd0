/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_XTREE_H
#define OSCAL_XTREE_H

/*
 * XML read by libxml2's SAX2 parser into a small tree of our own. A
 * libxml2 document costs a malloc per node, attribute and string, and as
 * much again to free; the OSCAL view needs only the elements, their
 * lines, a few attributes named in advance, and the text. Those are kept
 * in one arena, freed at once.
 *
 * Untrusted input: the network is off, no DTD is loaded, no entity is
 * substituted, and a document with a DOCTYPE is refused as soon as the
 * parser meets it, so no declaration in it is ever read. Elements nest
 * at most OX_MAX_DEPTH levels, and a text is at most OX_MAX_TEXT bytes:
 * the limits libxml2 keeps when it builds its own tree.
 */

#include "xwalk/plugin.h"

#define OX_MAX_DEPTH 256
#define OX_MAX_TEXT 10000000

/*
 * What the tree keeps of names. Both tables hold at most 255 names and
 * leave [0] unused: an element's name number is its index in @elements,
 * 0 for any other name; an attribute is kept only when it has no
 * namespace prefix and is named in @attributes.
 *
 * @element_only (indexed like @elements, or NULL) marks the elements in
 * @ns whose own text nobody reads: a text of blanks only directly inside
 * one is not kept, when every element above it is marked too. In an
 * indented file those are most of its texts.
 */
struct ox_names {
	const char *ns;                   /* elements in it are marked in_ns */
	const char *const *elements;
	size_t n_elements;
	const char *const *attributes;
	size_t n_attributes;
	const unsigned char *element_only;
};

enum ox_type {
	OX_ELEMENT,
	OX_TEXT,      /* adjacent character data, CDATA included, is one text */
	OX_OTHER,     /* a comment or processing instruction: only its place */
};

struct ox_attr {
	unsigned name;                    /* its index in ox_names.attributes */
	const char *value;                /* with references replaced */
};

/* 40 bytes: a catalog of megabytes is tens of thousands of these. */
struct ox_node {
	struct ox_node *next;             /* the next sibling */
	struct ox_node *children;         /* an element's first child */
	union {
		const char *text;         /* a text's characters, NUL-terminated */
		const struct ox_attr *attrs;   /* an element's kept attributes */
	};
	unsigned n_attrs;
	unsigned line;                    /* where an element's start tag ends,
	                                     as libxml2 counts lines */
	unsigned char type;               /* an enum ox_type */
	unsigned char name;               /* an element's name number */
	unsigned char in_ns;              /* an element in ox_names.ns */
};

struct xwp_arena;

struct ox_doc {
	const struct ox_node *root;       /* the root element */
	struct xwp_arena *arena;
};

/*
 * Parses @in into @doc, keeping what @names asks for. Errors, reported
 * at their line and column: malformed XML (XW_ESYNTAX, with libxml2's
 * first error), a DOCTYPE (XW_EINVAL), a limit above (XW_ELIMIT),
 * XW_ENOMEM. Nothing is kept on error.
 */
int ox_parse(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, const struct ox_names *names,
	     struct ox_doc *doc);
void ox_free(struct ox_doc *doc);

/* Once per process, before any parsing (libxml2's own set-up). */
void ox_init(void);

#endif
