/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "cprt_book.h"
#include "cprt_sheet.h"
#include "cprt_text.h"

static const char *const col_names[CPRT_N_COLS] = {
	[CPRT_COL_FUNCTION] = "Function",
	[CPRT_COL_CATEGORY] = "Category",
	[CPRT_COL_SUBCATEGORY] = "Subcategory",
	[CPRT_COL_EXAMPLES] = "Implementation Examples",
	[CPRT_COL_REFERENCES] = "Informative References",
};

/* The headers that together mark the header row. */
#define MARKS ((1u << CPRT_COL_FUNCTION) | (1u << CPRT_COL_CATEGORY) | \
	       (1u << CPRT_COL_SUBCATEGORY))

const char *cprt_col_name(enum cprt_col c)
{
	return col_names[c];
}

static unsigned header_bit(const char *text)
{
	for (int k = 0; k < CPRT_N_COLS; k++)
		if ((MARKS & (1u << k)) && cprt_says(text, col_names[k]))
			return 1u << k;
	return 0;
}

/* The first row of @sh with all the marking headers; 0 when none has. */
static uint32_t find_header(const struct xlsx_sheet *sh)
{
	uint32_t row = 0, seen = 0;

	/* the cells come in row-major order: one pass, whatever the sheet holds */
	for (size_t i = 0; i < xlsx_cell_count(sh); i++) {
		uint32_t r, c;
		const char *text = xlsx_cell_at(sh, i, &r, &c);

		if (r != row) {
			row = r;
			seen = 0;
		}
		if ((seen |= header_bit(text)) == MARKS)
			return row;
	}
	return 0;
}

/* A cprt_table_fn: the sheet has the header row, noted in the struct cprt_sheet @ctx. */
static bool holds_table(const struct xlsx_sheet *sh, void *ctx)
{
	struct cprt_sheet *s = ctx;

	return (s->header_row = find_header(sh)) != 0;
}

int cprt_sheet_probe(const struct xw_input *in)
{
	struct cprt_sheet s;

	return cprt_book_probe(in, holds_table, &s);
}

int cprt_sheet_report(const struct cprt_sheet *s, const struct xlsx_error *e)
{
	return cprt_book_report(s->h, s->call, e);
}

/* Finds each column in the header row; a header given twice is ambiguous. */
static int map_columns(struct cprt_sheet *s)
{
	uint32_t last = xlsx_last_col(s->sheet);

	for (uint32_t c = 1; c <= last; c++) {
		const char *text = xlsx_cell(s->sheet, s->header_row, c);

		for (int k = 0; *text && k < CPRT_N_COLS; k++) {
			char first[16];

			if (!cprt_says(text, col_names[k]))
				continue;
			if (s->col[k]) {
				xlsx_cell_name(s->header_row, s->col[k], first, sizeof(first));
				s->col[k] = c;
				return cprt_sheet_fail(s, s->header_row, (enum cprt_col)k, XW_EINVAL,
						       "a second column headed '%s' (the first is %s)",
						       col_names[k], first);
			}
			s->col[k] = c;
		}
	}
	return 0;
}

int cprt_sheet_open(struct cprt_sheet *s, const struct xw_host *h,
		    struct xw_call *call, const struct xw_input *in)
{
	int rc;

	memset(s, 0, sizeof(*s));
	s->h = h;
	s->call = call;
	rc = cprt_book_open(h, call, in, holds_table, s, &s->book, &s->sheet, &s->index);
	return rc < 0 ? rc : map_columns(s);
}

void cprt_sheet_close(struct cprt_sheet *s)
{
	xlsx_sheet_free(s->sheet);
	xlsx_close(s->book);
	s->sheet = NULL;
	s->book = NULL;
}

int cprt_sheet_need(const struct cprt_sheet *s, enum cprt_col c)
{
	if (s->col[c])
		return 0;
	return cprt_sheet_fail(s, s->header_row, CPRT_COL_SUBCATEGORY, XW_EINVAL,
			       "the header row has no column '%s'", col_names[c]);
}

const char *cprt_sheet_get(const struct cprt_sheet *s, uint32_t row, enum cprt_col c)
{
	return s->col[c] ? xlsx_value(s->sheet, row, s->col[c]) : "";
}

/* "Sheet!E12: message" into @out; the host's position is cleared, the cell being in the message. */
__attribute__((format(printf, 6, 0)))
static void locate(const struct cprt_sheet *s, uint32_t row, enum cprt_col c,
		   char *out, size_t size, const char *fmt, va_list ap)
{
	char ref[400], msg[1024];

	xlsx_ref(s->sheet, row, s->col[c], ref, sizeof(ref));
	vsnprintf(msg, sizeof(msg), fmt, ap);
	snprintf(out, size, "%s: %s", ref, msg);
	s->h->at(s->call, 0, 0);
}

int cprt_sheet_fail(const struct cprt_sheet *s, uint32_t row, enum cprt_col c,
		    int code, const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	va_start(ap, fmt);
	locate(s, row, c, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return s->h->error(s->call, code, "%s", msg);
}

void cprt_sheet_warn(const struct cprt_sheet *s, uint32_t row, enum cprt_col c,
		     const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	va_start(ap, fmt);
	locate(s, row, c, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	s->h->warn(s->call, "%s", msg);
}

void cprt_sheet_at(const struct cprt_sheet *s, uint32_t row, enum cprt_col c)
{
	s->h->at(s->call, row, s->col[c]);
}
