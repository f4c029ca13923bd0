/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "om_text.h"

/* JavaScript's \s, in UTF-8; the first three are also line breaks. */
static const char *const js_space[] = {
	"\n", "\r", "\xE2\x80\xA8", "\xE2\x80\xA9",
	"\t", "\v", "\f", " ", "\xC2\xA0", "\xE1\x9A\x80",
	"\xE2\x80\x80", "\xE2\x80\x81", "\xE2\x80\x82", "\xE2\x80\x83",
	"\xE2\x80\x84", "\xE2\x80\x85", "\xE2\x80\x86", "\xE2\x80\x87",
	"\xE2\x80\x88", "\xE2\x80\x89", "\xE2\x80\x8A", "\xE2\x80\xAF",
	"\xE2\x81\x9F", "\xE3\x80\x80", "\xEF\xBB\xBF",
};
#define N_SPACE (sizeof(js_space) / sizeof(js_space[0]))
#define N_BREAK 4

static bool starts_with_space(const char *s)
{
	for (size_t i = 0; i < N_SPACE; i++)
		if (strncmp(s, js_space[i], strlen(js_space[i])) == 0)
			return true;
	return false;
}

static bool ends_with_space(const char *s, size_t len)
{
	for (size_t i = 0; i < N_SPACE; i++) {
		size_t n = strlen(js_space[i]);

		if (len >= n && memcmp(s + len - n, js_space[i], n) == 0)
			return true;
	}
	return false;
}

const char *om_string_problem(const char *s)
{
	if (!*s)
		return "it is empty";
	for (size_t i = 0; i < N_BREAK; i++)
		if (strstr(s, js_space[i]))
			return "it holds a line break";
	if (starts_with_space(s) || ends_with_space(s, strlen(s)))
		return "it starts or ends with a blank";
	return NULL;
}

const char *om_line_problem(const char *s)
{
	if (!*s)
		return "it is empty";
	return strchr(s, '\n') ? "it holds a line break" : NULL;
}

static bool ascii_letter(char c)
{
	return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
}

bool om_is_token(const char *s)
{
	if (!ascii_letter(*s) && *s != '_')
		return false;
	for (s++; *s; s++)
		if (!ascii_letter(*s) && !(*s >= '0' && *s <= '9') && !strchr("._-", *s))
			return false;
	return true;
}

bool om_has_glob(const char *s)
{
	return strpbrk(s, "*?[") != NULL;
}
