/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdio.h>
#include <string.h>

#include "soa_id.h"
#include "soa_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define MAX_PARTS 4

/* Annex A: the controls of themes 5 to 8. */
static const unsigned controls[] = { [5] = 37, [6] = 8, [7] = 14, [8] = 34 };

/* Clauses 4 to 10: sub-clauses of each; sub-sub-clauses of 6.1, 7.5, 9.2, 9.3. */
static const unsigned clauses[] = { [4] = 4, [5] = 3, [6] = 3, [7] = 5, [8] = 3,
				    [9] = 3, [10] = 2 };
static const struct { unsigned a, b, n; } subclauses[] = {
	{ 6, 1, 3 }, { 7, 5, 3 }, { 9, 2, 2 }, { 9, 3, 3 },
};

enum prefix { BARE, ANNEX, CLAUSE };

struct number {
	enum prefix prefix;
	unsigned part[MAX_PARTS];
	int n;
};

static bool starts(const char *s, const char *p)
{
	size_t i = 0;

	for (; p[i]; i++)
		if (s[i] != p[i] && !(s[i] >= 'A' && s[i] <= 'Z' && s[i] + 32 == p[i]))
			return false;
	return true;
}

static const char *skip(const char *s, const char *chars)
{
	while (*s && strchr(chars, *s))
		s++;
	return s;
}

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Past "Annex A", "附属書A", "A." or "Clause", "箇条"; sets @n->prefix. */
static const char *prefix(const char *s, struct number *n)
{
	static const char *const annex[] = { "annex", "附属書", "付属書" };
	static const char *const clause[] = { "clause", "箇条", "条項" };

	for (size_t i = 0; i < N(annex); i++)
		if (starts(s, annex[i])) {
			const char *a = skip(s + strlen(annex[i]), " ");

			if (*a == 'A' || *a == 'a') {
				n->prefix = ANNEX;
				return skip(a + 1, " .-:");
			}
		}
	for (size_t i = 0; i < N(clause); i++)
		if (starts(s, clause[i])) {
			n->prefix = CLAUSE;
			return skip(s + strlen(clause[i]), " .:");
		}
	if ((*s == 'A' || *s == 'a') && digit(*skip(s + 1, " .-"))) {
		n->prefix = ANNEX;
		return skip(s + 1, " .-");
	}
	n->prefix = BARE;
	return s;
}

/* The dotted number at @s into @n: true when it ends the cell or a blank or other script follows. */
static bool parts(const char *s, struct number *n)
{
	n->n = 0;
	while (digit(*s)) {
		unsigned v = 0;
		int digits = 0;

		for (; digit(*s); s++)
			if (++digits > 3)
				return false;
			else
				v = v * 10 + (unsigned)(*s - '0');
		if (n->n == MAX_PARTS)
			return false;
		n->part[n->n++] = v;
		if (*s == '.' && digit(s[1]))
			s++;
	}
	if (*s == '.')
		s++;
	return n->n > 0 && (!*s || *s == ' ' || *s == '\t' || *s == '\n' ||
			    (unsigned char)*s >= 0x80);
}

static bool is_clause(const struct number *n)
{
	unsigned a = n->part[0];

	if (a >= N(clauses) || !clauses[a])
		return false;
	if (n->n == 1)
		return true;
	if (n->part[1] < 1 || n->part[1] > clauses[a])
		return false;
	if (n->n == 2)
		return true;
	for (size_t i = 0; n->n == 3 && i < N(subclauses); i++)
		if (subclauses[i].a == a && subclauses[i].b == n->part[1])
			return n->part[2] >= 1 && n->part[2] <= subclauses[i].n;
	return false;
}

static bool is_theme(unsigned t)
{
	return t < N(controls) && controls[t];
}

/*
 * Numbered as in 2013 (A.5 to A.18, objectives A.5.1, controls A.5.1.1),
 * and not as in 2022.
 */
static bool is_2013(const struct number *n)
{
	return n->part[0] >= 5 && n->part[0] <= 18 &&
	       (n->n == 3 || (n->n < 3 && !is_theme(n->part[0])));
}

static enum soa_id annex(const struct number *n, char id[SOA_ID_MAX])
{
	unsigned t = n->part[0];

	if (n->n == 1 && is_theme(t)) {
		snprintf(id, SOA_ID_MAX, "A.%u", t);
		return SOA_ID_THEME;
	}
	if (n->n == 2 && is_theme(t)) {
		if (n->part[1] < 1 || n->part[1] > controls[t])
			return SOA_ID_BAD;
		snprintf(id, SOA_ID_MAX, "A.%u.%u", t, n->part[1]);
		return SOA_ID_CONTROL;
	}
	return is_2013(n) ? SOA_ID_2013 : SOA_ID_BAD;
}

static enum soa_id clause(const struct number *n, char id[SOA_ID_MAX])
{
	int at = 0;

	if (!is_clause(n))
		return SOA_ID_BAD;
	for (int i = 0; i < n->n; i++)
		at += snprintf(id + at, (size_t)(SOA_ID_MAX - at), "%s%u", i ? "." : "",
			       n->part[i]);
	return SOA_ID_CLAUSE;
}

static enum soa_id bare(const struct number *n, char id[SOA_ID_MAX])
{
	if (n->n == 2 && is_theme(n->part[0]))
		return annex(n, id);
	if (is_clause(n))
		return clause(n, id);
	if (n->n == 1)
		return SOA_ID_TEXT;   /* "3", "2024": no number of ours */
	return is_2013(n) ? SOA_ID_2013 : SOA_ID_BAD;
}

enum soa_id soa_id_parse(const char *cell, char id[SOA_ID_MAX])
{
	char text[128];
	const char *s;
	struct number n;
	size_t len, off, digits;

	id[0] = '\0';
	if (!soa_ascii(cell, text, sizeof(text)))
		return SOA_ID_TEXT;
	s = soa_trim(text, &len);
	off = (size_t)(s - text);
	text[off + len] = '\0';
	s = prefix(text + off, &n);
	digits = strspn(s, "0123456789");
	/* "Annex A controls", a year, a date: not numbers of ours */
	if (!digits || (n.prefix == BARE && digits > 3))
		return SOA_ID_TEXT;
	if (!parts(s, &n))
		return SOA_ID_BAD;
	switch (n.prefix) {
	case ANNEX: return annex(&n, id);
	case CLAUSE: return clause(&n, id);
	case BARE: break;
	}
	return bare(&n, id);
}
