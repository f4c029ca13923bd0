/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_MARKDOWN_H
#define OSCAL_MARKDOWN_H

/*
 * OSCAL JSON writes prose as Markdown; this renders it as the same plain
 * text that oscal_xml.c makes of the XML spelling: emphasis and code
 * marks are dropped, a link keeps its text, a backslash escape gives its
 * character, "{{ insert: param, id }}" goes to the text's insert
 * callback. In multi-line prose, a blank line or a "- " or "* " list
 * item starts a paragraph, like <p> and <li> in XML. Other Markdown
 * (headings, tables, numbered lists) is kept as written.
 */

#include <stddef.h>

#include "oscal_text.h"

void oc_markdown(const char *s, size_t n, int multiline, struct oc_text *out);

#endif
