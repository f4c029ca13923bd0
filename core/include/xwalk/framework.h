/* SPDX-License-Identifier: MIT */
#ifndef XWALK_FRAMEWORK_H
#define XWALK_FRAMEWORK_H

/**
 * Frameworks, their items and profiles.
 *
 * A framework is built in two steps: fields are set (by the native
 * reader, a plugin, or code) with the xw_*_set() calls, then
 * xw_framework_finish() resolves references and checks the whole: ids
 * against the id pattern, unique ids, parents, profiles. Only a finished
 * framework may be searched or used by the engine.
 *
 * Ownership: the framework owns its items and profiles; pointers to them
 * stay valid until xw_framework_free(). Getters return borrowed pointers.
 */

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "xwalk/error.h"
#include "xwalk/text.h"

/** "Not an index": no parent, no such item. */
#define XW_NONE ((size_t)-1)
/** Profiles are kept as bits, so a framework has at most this many. */
#define XW_MAX_PROFILES 32

enum xw_item_kind {
	XW_KIND_FUNCTION,
	XW_KIND_CATEGORY,
	XW_KIND_SUBCATEGORY,
	XW_KIND_REQUIREMENT,
	XW_KIND_CRITERION,
	XW_KIND_CLAUSE,
	XW_KIND_THEME,
	XW_KIND_CONTROL,
	XW_KIND_QUESTION,
	XW_KIND_LABEL,
	XW_KIND_ITEM,
	XW_KIND_COUNT
};

enum xw_assurance {
	XW_ASSURANCE_UNSET,
	XW_ASSURANCE_SELF_DECLARATION,
	XW_ASSURANCE_SELF_ASSESSMENT,
	XW_ASSURANCE_EXPERT_CHECKED,    /* self-assessment checked by an expert */
	XW_ASSURANCE_CB_VERIFIED,       /* self-assessment verified by a certification body */
	XW_ASSURANCE_THIRD_PARTY,       /* third-party audit */
	XW_ASSURANCE_THIRD_PARTY_TECH,  /* third-party audit with technical test */
	XW_ASSURANCE_COUNT
};

struct xw_item {
	char *id;
	char *parent_id;              /* as written; NULL for a top item */
	size_t parent;                /* index, resolved by finish(); XW_NONE */
	enum xw_item_kind kind;
	bool has_kind;
	struct xw_ltext title;
	struct xw_ltext text;
	int authoritative;            /* XW_LANG_* whose texts are official, or XW_LANG_NONE */
	struct xw_strlist profile_ids;/* direct membership, as written */
	uint32_t profiles;            /* effective membership bits, set by finish() */
	bool withdrawn;
	struct xw_strlist replaced_by;
	struct xw_props props;
	struct xw_strlist unknown;    /* fields whose value is not known */
	uint64_t hash_memo;           /* private: xw_item_hash() once hash_known */
	bool hash_known;
	size_t depth;                 /* 0 for a top item, set by finish() */
	size_t end;                   /* one past its last descendant, set by finish() */
	size_t leaves;                /* active leaf items in its subtree (itself if a leaf) */
	unsigned line, column;        /* where it was read; 0 when unknown */
};

struct xw_profile {
	char *id;
	struct xw_ltext title;
	struct xw_ltext note;
	char *extends_id;
	size_t extends;               /* index, resolved by finish(); XW_NONE */
	enum xw_assurance assurance;
	bool defined;                 /* false: announced, no items yet */
	bool mandatory;               /* a certificate on the framework implies
	                                 every item (no exclusions allowed) */
	unsigned line, column;
};

/** One question of a framework's level advice: a yes means @if_yes. */
struct xw_question {
	char *id;
	struct xw_ltext text;
	struct xw_ltext note;
	char *if_yes_id;
	size_t if_yes;                /* profile index, resolved by finish() */
	unsigned line, column;
};

struct xw_framework {
	char *id;
	struct xw_ltext name;
	char *version;
	char *publisher;
	char *date;
	char *source;
	char *licence;
	struct xw_ltext summary;
	char *id_pattern;
	struct xw_strlist unknown;
	struct xw_profile **profiles;
	size_t n_profiles;
	/* level advice: the profile to ask for when every answer is no,
	 * and the questions whose yes raises it (the ★ decision tree) */
	char *advice_default_id;
	size_t advice_default;        /* profile index or XW_NONE */
	struct xw_ltext advice_note;
	struct xw_question **questions;
	size_t n_questions;
	struct xw_item **items;       /* in document order, parents first */
	size_t n_items;
	size_t cap_items;
	char *path;                   /* file it came from, or NULL */
	bool finished;
	struct xw_index *index;       /* private: id -> item index */
};

/** Creates an empty framework. Errors: XW_ENOMEM. */
int xw_framework_new(struct xw_framework **out, struct xw_error *err);
/** Frees @fw and everything it owns. Accepts NULL. */
void xw_framework_free(struct xw_framework *fw);

/**
 * Sets a framework field by its file-format name ("version", "name" with
 * @sub "ja", ...). List fields append. Errors: XW_EINVAL for an unknown
 * key (with a suggestion) or a bad value; XW_ENOMEM.
 */
int xw_framework_set(struct xw_framework *fw, const char *key,
		     const char *sub, const char *value, struct xw_error *err);

/** Appends a new empty item; *@out is borrowed. Errors: XW_ENOMEM. */
int xw_framework_add_item(struct xw_framework *fw, struct xw_item **out,
			  struct xw_error *err);
/** Appends a new profile; *@out is borrowed. Errors: XW_ENOMEM, XW_ELIMIT. */
int xw_framework_add_profile(struct xw_framework *fw,
			     struct xw_profile **out, struct xw_error *err);

/** Appends a level-advice question; *@out is borrowed. */
int xw_framework_add_question(struct xw_framework *fw,
			      struct xw_question **out, struct xw_error *err);
int xw_question_set(struct xw_question *q, const char *key, const char *sub,
		    const char *value, struct xw_error *err);

int xw_item_set(struct xw_item *it, const char *key, const char *sub,
		const char *value, struct xw_error *err);
int xw_profile_set(struct xw_profile *p, const char *key, const char *sub,
		   const char *value, struct xw_error *err);

/**
 * Resolves and checks the framework: required fields, the id pattern
 * (PCRE2, anchored, with match limits), unique ids, items listed
 * depth-first (each item directly after its parent or a descendant of
 * it), profiles and `extends`. Computes effective profile membership,
 * and forgets the items' text hashes (xw_item_hash() computes them
 * again from the texts as they are). Errors carry the item's position.
 * Errors: XW_EINVAL, XW_ELIMIT (pattern too costly), XW_ENOMEM.
 */
int xw_framework_finish(struct xw_framework *fw, struct xw_error *err);

/** Index of the item with @id, or XW_NONE. @fw must be finished. */
size_t xw_framework_find(const struct xw_framework *fw, const char *id);
/** Index of profile @id, or XW_NONE. */
size_t xw_framework_profile(const struct xw_framework *fw, const char *id);
/** True when item @i is @anc or lies under it. */
bool xw_item_under(const struct xw_framework *fw, size_t i, size_t anc);

/** True when item @i is in profile @p (cumulative, with parents). */
bool xw_item_in_profile(const struct xw_item *it, size_t p);

/** Ids of item kinds and assurance methods as written in files. */
const char *xw_kind_name(enum xw_item_kind k);
const char *xw_assurance_name(enum xw_assurance a);

/**
 * The text hash of @it: the first 8 bytes of the SHA-256 of its titles
 * and texts in its authoritative language, or in every language when
 * none is, so that a mapping row can tell when an item was reworded.
 * Computed on first use (loading a catalog reads none of them) and kept
 * in the item until the next xw_framework_finish(): the first call on an
 * item writes to it, so it is not thread-safe; call it from one thread,
 * or on every item before sharing a framework between threads.
 */
uint64_t xw_item_hash(const struct xw_item *it);

/** Text hash of an item as 16 lower-case hex digits into @buf (17 bytes). */
void xw_hash_hex(uint64_t hash, char buf[17]);

#endif
