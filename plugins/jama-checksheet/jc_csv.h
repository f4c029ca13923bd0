/* SPDX-License-Identifier: MIT */
#ifndef JC_CSV_H
#define JC_CSV_H

/*
 * A CSV file held as records of cells, for the grid: the shared RFC 4180
 * tokenizer of plugins/common reads it, and every cell keeps its text
 * and where it stood (line and column, for messages).
 */

#include <stddef.h>
#include <stdint.h>

#include "xwalk/plugin.h"

struct jc_records;

/*
 * Reads at most @max_rows records of @in (0: all) into *@out, which is
 * set even on failure and holds the records read before it. Errors are
 * reported through @call, or only returned when @call is NULL.
 */
int jc_records_load(struct jc_records **out, const struct xw_host *h,
		    struct xw_call *call, const struct xw_input *in, size_t max_rows);
void jc_records_free(struct jc_records *r);

uint32_t jc_records_rows(const struct jc_records *r);
/* The widest record's cell count. */
uint32_t jc_records_cols(const struct jc_records *r);

/*
 * The text of cell @col of record @row, "" past its end; its line and
 * column in *@line and *@column (past the end: the record's line and
 * column 0).
 */
const char *jc_records_cell(const struct jc_records *r, uint32_t row, uint32_t col,
			    unsigned *line, unsigned *column);

#endif
