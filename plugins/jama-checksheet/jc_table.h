/* SPDX-License-Identifier: MIT */
#ifndef JC_TABLE_H
#define JC_TABLE_H

/*
 * The table of a check sheet: its header row is the first row (among
 * the first JC_HEADER_ROWS) with a No. cell and one other known header,
 * and every column is found by its header text, never by its position.
 */

#include <stdbool.h>
#include <stdint.h>

#include "jc_grid.h"
#include "jc_text.h"

enum jc_col {
	JC_NO, JC_LABEL, JC_LABEL_NAME, JC_PURPOSE, JC_REQUIREMENT, JC_TITLE,
	JC_LEVEL, JC_CRITERIA, JC_ANSWER, JC_NOTE, JC_EVIDENCE,
	JC_N_COLS
};

struct jc_table {
	struct jc_grid g;
	uint32_t header_row;
	uint32_t col[JC_N_COLS];               /* 0 when the sheet has no such column */
	char header[JC_N_COLS][64];            /* its header as the sheet writes it */
	char known[JC_N_COLS][8][32];          /* the names each column is known by, folded */
	uint32_t seen[JC_LAST_ITEM + 1];       /* the row where each item came */
};

/*
 * Column @c's header as the sheet writes it (line breaks as blanks, cut
 * short if long), or the first name it is known by when the sheet has
 * no such column.
 */
const char *jc_table_header(const struct jc_table *t, enum jc_col c);

/*
 * How sure probe() is: 80 for a table with a No. and a level column; 5
 * for a workbook that cannot be read (so that reading it says why);
 * else 0.
 */
int jc_table_probe(const struct xw_host *h, const struct xw_input *in);

/*
 * Opens the file and finds the table. XW_EUNSUPPORTED, with nothing
 * reported, when @in holds none; other errors are reported (a header
 * given twice among them). jc_table_close() in every case.
 */
int jc_table_open(struct jc_table *t, const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in);
void jc_table_close(struct jc_table *t);

bool jc_table_has(const struct jc_table *t, const enum jc_col *cols, size_t n);
/* Reports, at the header row's No. cell, the first of @cols the table lacks. */
int jc_table_need(struct jc_table *t, const enum jc_col *cols, size_t n);

/* The value shown in column @c of @row; "" when the table has no such column. */
const char *jc_table_get(const struct jc_table *t, uint32_t row, enum jc_col c);

/*
 * The item number of @row as its id ("No.12") into @id: 1 when the row has
 * one, 0 for a row without (notes, blank rows), or a reported error for
 * one that is no item number of the guideline or repeats an earlier row's.
 */
int jc_table_item(struct jc_table *t, uint32_t row, char id[8]);

/* Reports at the cell in column @c (present) of @row. */
__attribute__((format(printf, 5, 6)))
int jc_table_fail(const struct jc_table *t, uint32_t row, enum jc_col c, int code,
		  const char *fmt, ...);
__attribute__((format(printf, 4, 5)))
void jc_table_warn(const struct jc_table *t, uint32_t row, enum jc_col c,
		   const char *fmt, ...);

/* Sets the host's position to the cell, for the items and results added there. */
void jc_table_at(const struct jc_table *t, uint32_t row, enum jc_col c);

#endif
