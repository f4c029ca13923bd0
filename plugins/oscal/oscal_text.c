/* SPDX-License-Identifier: MIT */
#include <stdint.h>
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

/* Room for @n more bytes and the NUL. */
static int reserve(struct oc_text *t, size_t n)
{
	size_t cap = t->cap ? t->cap : 256;
	char *b;

	if (n > SIZE_MAX / 4 - t->len) {
		t->failed = 1;
		return -1;
	}
	if (t->len + n + 1 <= t->cap)
		return 0;
	while (cap < t->len + n + 1)
		cap *= 2;
	b = realloc(t->buf, cap);
	if (!b) {
		t->failed = 1;
		return -1;
	}
	t->buf = b;
	t->cap = cap;
	return 0;
}

void oc_text_add(struct oc_text *t, const char *s, size_t n)
{
	size_t i = 0;

	/* a separator goes only before a run of non-blanks, and each run but
	 * the first follows a blank: at most n + 1 bytes come out */
	if (!n || reserve(t, n + 1) < 0)
		return;
	while (i < n) {
		size_t run = i;

		if (oc_blank(s[i])) {
			if (t->len && t->pending == NONE)
				t->pending = SPACE;
			i++;
			continue;
		}
		if (t->pending != NONE)
			t->buf[t->len++] = t->pending == BREAK ? '\n' : ' ';
		t->pending = NONE;
		while (i < n && !oc_blank(s[i]))
			i++;
		memcpy(t->buf + t->len, s + run, i - run);
		t->len += i - run;
	}
	t->buf[t->len] = '\0';
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
