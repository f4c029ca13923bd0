/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "oscal_markdown.h"

struct md {
	const char *s;
	struct oc_text *out;
	int multiline;
};

static size_t skip_blanks(const char *s, size_t i, size_t end)
{
	while (i < end && (s[i] == ' ' || s[i] == '\t'))
		i++;
	return i;
}

static size_t trim_end(const char *s, size_t from, size_t to)
{
	while (to > from && (s[to - 1] == ' ' || s[to - 1] == '\t'))
		to--;
	return to;
}

/*
 * The scans below stop at the first character that cannot belong to
 * what they look for, so no two scans cover the same text and hostile
 * prose ("[[[[...", "{{{{...") costs linear time.
 */

/*
 * "{{ insert: TYPE, ID }}" at @i: renders it and returns the index after
 * it, or 0 when it is not one (it is then copied as text).
 */
static size_t insert(const struct md *m, size_t i, size_t end)
{
	const char *s = m->s;
	size_t close = i + 2, type, type_end, id, id_end;

	while (close + 1 < end && s[close] != '{' && s[close] != '\n' &&
	       !(s[close] == '}' && s[close + 1] == '}'))
		close++;
	if (close + 1 >= end || s[close] != '}')
		return 0;
	i = skip_blanks(s, i + 2, close);
	if (close - i < 7 || memcmp(s + i, "insert:", 7) != 0)
		return 0;
	type = skip_blanks(s, i + 7, close);
	for (type_end = type; type_end < close && s[type_end] != ','; type_end++)
		;
	if (type_end == close)
		return 0;
	id = skip_blanks(s, type_end + 1, close);
	id_end = trim_end(s, id, close);
	type_end = trim_end(s, type, type_end);
	if (type_end == type || id_end == id)
		return 0;
	oc_text_insert(m->out, s + type, type_end - type, s + id, id_end - id);
	return close + 2;
}

/*
 * "[text](target)" with '[' at @i: sets *@text_end to the ']' and returns
 * the index after the ')', or 0 when it is not a link. Link texts do not
 * nest and targets hold no blanks, as OSCAL writes them.
 */
static size_t link(const struct md *m, size_t i, size_t end, size_t *text_end)
{
	const char *s = m->s;
	size_t k = i + 1;

	while (k < end && s[k] != '[' && s[k] != ']')
		k += s[k] == '\\' && k + 1 < end ? 2 : 1;
	if (k + 1 >= end || s[k] != ']' || s[k + 1] != '(')
		return 0;
	*text_end = k;
	for (k += 2; k < end && !strchr(" \t\n()[]", s[k]); k++)
		;
	return k < end && s[k] == ')' ? k + 1 : 0;
}

static int punct(char c)
{
	return c && strchr("!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~", c) != NULL;
}

/* At the start of a line: a blank line or a list item starts a paragraph. */
static size_t line_start(const struct md *m, size_t i, size_t end)
{
	size_t k = skip_blanks(m->s, i, end);

	if (k < end && m->s[k] == '\n') {
		oc_text_break(m->out);
		return k;
	}
	if (end - k >= 2 && (m->s[k] == '-' || m->s[k] == '*') && m->s[k + 1] == ' ') {
		oc_text_break(m->out);
		return k + 2;
	}
	return i;
}

/* Whether @c may start something render() reads as markup. */
static int may_mark(char c)
{
	switch (c) {
	case '\\': case '{': case '!': case '[': case '*': case '`': case '\n':
		return 1;
	default:
		return 0;
	}
}

static void render(const struct md *m, size_t i, size_t end)
{
	const char *s = m->s;

	while (i < end) {
		size_t next, text_end;

		if (s[i] == '\\' && i + 1 < end && punct(s[i + 1])) {
			oc_text_add(m->out, s + i + 1, 1);
			i += 2;
		} else if (s[i] == '{' && i + 1 < end && s[i + 1] == '{' &&
			   (next = insert(m, i, end))) {
			i = next;
		} else if (s[i] == '!' && i + 1 < end && s[i + 1] == '[' &&
			   (next = link(m, i + 1, end, &text_end))) {
			render(m, i + 2, text_end);   /* an image: its alt text */
			i = next;
		} else if (s[i] == '[' && (next = link(m, i, end, &text_end))) {
			render(m, i + 1, text_end);   /* holds no '[': one level deep */
			i = next;
		} else if (s[i] == '*' || s[i] == '`') {
			i++;   /* emphasis and code marks */
		} else if (s[i] == '\n' && m->multiline) {
			oc_text_add(m->out, "\n", 1);
			i = line_start(m, i + 1, end);
		} else {
			size_t run = i + 1;

			while (run < end && !may_mark(s[run]))
				run++;
			oc_text_add(m->out, s + i, run - i);
			i = run;
		}
	}
}

void oc_markdown(const char *s, size_t n, int multiline, struct oc_text *out)
{
	struct md m = { s, out, multiline };

	render(&m, multiline ? line_start(&m, 0, n) : 0, n);
}
