/* SPDX-License-Identifier: MIT */
#ifndef OLIR_COLUMNS_H
#define OLIR_COLUMNS_H

/*
 * The columns of an OLIR relationship table (NIST IR 8278A) and the
 * columns xwalk adds for what OLIR has no place for, in the order the
 * writer writes them. The reader finds each by its header, never by its
 * letter: blanks and line breaks squeezed, a trailing "(Optional)" left
 * out, ASCII case ignored.
 */

#include <stdbool.h>

enum olir_col {
	OLIR_FOCAL,              /* NIST's columns */
	OLIR_RATIONALE,
	OLIR_RELATIONSHIP,
	OLIR_REFERENCE,
	OLIR_STRENGTH,
	OLIR_COMMENTS,
	OLIR_ROW_ID,             /* xwalk's columns */
	OLIR_CONDITIONS,
	OLIR_REVIEW_STATUS,
	OLIR_REVIEWER,
	OLIR_REVIEW_DATE,
	OLIR_SOURCE_HASHES,
	OLIR_TARGET_HASHES,
	OLIR_FOCAL_TEXT,         /* NIST's, read past: the catalogs hold the texts */
	OLIR_REFERENCE_TEXT,
	OLIR_N_COLS
};

/* Columns the writer writes: those before OLIR_FOCAL_TEXT. */
#define OLIR_N_WRITTEN OLIR_FOCAL_TEXT
/* The first of xwalk's own columns. */
#define OLIR_FIRST_XWALK OLIR_ROW_ID

/* The header the writer gives column @c. */
const char *olir_column_header(enum olir_col c);

/* The column headed @text, or -1. */
int olir_column_find(const char *text);

#endif
