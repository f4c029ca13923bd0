/* SPDX-License-Identifier: MIT */
#ifndef XWALK_TEXT_H
#define XWALK_TEXT_H

/**
 * Small value types shared by the model: text in two languages, string
 * lists and key/value properties. All strings are owned UTF-8.
 */

#include <stddef.h>

#include "xwalk/error.h"

enum xw_lang {
	XW_LANG_NONE = -1,
	XW_LANG_JA = 0,
	XW_LANG_EN = 1,
	XW_LANG_COUNT = 2,
};

/** "ja" / "en"; NULL for XW_LANG_NONE. */
const char *xw_lang_name(int lang);
/** XW_LANG_JA / XW_LANG_EN, or XW_LANG_NONE for anything else. */
int xw_lang_parse(const char *s);

/** A string per language; a missing language is NULL. */
struct xw_ltext {
	char *s[XW_LANG_COUNT];
};

/** Text in @lang, or in the other language when @lang has none; may be NULL. */
const char *xw_ltext_get(const struct xw_ltext *t, int lang);
void xw_ltext_clear(struct xw_ltext *t);

struct xw_strlist {
	char **v;
	size_t n;
};

/** Appends a copy of @s. Errors: XW_ENOMEM. */
int xw_strlist_add(struct xw_strlist *l, const char *s, struct xw_error *err);
/** Index of @s in @l, or -1. */
long xw_strlist_find(const struct xw_strlist *l, const char *s);
void xw_strlist_clear(struct xw_strlist *l);

struct xw_prop {
	char *key;
	char *value;
};

struct xw_props {
	struct xw_prop *v;
	size_t n;
};

/** Sets @key to @value, replacing an earlier value. Errors: XW_ENOMEM. */
int xw_props_set(struct xw_props *p, const char *key, const char *value,
		 struct xw_error *err);
/** The value of @key, or NULL. */
const char *xw_props_get(const struct xw_props *p, const char *key);
void xw_props_clear(struct xw_props *p);

/** Replaces *@dst by a copy of @src. Errors: XW_ENOMEM. */
int xw_str_set(char **dst, const char *src, struct xw_error *err);

/** True when @s is a date written YYYY-MM-DD with a real month and day. */
int xw_date_valid(const char *s);

#endif
