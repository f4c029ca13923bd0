/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_sniff.h"

/*
 * A hand scan of the file's start, not libyaml: libyaml reads ahead, and
 * a broken byte further on would hide a document that is ours, whose
 * reader must then say what is wrong.
 */

#define PROLOG_MAX 4096

struct scan {
	const char *p, *end;
};

static void blanks(struct scan *s)
{
	while (s->p < s->end && (*s->p == ' ' || *s->p == '\t' || *s->p == '\r' || *s->p == '\n'))
		s->p++;
}

static bool take(struct scan *s, char c)
{
	blanks(s);
	if (s->p < s->end && *s->p == c) {
		s->p++;
		return true;
	}
	return false;
}

/* Steps over a string; *@text and *@len are what is between its quotes. */
static bool string(struct scan *s, const char **text, size_t *len)
{
	if (!take(s, '"'))
		return false;
	*text = s->p;
	while (s->p < s->end && *s->p != '"')
		s->p += *s->p == '\\' ? 2 : 1;
	if (s->p >= s->end)
		return false;
	*len = (size_t)(s->p - *text);
	s->p++;
	return true;
}

static bool is(const char *text, size_t len, const char *word)
{
	return len == strlen(word) && memcmp(text, word, len) == 0;
}

bool om_is_mapping_collection(const struct xw_input *in)
{
	struct scan s = { (const char *)in->data, (const char *)in->data + in->size };
	const char *key, *value;
	size_t len, value_len;

	if (s.end - s.p > PROLOG_MAX)
		s.end = s.p + PROLOG_MAX;
	if (s.end - s.p >= 3 && memcmp(s.p, "\xEF\xBB\xBF", 3) == 0)
		s.p += 3;
	if (!take(&s, '{') || !string(&s, &key, &len))
		return false;
	/* "$schema" may come first, with a string value */
	if (is(key, len, "$schema") &&
	    !(take(&s, ':') && string(&s, &value, &value_len) && take(&s, ',') &&
	      string(&s, &key, &len)))
		return false;
	return is(key, len, "mapping-collection") && take(&s, ':');
}
