/* SPDX-License-Identifier: MIT */
#ifndef SOA_CSV_H
#define SOA_CSV_H

/*
 * A CSV file held as a table: every record, blank ones included, so that
 * row N is the file's Nth record, and every cell with the line and column
 * where it starts, for messages.
 */

#include <stdint.h>

#include "xwalk/plugin.h"

struct soa_csv;

/*
 * Reads the first @max_rows records of @in (0: all of them). Errors are
 * those of the tokenizer (csv_parse.h) and XW_ENOMEM. With a NULL @call
 * nothing is reported (probe), and a syntax error or a limit ends the
 * table where it stands.
 */
int soa_csv_load(const struct xw_host *h, struct xw_call *call,
		 const struct xw_input *in, uint32_t max_rows,
		 struct soa_csv **out);
/* Accepts NULL. */
void soa_csv_free(struct soa_csv *t);

uint32_t soa_csv_rows(const struct soa_csv *t);
/* Cells in record @row (1-based). */
uint32_t soa_csv_cols(const struct soa_csv *t, uint32_t row);
/* The text of a cell, "" past the record's end. */
const char *soa_csv_text(const struct soa_csv *t, uint32_t row, uint32_t col);
/* Where a cell starts; past the record's end, the record's line and column 0. */
void soa_csv_where(const struct soa_csv *t, uint32_t row, uint32_t col,
		   unsigned *line, unsigned *column);

#endif
