/* SPDX-License-Identifier: MIT */
#ifndef XR_TABLE_H
#define XR_TABLE_H

/*
 * A section as a plain sheet: its columns under a bold, frozen header
 * row with an autofilter, columns as wide as their text (long text
 * wrapped), counts as numbers, and the section's text lines below.
 * Every kind the plugin does not lay out otherwise is written so.
 */

#include <stddef.h>

#include "xr_book.h"

/* Returns 0 or a negative XW_E* code, already reported. */
int xr_table_write(struct xr_book *b, size_t s);

/* Writes the text lines of section @s in column A from @row down. */
int xr_table_lines(struct xr_book *b, lxw_worksheet *ws, size_t s, size_t row);

/* The width of @text in Excel's column units: its longest line, with
 * East Asian characters counted twice. */
double xr_text_width(const char *text);

#endif
