/* SPDX-License-Identifier: MIT */
#ifndef HTML_BARS_H
#define HTML_BARS_H

#include <stddef.h>

#include "html_out.h"

/*
 * Appends a coverage bar for each row of section @s, of kind "totals":
 * segments coloured by status, and each count written out beside its
 * symbol, so the bar is read without telling colours apart.
 */
void html_bars(struct html *h, size_t s);

#endif
