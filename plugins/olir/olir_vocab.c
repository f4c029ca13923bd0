/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "olir_text.h"
#include "olir_vocab.h"

struct word {
	const char *name;        /* xwalk's */
	const char *word;        /* OLIR's, as the writer writes it */
};

static const struct word relationships[] = {
	{ "equal", "equal" },
	{ "subset-of", "subset of" },
	{ "superset-of", "superset of" },
	{ "intersects-with", "intersects with" },
	{ "no-relationship", "not related to" },
	{ "no-relationship", "no relationship" },  /* IR 8477's words, read only */
	{ "related", "" },
};

static const struct word rationales[] = {
	{ "syntactic", "Syntactic" },
	{ "semantic", "Semantic" },
	{ "functional", "Functional" },
};

const char olir_relationship_words[] =
	"'equal', 'subset of', 'superset of', 'intersects with' or 'not related to'";
const char olir_rationale_words[] = "'Syntactic', 'Semantic' or 'Functional'";

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const struct {
	const struct word *v;
	size_t n;
} vocabs[] = {
	[OLIR_RELATIONSHIPS] = { relationships, N(relationships) },
	[OLIR_RATIONALES] = { rationales, N(rationales) },
};

const char *olir_vocab_name(enum olir_vocab v, const char *word)
{
	char buf[64];
	size_t len = strlen(word);

	if (len >= sizeof(buf))
		return NULL;
	for (size_t i = 0; i <= len; i++)
		buf[i] = word[i] == '-' || word[i] == '_' ? ' ' : word[i];
	for (size_t i = 0; i < vocabs[v].n; i++)
		if (vocabs[v].v[i].word[0] && olir_says(buf, vocabs[v].v[i].word))
			return vocabs[v].v[i].name;
	return NULL;
}

const char *olir_vocab_word(enum olir_vocab v, const char *name)
{
	for (size_t i = 0; i < vocabs[v].n; i++)
		if (strcmp(vocabs[v].v[i].name, name) == 0)
			return vocabs[v].v[i].word;
	return NULL;
}
