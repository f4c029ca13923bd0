/* SPDX-License-Identifier: MIT */
/*
 * xlsx-open FILE: opens a workbook with the .xlsx reader the spreadsheet
 * plugins share (plugins/common) and loads every sheet, the way a plugin
 * would. Prints "FILE: sheets N, cells M" and exits 0, or prints the
 * error as a plugin reports it, "xwalk: FILE: WHERE: MESSAGE", and exits
 * 1. The hostile workbooks are checked here, below the plugins that
 * know particular sheets, so that every case reaches the reader.
 */
#include <stdio.h>
#include <stdlib.h>

#include "xlsx.h"
#include "xwalk/io.h"

static int fail(const char *path, const struct xlsx_error *e)
{
	if (e->where[0])
		fprintf(stderr, "xwalk: %s: %s: %s\n", path, e->where, e->message);
	else
		fprintf(stderr, "xwalk: %s: %s\n", path, e->message);
	return 1;
}

int main(int argc, char **argv)
{
	struct xlsx_error xe;
	struct xw_error e;
	struct xlsx_book *book;
	size_t len, cells = 0;
	char *data;

	if (argc != 2) {
		fputs("usage: xlsx-open FILE\n", stderr);
		return 2;
	}
	xw_error_clear(&e);
	if (xw_file_read(argv[1], XW_MAX_FILE_SIZE, &data, &len, &e) < 0) {
		char msg[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32];
		xw_error_format(&e, msg, sizeof(msg));
		fprintf(stderr, "xwalk: %s\n", msg);
		return 1;
	}
	if (xlsx_open(data, len, &book, &xe) < 0) {
		free(data);
		return fail(argv[1], &xe);
	}
	for (size_t i = 0; i < xlsx_sheet_count(book); i++) {
		struct xlsx_sheet *sh;

		if (xlsx_sheet_load(book, i, &sh, &xe) < 0) {
			xlsx_close(book);
			free(data);
			return fail(argv[1], &xe);
		}
		cells += xlsx_cell_count(sh);
		xlsx_sheet_free(sh);
	}
	printf("%s: sheets %zu, cells %zu\n", argv[1], xlsx_sheet_count(book), cells);
	xlsx_close(book);
	free(data);
	return 0;
}
