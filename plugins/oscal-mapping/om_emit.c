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
 * The code point of U+0085, U+2028 or U+2029 at @s, 0 if none there. JSON
 * allows them raw, but YAML parsers (the reader's libyaml among them)
 * take them for line breaks, so they are written escaped.
 */
static unsigned yaml_break(const unsigned char *s)
{
	if (s[0] == 0xC2 && s[1] == 0x85)
		return 0x85;
	if (s[0] == 0xE2 && s[1] == 0x80 && (s[2] == 0xA8 || s[2] == 0xA9))
		return 0x2028u + (s[2] - 0xA8u);
	return 0;
}

static void quoted(struct om_emit *e, const char *s)
{
	const char *run = s;

	put(e, "\"", 1);
	for (; *s; s++) {
		unsigned char c = (unsigned char)*s;
		unsigned brk = yaml_break((const unsigned char *)s);
		char esc[8];

		if (c >= 0x20 && c != '"' && c != '\\' && !brk)
			continue;
		put(e, run, (size_t)(s - run));
		switch (brk ? 0 : c) {
		case '"': puts_(e, "\\\""); break;
		case '\\': puts_(e, "\\\\"); break;
		case '\n': puts_(e, "\\n"); break;
		case '\r': puts_(e, "\\r"); break;
		case '\t': puts_(e, "\\t"); break;
		case '\b': puts_(e, "\\b"); break;
		case '\f': puts_(e, "\\f"); break;
		default:
			snprintf(esc, sizeof(esc), "\\u%04x", brk ? brk : c);
			puts_(e, esc);
		}
		/* the rest of a line break's bytes */
		s += brk == 0x85 ? 1 : brk ? 2 : 0;
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
