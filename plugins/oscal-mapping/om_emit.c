/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "om_emit.h"

static void put(struct om_emit *e, const char *s, size_t n)
{
	e->h->write(e->out, s, n);
}

static void puts_(struct om_emit *e, const char *s)
{
	put(e, s, strlen(s));
}

/*
 * The code point at @s, with its length in bytes in *@len, when YAML
 * readers (the reader's libyaml among them) cannot take it raw; else 0.
 * JSON allows it, but YAML takes U+0085, U+2028 and U+2029 for line
 * breaks and refuses DEL, the other C1 controls, U+FFFE and U+FFFF, so
 * they are written escaped.
 */
static unsigned yaml_unsafe(const unsigned char *s, size_t *len)
{
	*len = 1;
	if (s[0] == 0x7F)
		return 0x7F;
	*len = 2;
	if (s[0] == 0xC2 && s[1] >= 0x80 && s[1] <= 0x9F)
		return s[1];
	*len = 3;
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
		return 0x2028u + (s[2] - 0xA8u);
	if (s[0] == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
		return 0xFFFEu + (s[2] - 0xBEu);
	return 0;
}

static void quoted(struct om_emit *e, const char *s)
{
	const char *run = s;

	put(e, "\"", 1);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		size_t len;
		unsigned unsafe = yaml_unsafe((const unsigned char *)s, &len);
		char esc[8];

		if (c >= 0x20 && c != '"' && c != '\\' && !unsafe)
			continue;
		put(e, run, (size_t)(s - run));
		switch (unsafe ? 0 : c) {
		case '"': puts_(e, "\\\""); break;
		case '\\': puts_(e, "\\\\"); break;
		case '\n': puts_(e, "\\n"); break;
		case '\r': puts_(e, "\\r"); break;
		case '\t': puts_(e, "\\t"); break;
		case '\b': puts_(e, "\\b"); break;
		case '\f': puts_(e, "\\f"); break;
		default:
			snprintf(esc, sizeof(esc), "\\u%04x", unsafe ? unsafe : c);
			puts_(e, esc);
		}
		/* the rest of an escaped character's bytes */
		s += unsafe ? len - 1 : 0;
		run = s + 1;
	}
	put(e, run, (size_t)(s - run));
	put(e, "\"", 1);
}

/* The comma, line break and indentation before a member, and its key. */
static void member(struct om_emit *e, const char *key)
{
	if (e->depth) {
		if (e->has[e->depth])
			put(e, ",", 1);
		e->has[e->depth] = true;
		put(e, "\n", 1);
		for (unsigned i = 0; i < e->depth; i++)
			put(e, "  ", 2);
	}
	if (key) {
		quoted(e, key);
		put(e, ": ", 2);
	}
}

void om_emit_init(struct om_emit *e, const struct xw_host *h, struct xw_output *out)
{
	memset(e, 0, sizeof(*e));
	e->h = h;
	e->out = out;
}

void om_open(struct om_emit *e, const char *key, char bracket)
{
	member(e, key);
	put(e, &bracket, 1);
	e->depth++;
	e->has[e->depth] = false;
}

void om_close(struct om_emit *e, char bracket)
{
	char closing = bracket == '{' ? '}' : ']';

	e->depth--;
	put(e, "\n", 1);
	for (unsigned i = 0; i < e->depth; i++)
		put(e, "  ", 2);
	put(e, &closing, 1);
}

void om_string(struct om_emit *e, const char *key, const char *value)
{
	member(e, key);
	quoted(e, value);
}

void om_emit_end(struct om_emit *e)
{
	put(e, "\n", 1);
}
