/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_cell.h"

const char *cprt_level_name(enum cprt_level level)
{
	static const char *const names[CPRT_LEVELS] = { "function", "category", "subcategory" };

	return names[level];
}

static bool upper(char c)
{
	return c >= 'A' && c <= 'Z';
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

bool cprt_id_of_level(struct cprt_span id, enum cprt_level level)
{
	const char *s = id.s;
	size_t n = id.n;

	if (n < 2 || !upper(s[0]) || !upper(s[1]))
		return false;
	if (level == CPRT_FUNCTION)
		return n == 2;
	if (n < 5 || s[2] != '.' || !upper(s[3]) || !upper(s[4]))
		return false;
	if (level == CPRT_CATEGORY)
		return n == 5;
	/* "-N" or "-NN" */
	return (n == 7 || n == 8) && s[5] == '-' && digit(s[6]) && (n == 7 || digit(s[7]));
}

bool cprt_id_any(struct cprt_span id)
{
	for (int l = 0; l < CPRT_LEVELS; l++)
		if (cprt_id_of_level(id, (enum cprt_level)l))
			return true;
	return false;
}

bool cprt_id_under(struct cprt_span child, struct cprt_span parent)
{
	return child.n > parent.n && memcmp(child.s, parent.s, parent.n) == 0 &&
	       (child.s[parent.n] == '.' || child.s[parent.n] == '-');
}

/* "[Withdrawn: NOTE]" into @note; false for a statement. */
static bool withdrawal(struct cprt_span text, struct cprt_span *note)
{
	static const char mark[] = "[Withdrawn";

	if (!cprt_span_starts(text, mark) || text.s[text.n - 1] != ']')
		return false;
	*note = cprt_trim(text.s + strlen(mark), text.n - strlen(mark) - 1);
	if (note->n && note->s[0] == ':')
		*note = cprt_trim(note->s + 1, note->n - 1);
	return true;
}

/* "TITLE (ID)": the id in the last parentheses, the title before them. */
static bool titled(struct cprt_span head, struct cprt_cell *out)
{
	size_t open = head.n;

	if (!head.n || head.s[head.n - 1] != ')')
		return false;
	while (open > 0 && head.s[open - 1] != '(')
		open--;
	if (!open)
		return false;
	out->id = cprt_trim(head.s + open, head.n - open - 1);
	out->title = cprt_trim(head.s, open - 1);
	return out->title.n > 0;
}

bool cprt_cell_parse(const char *cell, enum cprt_level level, struct cprt_cell *out)
{
	struct cprt_span all = cprt_trim_str(cell), head = all;
	const char *colon = memchr(all.s, ':', all.n);

	memset(out, 0, sizeof(*out));
	if (colon) {
		head = cprt_trim(all.s, (size_t)(colon - all.s));
		out->text = cprt_trim(colon + 1, all.n - (size_t)(colon - all.s) - 1);
		out->has_text = out->text.n > 0;
	}
	if (level == CPRT_SUBCATEGORY)
		out->id = head;
	else if (!titled(head, out))
		return false;
	if (out->has_text)
		out->withdrawn = withdrawal(out->text, &out->text);
	return cprt_id_of_level(out->id, level);
}
