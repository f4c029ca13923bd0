/* SPDX-License-Identifier: MIT */
#ifndef XW_XLSX_H
#define XW_XLSX_H

/**
 * A small reader of .xlsx workbooks held in memory, for plugins.
 *
 * The zip container is read with libzip and the XML parts with libxml2.
 * Nothing in a workbook is trusted: every documented limit below is
 * checked, against the sizes the zip declares and again while inflating
 * (a zip bomb lies about its sizes), and no XML part may carry a DOCTYPE,
 * so no entity is ever expanded and nothing is fetched.
 *
 * Cells are UTF-8 strings as the workbook stores them: shared and inline
 * strings (phonetic guides left out, _xHHHH_ escapes decoded), numbers as
 * written in the file (no formatting applied), booleans as TRUE/FALSE,
 * the cached value of a formula. Rows and columns are 1-based, as in
 * Excel. An empty cell reads as "".
 *
 * Errors fill a struct xlsx_error: a code from xwalk/error.h, where it
 * happened ("Sheet!M12", or a zip entry "xl/sharedStrings.xml:1:80"),
 * and a message, so a plugin can report "file: where: message".
 */

#include <stddef.h>
#include <stdint.h>

#define XLSX_MAX_ENTRIES     10000u                /* entries in the zip */
#define XLSX_MAX_ENTRY_SIZE  (64u * 1024 * 1024)   /* one entry, inflated */
#define XLSX_MAX_TOTAL_SIZE  (256u * 1024 * 1024)  /* all entries, inflated */
#define XLSX_MAX_RATIO       200u                  /* inflated : compressed */
#define XLSX_RATIO_FROM      (1024u * 1024)        /* ratio checked above 1 MiB */
#define XLSX_MAX_ROWS        1048576u              /* Excel's own grid */
#define XLSX_MAX_COLS        16384u
#define XLSX_MAX_MERGE_SPAN  1048576u              /* merged ranges x columns each spans */

struct xlsx_error {
	int code;            /* XW_E*; 0 when there is no error */
	char where[384];     /* "Sheet!M12", "xl/workbook.xml:3:7", or "" */
	char message[640];
};

/** A merged range: the value of the whole range is its top-left cell's. */
struct xlsx_range {
	uint32_t row1, col1, row2, col2;
};

struct xlsx_book;
struct xlsx_sheet;

/**
 * Opens the workbook in @data (which must outlive the book): checks the
 * zip's entries against the limits, reads the workbook's sheet list and
 * shared strings. XW_EUNSUPPORTED when @data is not a zip or the zip has
 * no workbook (not an .xlsx); XW_ELIMIT, XW_ESYNTAX, XW_EINVAL, XW_ENOMEM
 * with a message otherwise.
 */
int xlsx_open(const void *data, size_t size, struct xlsx_book **out,
	      struct xlsx_error *err);
/** Accepts NULL. Sheets loaded from @book must be freed first. */
void xlsx_close(struct xlsx_book *book);

size_t xlsx_sheet_count(const struct xlsx_book *book);
/** The name of sheet @i (0-based, in the workbook's tab order). */
const char *xlsx_sheet_name(const struct xlsx_book *book, size_t i);

/** Parses sheet @i into a grid of cells. Errors as xlsx_open(). */
int xlsx_sheet_load(struct xlsx_book *book, size_t i,
		    struct xlsx_sheet **out, struct xlsx_error *err);
/** Accepts NULL. */
void xlsx_sheet_free(struct xlsx_sheet *sheet);

const char *xlsx_sheet_title(const struct xlsx_sheet *sheet);
/** The last row and column holding a value or a merged range; 0 when empty. */
uint32_t xlsx_last_row(const struct xlsx_sheet *sheet);
uint32_t xlsx_last_col(const struct xlsx_sheet *sheet);

/** The cell's own value, "" when it has none. */
const char *xlsx_cell(const struct xlsx_sheet *sheet, uint32_t row,
		      uint32_t col);
/** The value shown in the cell: that of the top-left cell of its merged range. */
const char *xlsx_value(const struct xlsx_sheet *sheet, uint32_t row,
		       uint32_t col);
/** The merged range holding the cell, or NULL. */
const struct xlsx_range *xlsx_merge_at(const struct xlsx_sheet *sheet,
				       uint32_t row, uint32_t col);
size_t xlsx_merge_count(const struct xlsx_sheet *sheet);
const struct xlsx_range *xlsx_merge(const struct xlsx_sheet *sheet, size_t i);

/** Cells with a value, in row-major order: @i from 0 to the count. */
size_t xlsx_cell_count(const struct xlsx_sheet *sheet);
const char *xlsx_cell_at(const struct xlsx_sheet *sheet, size_t i,
			 uint32_t *row, uint32_t *col);

/** "M12" into @buf (at least 12 bytes). */
void xlsx_cell_name(uint32_t row, uint32_t col, char *buf, size_t size);
/** "Sheet!M12", the sheet name quoted as Excel does when it needs it. */
void xlsx_ref(const struct xlsx_sheet *sheet, uint32_t row, uint32_t col,
	      char *buf, size_t size);

#endif
