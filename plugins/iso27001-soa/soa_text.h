/* SPDX-License-Identifier: MIT */
#ifndef SOA_TEXT_H
#define SOA_TEXT_H

/*
 * The small texts of a Statement of Applicability, compared as people
 * retype them: headers, labels, applicability and status words.
 */

#include <stdbool.h>
#include <stddef.h>

/* Bytes of a blank at @s: an ASCII blank or line break (1), U+3000 (3), else 0. */
size_t soa_blank_at(const char *s);

/* True when @s holds nothing but blanks. */
bool soa_is_blank(const char *s);

/* @s without leading and trailing blanks: returns its start, sets *@len. */
const char *soa_trim(const char *s, size_t *len);

/*
 * @s into @out with full-width ASCII (U+FF01..U+FF5E) read as ASCII and
 * U+3000 as a space; false when it does not fit.
 */
bool soa_ascii(const char *s, char *out, size_t size);

/*
 * @s folded for comparing: soa_ascii(), ASCII lower case, without blanks,
 * ASCII punctuation and bracketed asides ("(Y/N)", "（○/×）", "[必須]",
 * "【必須】"). "Control No." and "ＣＯＮＴＲＯＬ ｎｏ" both fold to
 * "controlno". False when it does not fit.
 */
bool soa_fold(const char *s, char *out, size_t size);

/*
 * Looks a header or label up: calls @match with @cell folded; when that
 * finds nothing, with each of its parts between line breaks and slashes,
 * folded, for bilingual cells ("管理策番号\nControl No.", "認証機関 /
 * Certification body"). Returns @match's answer for the whole cell, or
 * for the first part when every part has one (not negative); else -1.
 */
int soa_lookup(const char *cell, int (*match)(const char *folded));

/* The index of @folded in @words (already folded, NULL-terminated), or -1. */
int soa_word(const char *folded, const char *const *words);

/*
 * The non-blank parts of @parts, each trimmed, joined with @sep, in a
 * malloc'd string ("" when all are blank); NULL when out of memory.
 */
char *soa_join(const char *const *parts, size_t n, const char *sep);

#endif
