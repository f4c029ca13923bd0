/* SPDX-License-Identifier: MIT */
#ifndef SOA_HEADER_H
#define SOA_HEADER_H

/*
 * The table of a Statement of Applicability: its header row, found in
 * the first SOA_HEADER_ROWS rows of a grid by the names of its columns,
 * in English or Japanese, never by their letters.
 */

#include <stdint.h>

#include "soa_book.h"

#define SOA_HEADER_ROWS 20
/* Columns of one kind joined into one field (notes, evidence), at most. */
#define SOA_MAX_JOINED 16

enum soa_col {
	SOA_COL_ID,          /* the control or clause number */
	SOA_COL_APPLICABLE,  /* applicable or excluded */
	SOA_COL_STATUS,      /* implementation status */
	SOA_COL_NOTE,        /* justification, remarks: joined into the note */
	SOA_COL_EVIDENCE,    /* references, evidence: joined into the evidence */
	SOA_COL_TITLE,       /* the control's name: recognised, not read */
	SOA_N_COLS
};

struct soa_cols {
	uint32_t at[SOA_MAX_JOINED];
	unsigned rank[SOA_MAX_JOINED];  /* how specific each name is: 0 best */
	unsigned n;
};

enum soa_found { SOA_NO_TABLE, SOA_PARTIAL_TABLE, SOA_TABLE };

struct soa_table {
	const struct soa_grid *grid;
	uint32_t row;                   /* the header row */
	struct soa_cols cols[SOA_N_COLS];
	/* for each kind, a second column where there is room for one (and
	 * the other, @with), or one too many to join; 0 when there is none */
	struct {
		uint32_t at, with;
	} clash[SOA_N_COLS];
};

/*
 * Finds the table: the first row, sheet by sheet in tab order, that
 * names a control id column and an applicability or status column
 * (SOA_TABLE); else the first row naming at least two kinds of column,
 * one of them the id, the applicability or a status column by a name
 * more telling than "Status" (SOA_PARTIAL_TABLE, which
 * soa_table_check() refuses). A CSV file with a "#format" row is the
 * csv plugin's: no table.
 */
enum soa_found soa_table_find(const struct soa_book *b, struct soa_table *t);

/* Reports a column the table lacks or has twice; 0 when it is whole. */
int soa_table_check(const struct soa_table *t);

/* The column of a single kind, 0 when the table has none. */
uint32_t soa_table_col(const struct soa_table *t, enum soa_col c);

#endif
