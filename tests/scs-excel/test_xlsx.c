/* SPDX-License-Identifier: MIT */
/*
 * The xlsx reader of plugins/common on its own, on our synthetic
 * workbook: sheets, each kind of cell, merged ranges, references.
 */
#include "helpers.h"
#include "xlsx.h"
#include "xwalk/io.h"

static char *data;
static size_t size;
static struct xlsx_book *book;
static struct xlsx_sheet *types;

static void open_book(void)
{
	char *path = synthetic_path();
	struct xlsx_error e;
	struct xw_error xe;

	xw_error_clear(&xe);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &data, &size, &xe), 0, "%s", xe.message);
	free(path);
	cr_assert_eq(xlsx_open(data, size, &book, &e), 0, "%s: %s", e.where, e.message);
	cr_assert_eq(xlsx_sheet_load(book, 2, &types, &e), 0, "%s: %s", e.where, e.message);
}

static void close_book(void)
{
	xlsx_sheet_free(types);
	xlsx_close(book);
	free(data);
}

TestSuite(xlsx, .init = open_book, .fini = close_book);

Test(xlsx, sheets_in_tab_order)
{
	cr_assert_eq(xlsx_sheet_count(book), 3);
	cr_assert_str_eq(xlsx_sheet_name(book, 0), "表紙");
	cr_assert_str_eq(xlsx_sheet_name(book, 1), "評価 シート");
	cr_assert_str_eq(xlsx_sheet_name(book, 2), "types");
	cr_assert_null(xlsx_sheet_name(book, 3));
	cr_assert_str_eq(xlsx_sheet_title(types), "types");
}

Test(xlsx, each_kind_of_cell)
{
	cr_assert_str_eq(xlsx_cell(types, 1, 1), "text");        /* shared string */
	cr_assert_str_eq(xlsx_cell(types, 1, 2), "3.14");        /* number as written */
	cr_assert_str_eq(xlsx_cell(types, 1, 3), "TRUE");
	cr_assert_str_eq(xlsx_cell(types, 1, 4), "inline");      /* inline string */
	cr_assert_str_eq(xlsx_cell(types, 1, 5), "rich");        /* runs, phonetic guide left out */
	cr_assert_str_eq(xlsx_cell(types, 1, 6), "ab");          /* a formula's cached value */
	cr_assert_str_eq(xlsx_cell(types, 1, 7), "#N/A");
	cr_assert_str_eq(xlsx_cell(types, 1, 8), "FALSE");
	cr_assert_str_eq(xlsx_cell(types, 1, 9), "  padded  ");  /* blanks kept */
	cr_assert_str_eq(xlsx_cell(types, 1, 10), "");          /* no cell */
}

Test(xlsx, cells_without_reference_follow_the_last)
{
	cr_assert_str_eq(xlsx_cell(types, 2, 1), "a2");
	cr_assert_str_eq(xlsx_cell(types, 2, 2), "b2");
	cr_assert_str_eq(xlsx_cell(types, 2, 3), "c2");
}

Test(xlsx, escapes_decoded)
{
	cr_assert_str_eq(xlsx_cell(types, 3, 1), "line1\r\nline2");
	cr_assert_str_eq(xlsx_cell(types, 3, 2), "keep _x00ZZ_ as is");
	cr_assert_str_eq(xlsx_cell(types, 3, 3), "_x0041_");  /* _x005F_ is an escaped '_' */
}

Test(xlsx, merged_range_shows_its_top_left_value)
{
	const struct xlsx_range *m = xlsx_merge_at(types, 6, 4);

	cr_assert_not_null(m);
	cr_assert_eq(m->row1, 5);
	cr_assert_eq(m->col1, 2);
	cr_assert_eq(m->row2, 6);
	cr_assert_eq(m->col2, 4);
	cr_assert_eq(xlsx_merge_count(types), 1);
	cr_assert_eq(xlsx_merge(types, 0), m);
	cr_assert_str_eq(xlsx_cell(types, 6, 4), "");
	cr_assert_str_eq(xlsx_value(types, 6, 4), "merged");
	cr_assert_str_eq(xlsx_value(types, 5, 2), "merged");
	cr_assert_null(xlsx_merge_at(types, 7, 4));
	cr_assert_null(xlsx_merge_at(types, 5, 5));
	cr_assert_null(xlsx_merge_at(types, 4, 2));
	cr_assert_str_eq(xlsx_value(types, 5, 5), "");
}

Test(xlsx, extent_reaches_excels_last_cell)
{
	cr_assert_eq(xlsx_last_row(types), 1048576);
	cr_assert_eq(xlsx_last_col(types), 16384);
	cr_assert_str_eq(xlsx_cell(types, 1048576, 16384), "corner");
}

Test(xlsx, cells_in_row_major_order)
{
	uint32_t row = 0, col = 0, prow = 0, pcol = 0;
	size_t n = xlsx_cell_count(types);

	cr_assert_eq(n, 17);
	for (size_t i = 0; i < n; i++) {
		cr_assert_not_null(xlsx_cell_at(types, i, &row, &col));
		cr_assert(row > prow || (row == prow && col > pcol));
		prow = row;
		pcol = col;
	}
	cr_assert_null(xlsx_cell_at(types, n, &row, &col));
}

Test(xlsx, references)
{
	struct xlsx_sheet *sh;
	struct xlsx_error e;
	char buf[64];

	xlsx_cell_name(12, 13, buf, sizeof(buf));
	cr_assert_str_eq(buf, "M12");
	xlsx_cell_name(1048576, 16384, buf, sizeof(buf));
	cr_assert_str_eq(buf, "XFD1048576");
	xlsx_cell_name(1, 27, buf, sizeof(buf));
	cr_assert_str_eq(buf, "AA1");
	xlsx_ref(types, 12, 13, buf, sizeof(buf));
	cr_assert_str_eq(buf, "types!M12");
	/* a name with a blank is quoted, as Excel writes it */
	cr_assert_eq(xlsx_sheet_load(book, 1, &sh, &e), 0);
	xlsx_ref(sh, 5, 1, buf, sizeof(buf));
	cr_assert_str_eq(buf, "'評価 シート'!A5");
	cr_assert_str_eq(xlsx_cell(sh, 4, 1), "評価基準\nNo.");
	xlsx_sheet_free(sh);
}

Test(xlsx, no_such_sheet)
{
	struct xlsx_sheet *sh;
	struct xlsx_error e;

	cr_assert_eq(xlsx_sheet_load(book, 3, &sh, &e), XW_ENOTFOUND);
	cr_assert_null(sh);
}

Test(xlsx, not_a_zip)
{
	struct xlsx_book *b;
	struct xlsx_error e;

	cr_assert_eq(xlsx_open("plain text", 10, &b, &e), XW_EUNSUPPORTED);
	cr_assert_null(b);
	cr_assert_eq(xlsx_open("PK", 2, &b, &e), XW_EUNSUPPORTED);
}
