/* SPDX-License-Identifier: MIT */
#ifndef HTML_PAGE_H
#define HTML_PAGE_H

#include "html_out.h"

/*
 * Appends the whole page for h->r: one self-contained HTML document
 * with every section of the report, in report order, laid out by its
 * kind (docs/engine.md; a kind it does not know is a plain table).
 * The same report gives the same bytes. Returns 0 or XW_ENOMEM.
 */
int html_page(struct html *h);

#endif
