/* SPDX-License-Identifier: MIT */
#ifndef OLIR_TEXT_H
#define OLIR_TEXT_H

/*
 * Text as OLIR files write it: headers and labels broken over lines
 * ("Focal Document\nElement"), words in any case, ids with stray blanks
 * and line breaks around them ("PM-09\n").
 */

#include <stdbool.h>
#include <stddef.h>

/* Blanks: space, tab, CR, LF. */
bool olir_is_blank(char c);

/*
 * @in with every run of blanks one space and none at either end, into
 * @out (@size bytes with the NUL). False when it does not fit.
 */
bool olir_squeeze(const char *in, char *out, size_t size);

/* @in squeezed equals @word, ASCII case ignored. */
bool olir_says(const char *in, const char *word);

/* The text of @in between its leading and trailing blanks: start and length. */
const char *olir_trim(const char *in, size_t *len);

#endif
