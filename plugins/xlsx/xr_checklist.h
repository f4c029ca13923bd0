/* SPDX-License-Identifier: MIT */
#ifndef XR_CHECKLIST_H
#define XR_CHECKLIST_H

/*
 * A section of kind "checklist" laid out like IPA's ★3/★4 self-assessment
 * workbook: a heading row with the ○/△/✖ legend above the mark column,
 * the header in row 2 and one criterion a row from row 3 (criterion id,
 * its text in Japanese and English, the mark, then xwalk's status,
 * evidence and conditions, and an empty column for the company's notes).
 * The mark column offers ○, △ and ✖ in a list, so the company can carry
 * on in Excel. A checklist without ITEM or MARK is a plain table.
 */

#include <stddef.h>

#include "xr_book.h"

/* Returns 0 or a negative XW_E* code, already reported. */
int xr_checklist_write(struct xr_book *b, size_t s);

#endif
