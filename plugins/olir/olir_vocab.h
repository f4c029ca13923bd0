/* SPDX-License-Identifier: MIT */
#ifndef OLIR_VOCAB_H
#define OLIR_VOCAB_H

/*
 * OLIR's words for relationships and rationales, and xwalk's names
 * (docs/formats.md). OLIR's words are read squeezed, in any case, with
 * '-' and '_' taken as blanks ("Subset-of", "intersects_with").
 */

enum olir_vocab { OLIR_RELATIONSHIPS, OLIR_RATIONALES };

/* xwalk's name for OLIR's @word in @v; NULL when it is none of them. */
const char *olir_vocab_name(enum olir_vocab v, const char *word);
/*
 * OLIR's word for xwalk's @name in @v ("subset of", "Semantic"); "" for
 * the relationship related, which OLIR has no word for; NULL for none.
 */
const char *olir_vocab_word(enum olir_vocab v, const char *name);

/* "'equal', 'subset of', …", for messages. */
extern const char olir_relationship_words[];
extern const char olir_rationale_words[];

#endif
