/* SPDX-License-Identifier: MIT */
#ifndef CSV_PARSE_H
#define CSV_PARSE_H

/*
 * An RFC 4180 tokenizer over a whole file in memory, one record per call.
 * Records end with CRLF or LF; a quoted cell may hold separators, line
 * breaks and doubled quotes; a UTF-8 BOM at the start is skipped.
 * Positions are 1-based, columns counted in characters as the host's
 * UTF-8 check counts them.
 */

#include <stdarg.h>
#include <stddef.h>

#include "xwalk/plugin.h"

/* Limits, documented in docs/formats.md. */
#define CSV_MAX_COLUMNS 256
#define CSV_MAX_CELL ((size_t)1 << 20)
#define CSV_MAX_ROWS 1000000

struct csv_cell {
	char *text;        /* unquoted, NUL-terminated; valid until the next record */
	size_t len;
	unsigned line, column;
};

struct csv_parser {
	/* where errors go; a NULL @call keeps the parser quiet (probing) */
	const struct xw_host *host;
	struct xw_call *call;

	const char *p, *end;
	unsigned line, column;
	size_t rows;

	/* the current record: cells side by side in @buf, NUL-separated */
	char *buf;
	size_t len, cap;
	size_t offset[CSV_MAX_COLUMNS];
	struct csv_cell cells[CSV_MAX_COLUMNS];
	size_t n_cells;
};

/** Length of the UTF-8 BOM at the start of @in: 3 or 0. */
size_t csv_bom(const struct xw_input *in);

void csv_parser_init(struct csv_parser *ps, const struct xw_host *host,
		     struct xw_call *call, const struct xw_input *in);
void csv_parser_release(struct csv_parser *ps);

/**
 * Reads the next record into ps->cells. Returns 1 for a record, 0 at the
 * end of the input, or a negative XW_E* code, already reported: an
 * unterminated quote, a stray quote, text after a closing quote, or a
 * limit (columns, cell size, rows).
 */
int csv_next(struct csv_parser *ps);

/** Reports an error at @line:@column through the host; returns @code. */
int csv_error(struct csv_parser *ps, unsigned line, unsigned column,
	      int code, const char *fmt, ...)
	__attribute__((format(printf, 5, 6)));

#endif
