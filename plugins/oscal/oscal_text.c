/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "oscal_text.h"

enum { NONE, SPACE, BREAK };

void oc_text_init(struct oc_text *t, oc_insert_fn insert, void *ctx)
{
	memset(t, 0, sizeof(*t));
	t->insert = insert;
	t->ctx = ctx;
}

void oc_text_free(struct oc_text *t)
{
	free(t->buf);
	t->buf = NULL;
	t->len = t->cap = 0;
}

void oc_text_clear(struct oc_text *t)
{
	t->len = 0;
	t->failed = 0;
	t->pending = NONE;
	if (t->buf)
		t->buf[0] = '\0';
}

static void put(struct oc_text *t, char c)
{
	if (t->len + 2 > t->cap) {
		size_t cap = t->cap ? t->cap * 2 : 256;
		char *b = realloc(t->buf, cap);

		if (!b) {
			t->failed = 1;
			return;
		}
		t->buf = b;
		t->cap = cap;
	}
	t->buf[t->len++] = c;
	t->buf[t->len] = '\0';
}

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

void oc_text_add(struct oc_text *t, const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		if (blank(s[i])) {
			if (t->len && t->pending == NONE)
				t->pending = SPACE;
			continue;
		}
		if (t->pending != NONE)
			put(t, t->pending == BREAK ? '\n' : ' ');
		t->pending = NONE;
		put(t, s[i]);
	}
}

void oc_text_puts(struct oc_text *t, const char *s)
{
	oc_text_add(t, s, strlen(s));
}

void oc_text_break(struct oc_text *t)
{
	if (t->len)
		t->pending = BREAK;
}

void oc_text_insert(struct oc_text *t, const char *type, size_t type_len,
		    const char *id, size_t id_len)
{
	if (t->insert)
		t->insert(t->ctx, t, type, type_len, id, id_len);
}

const char *oc_text_str(const struct oc_text *t)
{
	return t->len ? t->buf : "";
}
