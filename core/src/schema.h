/* SPDX-License-Identifier: MIT */
#ifndef XWALK_SCHEMA_H
#define XWALK_SCHEMA_H

/*
 * Field tables: one description per object type of the native formats,
 * shared by the YAML reader, the flat xw_*_set() API used by plugins,
 * and lint. Adding a field is one line in one table.
 */

#include <stddef.h>

#include "xwalk/error.h"

enum xw_shape {
	XW_SHAPE_SCALAR,   /* key: value */
	XW_SHAPE_LIST,     /* key: [a, b]; each element set in turn */
	XW_SHAPE_MAP,      /* key: {sub: value}; the setter checks sub */
	XW_SHAPE_NESTED,   /* key: {...} whose fields belong to the same object */
	XW_SHAPE_OBJECTS,  /* key: [{...}, ...] child objects of another schema */
};

typedef int (*xw_setter)(void *obj, const char *sub, const char *value,
			 struct xw_error *err);

struct xw_schema;

struct xw_field {
	const char *name;
	enum xw_shape shape;
	xw_setter set;                  /* SCALAR, LIST, MAP */
	const struct xw_schema *child;  /* NESTED, OBJECTS */
};

struct xw_schema {
	const char *what;               /* "item", for messages */
	const struct xw_field *fields;
	size_t n_fields;
	/* OBJECTS: appends a child to @parent */
	int (*add)(void *parent, void **child, struct xw_error *err);
	/* OBJECTS: records where the child was read */
	void (*locate)(void *child, unsigned line, unsigned column);
};

/** The field called @name, or NULL. */
const struct xw_field *xw_schema_field(const struct xw_schema *s,
				       const char *name);

/** Fills @err with "unknown key" and the closest known name, if any. */
int xw_schema_unknown(const struct xw_schema *s, const char *name,
		      struct xw_error *err);

/**
 * Sets a field by name. A NESTED field is reached with a dotted name
 * ("review.status"). Used by the flat xw_*_set() calls.
 */
int xw_schema_set(const struct xw_schema *s, void *obj, const char *key,
		  const char *sub, const char *value, struct xw_error *err);

/**
 * The closest of @n @names to @word by edit distance, or NULL when none
 * is close enough to be a likely typo.
 */
const char *xw_suggest(const char *word, const char *const *names, size_t n);

/** Index of @value in @names (n entries, NULL entries skipped), or -1. */
int xw_enum_parse(const char *value, const char *const *names, size_t n);

/**
 * Index of @value in @names, or the (negative) error of xw_enum_error()
 * when it is not one of them.
 */
int xw_enum_pick(const char *what, const char *value,
		 const char *const *names, size_t n, struct xw_error *err);

/** Error for a value not in @names: lists them, suggests the closest. */
int xw_enum_error(const char *what, const char *value,
		  const char *const *names, size_t n, struct xw_error *err);

extern const struct xw_schema xw_framework_schema;
extern const struct xw_schema xw_mapping_schema;
extern const struct xw_schema xw_assessment_schema;

#endif
