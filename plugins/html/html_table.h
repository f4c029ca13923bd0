/* SPDX-License-Identifier: MIT */
#ifndef HTML_TABLE_H
#define HTML_TABLE_H

#include <stdbool.h>
#include <stddef.h>

#include "html_out.h"

/*
 * Tables: real <table> markup with scoped headers. A table with id ID
 * has a filter box ID-q, optionally a status select ID-s, and a count
 * of the rows shown, ID-n; the page's script sorts a column when its
 * header button is activated.
 */

/* Appends the filter box, the status select when @statuses, and the count. */
void html_table_tools(struct html *h, const char *id, bool statuses, size_t rows);
/*
 * A column header that sorts its column: _open starts the tag with the
 * plugin's markup @attrs ("" for none), to which the caller may add
 * attributes; _close ends it with a button labelled @name.
 */
void html_sort_header_open(struct html *h, const char *attrs);
void html_sort_header_close(struct html *h, const char *name);
/*
 * Appends section @s as a sortable table with tools: status columns
 * (STATUS, COVERAGE) get colour and symbol, TITLE (ja) / TITLE (en)
 * columns their language. Any kind of section can be shown this way.
 */
void html_table(struct html *h, size_t s, const char *id);

#endif
