/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cprt_iso.h"
#include "cprt_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define NUMBER_MAX 16   /* the longest clause number read ("9.3.3" is 5) */

/* Clauses 4 to 10, as the standard numbers them. */
static const char *const clauses[] = {
	"4", "4.1", "4.2", "4.3", "4.4",
	"5", "5.1", "5.2", "5.3",
	"6", "6.1", "6.1.1", "6.1.2", "6.1.3", "6.2", "6.3",
	"7", "7.1", "7.2", "7.3", "7.4", "7.5", "7.5.1", "7.5.2", "7.5.3",
	"8", "8.1", "8.2", "8.3",
	"9", "9.1", "9.2", "9.2.1", "9.2.2", "9.3", "9.3.1", "9.3.2", "9.3.3",
	"10", "10.1", "10.2",
};

/* Annex A: its four themes and how many controls each has. */
static const struct {
	int theme, controls;
} annex[] = { { 5, 37 }, { 6, 8 }, { 7, 14 }, { 8, 34 } };

/* The NIST cell's two kinds of reference and the prefix of their ids. */
static const struct {
	const char *kind, *prefix;
} kinds[] = { { "Mandatory Clause", "" }, { "Annex A Controls", "A." } };

/* Parts of a list that name no single item. */
static const char *const not_an_item[] = { "None", "All applicable controls" };

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* A number without a leading zero, at most 3 digits, from *@p; -1 when there is none. */
static int number(const char **p)
{
	int v = 0, n = 0;

	if (**p == '0')
		return -1;
	for (; digit(**p); (*p)++) {
		if (++n > 3)
			return -1;
		v = v * 10 + (**p - '0');
	}
	return n ? v : -1;
}

/* "5" (a theme) or "5.37" (a control) of Annex A. */
static bool annex_known(const char *id)
{
	int theme = number(&id), control = 0;

	if (*id == '.') {
		id++;
		control = number(&id);
		if (control < 1)
			return false;
	}
	if (*id)
		return false;
	for (size_t i = 0; i < N(annex); i++)
		if (annex[i].theme == theme)
			return control <= annex[i].controls;
	return false;
}

bool cprt_iso_known(const char *id)
{
	if (id[0] == 'A' && id[1] == '.')
		return annex_known(id + 2);
	for (size_t i = 0; i < N(clauses); i++)
		if (strcmp(clauses[i], id) == 0)
			return true;
	return false;
}

/* The id prefix of a reference's kind ("Annex A Controls" -> "A."), or NULL. */
static const char *prefix_of(struct cprt_span kind)
{
	for (size_t i = 0; i < N(kinds); i++)
		if (cprt_span_is(kind, kinds[i].kind))
			return kinds[i].prefix;
	return NULL;
}

static bool names_no_item(struct cprt_span part)
{
	for (size_t i = 0; i < N(not_an_item); i++)
		if (cprt_span_is(part, not_an_item[i]))
			return true;
	return part.n == 0;
}

/* The clause number of a part, "6.1", "4.2(a)" or "4.2 (a)", into @num; false for anything else. */
static bool part_number(struct cprt_span part, struct cprt_span *num)
{
	struct cprt_span rest;
	size_t i = 0;

	for (;;) {
		size_t start = i;

		while (i < part.n && digit(part.s[i]))
			i++;
		if (i == start)
			return false;
		if (i + 1 < part.n && part.s[i] == '.' && digit(part.s[i + 1]))
			i++;
		else
			break;
	}
	*num = (struct cprt_span){ part.s, i };
	rest = cprt_trim(part.s + i, part.n - i);
	return rest.n == 0 || (rest.n == 3 && rest.s[0] == '(' && rest.s[1] >= 'a' &&
			       rest.s[1] <= 'z' && rest.s[2] == ')');
}

int cprt_iso_read(const char *ref, cprt_emit_fn emit, void *ctx)
{
	const char *colon = strchr(ref, ':'), *p, *prefix;

	if (!colon || !(prefix = prefix_of(cprt_trim(ref, (size_t)(colon - ref)))))
		return CPRT_REF_UNREADABLE;
	for (p = colon + 1;;) {
		const char *comma = strchr(p, ',');
		struct cprt_span part = cprt_trim(p, comma ? (size_t)(comma - p) : strlen(p)), num;
		char id[NUMBER_MAX + 3];
		int rc;

		if (!names_no_item(part)) {
			if (!part_number(part, &num) || num.n > NUMBER_MAX)
				return CPRT_REF_UNREADABLE;
			snprintf(id, sizeof(id), "%s%.*s", prefix, (int)num.n, num.s);
			if ((rc = emit(ctx, id, cprt_iso_known(id))) != 0)
				return rc;
		}
		if (!comma)
			return 0;
		p = comma + 1;
	}
}
