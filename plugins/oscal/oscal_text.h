/* SPDX-License-Identifier: MIT */
#ifndef OSCAL_TEXT_H
#define OSCAL_TEXT_H

/*
 * Plain text built from OSCAL markup. XML prose is wrapped and indented
 * at will and JSON prose is Markdown, so the same sentence arrives with
 * different whitespace; this builder collapses every run of blanks to
 * one space and drops them at the ends, so that both spellings give the
 * same bytes. Paragraphs are separated by a single newline.
 *
 * Parameter inserts are handed to a callback, which renders them into
 * the same text (see oscal_prose.h).
 */

#include <stddef.h>

struct oc_text;

typedef void (*oc_insert_fn)(void *ctx, struct oc_text *t, const char *type,
			     size_t type_len, const char *id, size_t id_len);

struct oc_text {
	char *buf;               /* NUL-terminated when len > 0 */
	size_t len, cap;
	int failed;              /* an allocation failed: the text is cut short */
	int pending;             /* blank owed before the next visible character */
	oc_insert_fn insert;     /* NULL: inserts are left out */
	void *ctx;
};

/* XML's white space, which both spellings use between words. */
static inline int oc_blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void oc_text_init(struct oc_text *t, oc_insert_fn insert, void *ctx);
void oc_text_free(struct oc_text *t);
/* Empties @t, keeping its buffer and callback. */
void oc_text_clear(struct oc_text *t);

/* Appends @n bytes of text, collapsing blanks. */
void oc_text_add(struct oc_text *t, const char *s, size_t n);
void oc_text_puts(struct oc_text *t, const char *s);
/* Starts a new paragraph, unless nothing has been written yet. */
void oc_text_break(struct oc_text *t);
/* Renders an insert through the callback. */
void oc_text_insert(struct oc_text *t, const char *type, size_t type_len,
		    const char *id, size_t id_len);

/* The text so far; "" when empty. */
const char *oc_text_str(const struct oc_text *t);

#endif
