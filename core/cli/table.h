/* SPDX-License-Identifier: MIT */
#ifndef XWALK_TABLE_H
#define XWALK_TABLE_H

/*
 * A terminal table: columns padded by display width, so full-width
 * Japanese text lines up.
 */

#include <stddef.h>
#include <stdio.h>

struct table {
	size_t cols;
	size_t rows;
	char **cells;   /* rows x cols, owned; row 0 is the header */
	int failed;
};

void table_init(struct table *t, size_t cols);
/* Appends a row of @t->cols strings (NULL prints as "-"); copies them. */
void table_add(struct table *t, const char *const *cells);
void table_print(const struct table *t, FILE *out);
void table_free(struct table *t);

#endif
