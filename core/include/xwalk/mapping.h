/* SPDX-License-Identifier: MIT */
#ifndef XWALK_MAPPING_H
#define XWALK_MAPPING_H

/**
 * Mapping sets: rows that relate source items to target items.
 *
 * Built like a framework: set fields, then xw_mapping_finish() checks the
 * set on its own (required fields, unique row ids). References to items
 * are checked against the frameworks by lint, which has them loaded.
 *
 * Ownership: the set owns its rows; row pointers stay valid until
 * xw_mapping_free().
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xwalk/error.h"
#include "xwalk/text.h"

/** NIST IR 8477 set relationships, read from source to target. */
enum xw_relationship {
	XW_REL_UNSET,
	XW_REL_EQUAL,
	XW_REL_SUBSET,        /* source is a subset of target: satisfies part of it */
	XW_REL_SUPERSET,      /* source is a superset of target: satisfies it */
	XW_REL_INTERSECTS,
	XW_REL_NONE,          /* explicitly no relationship */
	XW_REL_RELATED,       /* related, type not given (NIST informative references) */
	XW_REL_COUNT
};

enum xw_rationale {
	XW_RATIONALE_UNSET,
	XW_RATIONALE_SYNTACTIC,
	XW_RATIONALE_SEMANTIC,
	XW_RATIONALE_FUNCTIONAL,
	XW_RATIONALE_COUNT
};

enum xw_review_status {
	XW_REVIEW_DRAFT,
	XW_REVIEW_REVIEWED,
	XW_REVIEW_APPROVED,
	XW_REVIEW_DEPRECATED,
	XW_REVIEW_COUNT
};

enum xw_method {
	XW_METHOD_UNSET,
	XW_METHOD_HUMAN,
	XW_METHOD_AUTOMATION,
	XW_METHOD_HYBRID,
	XW_METHOD_COUNT
};

/** A text hash as an item had it when a row was reviewed. */
struct xw_hash_ref {
	char *id;
	uint64_t hash;
};

struct xw_hash_refs {
	struct xw_hash_ref *v;
	size_t n;
};

#define XW_STRENGTH_NONE (-1)

struct xw_row {
	char *id;
	struct xw_strlist sources;   /* several: jointly; empty only in a
	                                no-relationship row: "no source item
	                                relates to these targets" (a gap) */
	struct xw_strlist targets;   /* empty only in a no-relationship row */
	enum xw_relationship relationship;
	enum xw_rationale rationale;
	int strength;                /* 0..10 or XW_STRENGTH_NONE */
	char *justification;
	struct xw_strlist conditions;
	enum xw_review_status review;
	char *reviewer;
	char *review_date;
	struct xw_hash_refs source_hashes;
	struct xw_hash_refs target_hashes;
	unsigned line, column;
};

struct xw_mapping {
	char *id;
	struct xw_ltext title;
	char *source;                /* framework id */
	char *source_version;
	char *target;
	char *target_version;
	char *author;
	char *version;
	char *date;
	enum xw_method method;
	enum xw_review_status status;
	bool has_status;             /* status was given (it is required) */
	bool comprehensive;
	char *intended_use;
	struct xw_row **rows;
	size_t n_rows;
	size_t cap_rows;
	char *path;
	bool finished;
};

int xw_mapping_new(struct xw_mapping **out, struct xw_error *err);
/** Accepts NULL. */
void xw_mapping_free(struct xw_mapping *m);

int xw_mapping_set(struct xw_mapping *m, const char *key, const char *sub,
		   const char *value, struct xw_error *err);
/** Appends a new row with strength none and review draft. */
int xw_mapping_add_row(struct xw_mapping *m, struct xw_row **out,
		       struct xw_error *err);
/**
 * Sets a row field by its file-format name. "review" fields are
 * "review-status", "reviewer", "review-date", and "source-hashes" /
 * "target-hashes" with the item id as @sub and 16 hex digits as @value.
 */
int xw_row_set(struct xw_row *r, const char *key, const char *sub,
	       const char *value, struct xw_error *err);

/**
 * Checks the set on its own: required fields, unique row ids, a rationale
 * on every row whose relationship is stated (not no-relationship or
 * related), and
 * both sides named except in a no-relationship (gap) row.
 * Errors: XW_EINVAL with the position of the offending row.
 */
int xw_mapping_finish(struct xw_mapping *m, struct xw_error *err);

const char *xw_relationship_name(enum xw_relationship r);
const char *xw_rationale_name(enum xw_rationale r);
const char *xw_review_name(enum xw_review_status s);
const char *xw_method_name(enum xw_method m);

#endif
