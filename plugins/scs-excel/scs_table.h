/* SPDX-License-Identifier: MIT */
#ifndef SCS_TABLE_H
#define SCS_TABLE_H

/*
 * The criteria table of an IPA ★ workbook: the first sheet with a
 * 評価基準No. header cell; that cell's row is the header row, and every
 * column is found by its header text, never by its letter. Values are
 * read merge-aware, so a requirement's cells merged over its criteria's
 * rows give every row the requirement's value.
 */

#include <stdbool.h>
#include <stdint.h>

#include "scs_text.h"
#include "xlsx.h"
#include "xwalk/plugin.h"

enum scs_col {
	SCS_CAT_NO, SCS_CAT, SCS_SUB_NO, SCS_SUB, SCS_REQ_NO, SCS_REQ,
	SCS_REQ_TEXT, SCS_LEVEL, SCS_CRIT_NO, SCS_CRIT, SCS_CSF,
	SCS_STATUS, SCS_REASON, SCS_BASIS,
	SCS_N_COLS
};

struct scs_table {
	const struct xw_host *h;
	struct xw_call *call;
	struct xlsx_book *book;
	struct xlsx_sheet *sheet;
	uint32_t header_row;
	uint32_t col[SCS_N_COLS];            /* 0 when the sheet has no such column */
	uint32_t seen[SCS_IDS(4)];           /* row where each criterion id came */
};

/* The header text of column @c, as the workbook writes it. */
const char *scs_col_name(enum scs_col c);

/*
 * How sure probe() can be: 90 for a workbook with a criteria table, 5 for
 * a zip that cannot be opened within the limits (so that reading it says
 * why), 0 for anything else.
 */
int scs_table_probe(const struct xw_input *in);

/*
 * Opens the workbook and finds the criteria table. XW_EUNSUPPORTED, with
 * nothing reported, when @in is no workbook or has no criteria table;
 * other errors are reported. scs_table_close() in every case.
 */
int scs_table_open(struct scs_table *t, const struct xw_host *h,
		   struct xw_call *call, const struct xw_input *in);
void scs_table_close(struct scs_table *t);

/* True when the table has all of @cols. */
bool scs_table_has(const struct scs_table *t, const enum scs_col *cols, size_t n);
/* Reports, at the header row, the first of @cols the table lacks. */
int scs_table_need(struct scs_table *t, const enum scs_col *cols, size_t n);

/* The value shown in column @c of @row; "" when the table has no such column. */
const char *scs_table_get(const struct scs_table *t, uint32_t row, enum scs_col c);

/*
 * The criterion number of @row into @id: 1 when the row has one, 0 for a
 * row without (notes, blank rows), or a reported error for one that is
 * not of the scheme's form or repeats an earlier row's.
 */
int scs_table_criterion(struct scs_table *t, uint32_t row, char id[8]);

/* Reports "Sheet!M12: message" for the cell in column @c (present) of @row. */
__attribute__((format(printf, 5, 6)))
int scs_table_fail(const struct scs_table *t, uint32_t row, enum scs_col c,
		   int code, const char *fmt, ...);
__attribute__((format(printf, 4, 5)))
void scs_table_warn(const struct scs_table *t, uint32_t row, enum scs_col c,
		    const char *fmt, ...);

/* Sets the host's position to the cell, for the items and results added there. */
void scs_table_at(const struct scs_table *t, uint32_t row, enum scs_col c);

#endif
