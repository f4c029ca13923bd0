/* SPDX-License-Identifier: MIT */
#ifndef XW_NUMBER_LIKE_H
#define XW_NUMBER_LIKE_H

#include <stdbool.h>

/*
 * Whether some YAML reader (1.1 or 1.2 core schema) would read the plain
 * scalar @s as a number or a date, so that it must be quoted to stay a
 * string: ints in any base, floats, infinities and NaN, sexagesimals,
 * and anything starting with a date. Allocates nothing and cannot fail.
 */
bool xw_number_like(const char *s);

#endif
