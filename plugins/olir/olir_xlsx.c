/* SPDX-License-Identifier: MIT */
/*
 * The .xlsx sink, with libxlsxwriter. Version 1.1.4 writes only to a
 * file, so the workbook goes to a temporary file that is read back into
 * the host's output and removed; the host then writes the bytes
 * atomically, as for any writer.
 */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>
#include <xlsxwriter.h>

#include "olir_write.h"

#define INFO_SHEET "General Information"
#define TABLE_SHEET "Relationships"
/* 1980-01-01T00:00:00Z, the zip format's first day: a set without a date */
#define NO_DATE ((time_t)315532800)

/* The set's date at 00:00 UTC, so that the same set gives the same bytes. */
static time_t created(const char *date)
{
	struct tm tm = { 0 };
	int y, m, d;

	if (!date || sscanf(date, "%4d-%2d-%2d", &y, &m, &d) != 3)
		return NO_DATE;
	tm.tm_year = y - 1900;
	tm.tm_mon = m - 1;
	tm.tm_mday = d;
	return timegm(&tm);
}

/* Writes @text at @row, @col (0-based); an empty cell is left out. */
static lxw_error put(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col, const char *text)
{
	return *text ? worksheet_write_string(ws, row, col, text, NULL) : LXW_NO_ERROR;
}

static lxw_error fill_info(lxw_worksheet *ws, const struct olir_table *t)
{
	lxw_row_t row = 0;
	lxw_error e = LXW_NO_ERROR;

	for (int k = 0; k < OLIR_N_INFO && !e; k++)
		if (t->info[k] && !(e = put(ws, row, 0, olir_info_fields[k].label)))
			e = put(ws, row++, 1, t->info[k]);
	return e;
}

/* A strength is a number in Excel; the rest is text. */
static lxw_error put_cell(lxw_worksheet *ws, lxw_row_t row, lxw_col_t col,
			  enum olir_col c, const char *text)
{
	if (c == OLIR_STRENGTH && *text)
		return worksheet_write_number(ws, row, col, atoi(text), NULL);
	return put(ws, row, col, text);
}

static lxw_error fill_table(lxw_worksheet *ws, const struct olir_table *t)
{
	lxw_error e = LXW_NO_ERROR;
	lxw_col_t col = 0;

	for (int c = 0; c < OLIR_N_WRITTEN && !e; c++)
		if (t->used[c])
			e = put(ws, 0, col++, olir_column_header((enum olir_col)c));
	for (size_t r = 0; r < t->n_rows && !e; r++) {
		col = 0;
		for (int c = 0; c < OLIR_N_WRITTEN && !e; c++)
			if (t->used[c])
				e = put_cell(ws, (lxw_row_t)(r + 1), col++, (enum olir_col)c,
					     olir_table_cell(t, r, (enum olir_col)c));
	}
	return e;
}

/*
 * Builds the workbook into the file @path, its scratch files in @dir.
 * Rows are written in order, so libxlsxwriter can keep one row in memory
 * at a time (strings then go inline, which the .xlsx reader reads).
 */
static lxw_error build(const char *path, const char *dir, const struct olir_table *t)
{
	lxw_doc_properties props = { .created = created(t->info[OLIR_INFO_DATE]) };
	lxw_workbook_options options = { .constant_memory = LXW_TRUE, .tmpdir = (char *)dir };
	lxw_workbook *wb = workbook_new_opt(path, &options);
	lxw_worksheet *info, *table;
	lxw_error e;

	if (!wb)
		return LXW_ERROR_CREATING_XLSX_FILE;
	info = workbook_add_worksheet(wb, INFO_SHEET);
	table = workbook_add_worksheet(wb, TABLE_SHEET);
	e = info && table ? workbook_set_properties(wb, &props) : LXW_ERROR_MEMORY_MALLOC_FAILED;
	if (!e)
		e = fill_info(info, t);
	if (!e)
		e = fill_table(table, t);
	if (e) {
		workbook_close(wb);
		return e;
	}
	return workbook_close(wb);
}

/* Appends the file @path to the output. */
static int copy_out(const struct xw_host *h, struct xw_call *call, const char *path,
		    struct xw_output *out)
{
	FILE *f = fopen(path, "rb");
	char buf[1 << 16];
	size_t n;
	int failed;

	if (!f)
		return h->error(call, XW_EIO, "cannot read back the workbook: %s", strerror(errno));
	while ((n = fread(buf, 1, sizeof(buf), f)) > 0)
		h->write(out, buf, n);
	failed = ferror(f);
	fclose(f);
	return failed ? h->error(call, XW_EIO, "cannot read back the workbook") : 0;
}

int olir_write_xlsx(const struct xw_host *h, struct xw_call *call,
		    const struct olir_table *t, struct xw_output *out)
{
	const char *env = getenv("TMPDIR"), *dir = env && *env ? env : "/tmp";
	char path[4096];
	lxw_error e;
	int fd, rc;

	h->at(call, 0, 0);
	snprintf(path, sizeof(path), "%s/xwalk-olir-XXXXXX", dir);
	if ((fd = mkstemp(path)) < 0)
		return h->error(call, XW_EIO, "cannot make a temporary file in %s for the "
				"workbook: %s", dir, strerror(errno));
	close(fd);
	e = build(path, dir, t);
	rc = e ? h->error(call, XW_EIO, "cannot write the workbook: %s", lxw_strerror(e))
	       : copy_out(h, call, path, out);
	unlink(path);
	return rc;
}
