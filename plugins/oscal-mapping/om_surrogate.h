/* SPDX-License-Identifier: MIT */
#ifndef OM_SURROGATE_H
#define OM_SURROGATE_H

/*
 * JSON writes a character beyond U+FFFF as an escaped UTF-16 pair
 * ("\ud842\udfb7", as Python's json module does for rare kanji); libyaml
 * refuses each half. This rewrites every such pair inside a string as
 * the one YAML escape "\U00020bb7", which means the same character;
 * on that line, libyaml's columns after it are then two fewer.
 */

#include <stddef.h>

/*
 * Sets *@out to a rewritten, NUL-terminated copy of the @len bytes at
 * @text and *@out_len to its length, or *@out to NULL when there is no
 * pair to rewrite. Returns 0, or XW_ENOMEM.
 */
int om_surrogates_join(const char *text, size_t len, char **out, size_t *out_len);

#endif
