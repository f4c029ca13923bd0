/* SPDX-License-Identifier: MIT */
#ifndef XR_MATRIX_H
#define XR_MATRIX_H

/*
 * A section of kind "matrix": source items down (with their titles from
 * the report's "items" sections), target items across with upright ids,
 * each cell coloured by its coverage, hatched when the row works jointly
 * and shaded by the deciding row's strength, and keeping its words.
 * The first matrix also gets a Legend sheet after it. A matrix without
 * an ITEM column is written as a plain table.
 */

#include <stddef.h>

#include "xr_book.h"

/* Returns 0 or a negative XW_E* code, already reported. */
int xr_matrix_write(struct xr_book *b, size_t s);

#endif
