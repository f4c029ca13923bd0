/* SPDX-License-Identifier: MIT */
#ifndef OM_RCTX_H
#define OM_RCTX_H

/* What the reader's parts share: the tree, the set, the warnings. */

#include <stdbool.h>

#include "xwalk/plugin.h"
#include "om_json.h"

/* A key of an object in the OSCAL 1.2.1 schema, and whether xwalk reads it. */
struct om_key {
	const char *name;
	bool read;
};

/* A kind of object: its name in messages and its schema keys. */
struct om_kind {
	const char *one, *many;      /* "map", "maps"; many NULL: there is one */
	const struct om_key *keys;
	size_t n_keys;
};

extern const struct om_kind om_k_root, om_k_collection, om_k_metadata,
	om_k_provenance, om_k_mapping, om_k_map, om_k_item, om_k_qualifier,
	om_k_resource, om_k_gap_summary, om_k_select, om_k_matching;

/* Keys that are not read, counted for one warning each at the end. */
struct om_tally {
	const struct om_kind *kind;
	const char *key;
	bool unknown;                /* not in the schema at all */
	size_t count;
	unsigned line, column;       /* the first */
};

#define OM_TALLY_MAX 64

struct om_r {
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_mapping *m;
	struct om_doc doc;
	const struct om_node *coll, *metadata, *provenance, *mappings;
	bool ours;                   /* written by xwalk: its document id is there */
	struct om_tally tally[OM_TALLY_MAX];
	size_t n_tally, tally_more;
};

int om_r_fail(struct om_r *r, const struct om_node *at, int code, const char *fmt, ...)
	__attribute__((format(printf, 4, 5)));
void om_r_warn(struct om_r *r, const struct om_node *at, const char *fmt, ...)
	__attribute__((format(printf, 3, 4)));
/* Sets the host's position to @at's (0:0 for NULL). */
void om_r_at(struct om_r *r, const struct om_node *at);

/* Checks that @obj is an object and counts its keys that are not read. */
int om_r_object(struct om_r *r, const struct om_node *obj, const struct om_kind *kind);
/* Counts @key of @kind as not imported, at @at. */
void om_r_skip(struct om_r *r, const struct om_node *at, const struct om_kind *kind,
	       const char *key, bool unknown);
/* One warning for each key counted. */
void om_r_report(struct om_r *r);

/* The string member @key of @obj in *@out (NULL when absent); an error when not a string. */
int om_r_text(struct om_r *r, const struct om_node *obj, const char *key, const char **out);
/* As om_r_text, and an error when absent. */
int om_r_need(struct om_r *r, const struct om_node *obj, const struct om_kind *kind,
	      const char *key, const char **out);
/* The member @key of @obj when it is an array (NULL when absent); else an error. */
int om_r_array(struct om_r *r, const struct om_node *obj, const char *key,
	       const struct om_node **out);

/*
 * Calls @fn for each prop of @obj in xwalk's namespace, with its name
 * and value; counts the others as not imported.
 */
typedef int (*om_prop_fn)(struct om_r *r, const struct om_node *prop, const char *name,
			  const char *value, void *arg);
int om_r_props(struct om_r *r, const struct om_node *obj, const struct om_kind *kind,
	       om_prop_fn fn, void *arg);

/* Setters at a node's position. */
int om_r_set(struct om_r *r, const struct om_node *at, const char *key, const char *sub,
	     const char *value);
int om_r_row_set(struct om_r *r, const struct om_node *at, struct xw_row *row,
		 const char *key, const char *sub, const char *value);

/* The parts: the set's fields (metadata, provenance, frameworks) and its rows. */
int om_r_set_fields(struct om_r *r);
int om_r_frameworks(struct om_r *r, const char **source, const char **target);
int om_r_author(struct om_r *r);
int om_r_rows(struct om_r *r);

/* A copy of @s, ASCII lower-cased, with "-@k" appended when @k is not 0; NULL when out of memory. */
const char *om_r_id(struct om_r *r, const char *s, size_t k);

/* A mapping-collection's "mappings": one object or an array of them. */
const struct om_node *om_r_first_mapping(const struct om_r *r);
const struct om_node *om_r_next_mapping(const struct om_r *r, const struct om_node *m);

#endif
