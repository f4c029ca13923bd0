/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "jc_table.h"

/*
 * The headers each column is known by, the most likely first. The
 * official sheet's own headers are not confirmed (docs/formats.md).
 */
static const char *const col_names[JC_N_COLS][8] = {
	[JC_NO] = { "No.", "No", "№", "項番", "項目No.", "通番" },
	[JC_LABEL] = { "ラベル", "ラベルNo.", "ラベル番号" },
	[JC_LABEL_NAME] = { "ラベル名", "ラベル名称" },
	[JC_PURPOSE] = { "目的" },
	[JC_REQUIREMENT] = { "要求事項" },
	[JC_TITLE] = { "達成条件" },
	[JC_LEVEL] = { "レベル", "Lv", "Lv.", "Level" },
	[JC_CRITERIA] = { "達成基準" },
	[JC_ANSWER] = { "回答", "実施状況", "達成状況", "対応状況", "自己評価", "評価",
			"評価結果", "チェック" },
	[JC_NOTE] = { "備考", "コメント", "理由", "補足" },
	[JC_EVIDENCE] = { "根拠", "証跡", "エビデンス", "根拠資料" },
};

/*
 * Folds the names of col_names into @t->known, once for all the cells to
 * be tried. Every name is folded on every open, so a name too long for
 * known[] stops every test of this plugin: it cannot ship unnoticed.
 */
static void fold_known(struct jc_table *t)
{
	for (int k = 0; k < JC_N_COLS; k++)
		for (int v = 0; v < 8 && col_names[k][v]; v++)
			if (!jc_fold(col_names[k][v], t->known[k][v], sizeof(t->known[k][v])))
				abort();
}

/* The column a header cell names, or JC_N_COLS. */
static enum jc_col column_of(const struct jc_table *t, const char *text)
{
	char folded[JC_FOLD_SIZE];

	if (!*text || !jc_fold(text, folded, sizeof(folded)))
		return JC_N_COLS;
	for (int k = 0; k < JC_N_COLS; k++)
		for (int v = 0; v < 8 && t->known[k][v][0]; v++)
			if (jc_says(folded, t->known[k][v]))
				return (enum jc_col)k;
	return JC_N_COLS;
}

/* A header cell's own text: one merged across columns names only its first. */
static const char *header_cell(const struct jc_grid *g, uint32_t row, uint32_t col)
{
	return g->sheet ? xlsx_cell(g->sheet, row, col) : jc_grid_value(g, row, col);
}

/* The first row with a No. header and one other known header; 0 when none. */
static uint32_t find_header(const struct jc_grid *g, void *table)
{
	uint32_t rows = jc_grid_rows(g), cols = jc_grid_cols(g);
	for (uint32_t r = 1; r <= rows && r <= JC_HEADER_ROWS; r++) {
		bool no = false, other = false;

		for (uint32_t c = 1; c <= cols; c++) {
			enum jc_col k = column_of(table, header_cell(g, r, c));

			no |= k == JC_NO;
			other |= k != JC_NO && k != JC_N_COLS;
		}
		if (no && other)
			return r;
	}
	return 0;
}

/* @text into @buf, line breaks as blanks, cut short at a character's start. */
static void keep_header(char *buf, size_t size, const char *text)
{
	size_t n = strlen(text);

	if (n >= size) {
		n = size - 1;
		while (n && ((unsigned char)text[n] & 0xC0) == 0x80)
			n--;
	}
	for (size_t i = 0; i < n; i++)
		buf[i] = text[i] == '\n' || text[i] == '\r' ? ' ' : text[i];
	buf[n] = '\0';
}

/* Finds each column in the header row; two columns of one kind are ambiguous. */
static int map_columns(struct jc_table *t)
{
	uint32_t cols = jc_grid_cols(&t->g);

	for (uint32_t c = 1; c <= cols; c++) {
		const char *text = header_cell(&t->g, t->header_row, c);
		enum jc_col k = column_of(t, text);
		char first[64];

		if (k == JC_N_COLS)
			continue;
		if (t->col[k]) {
			jc_grid_name(&t->g, t->header_row, t->col[k], first, sizeof(first));
			return jc_grid_fail(&t->g, t->header_row, c, XW_EINVAL,
					    "'%s' is a second %s column (the first is %s, '%s')",
					    text, col_names[k][0], first,
					    header_cell(&t->g, t->header_row, t->col[k]));
		}
		t->col[k] = c;
		keep_header(t->header[k], sizeof(t->header[k]), text);
	}
	return 0;
}

const char *jc_table_header(const struct jc_table *t, enum jc_col c)
{
	return t->col[c] ? t->header[c] : col_names[c][0];
}

static int open_table(struct jc_table *t, const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in)
{
	int rc;

	memset(t, 0, sizeof(*t));
	fold_known(t);
	rc = jc_grid_open(&t->g, h, call, in, find_header, t, &t->header_row);
	return rc < 0 ? rc : map_columns(t);
}

int jc_table_probe(const struct xw_host *h, const struct xw_input *in)
{
	struct jc_table *t = malloc(sizeof(*t));
	int rc, score;

	if (!t)
		return 0;
	rc = open_table(t, h, NULL, in);
	/* a workbook that cannot be read: reading it says why */
	score = rc == 0 ? (t->col[JC_LEVEL] ? 80 : 0) : rc == XW_EUNSUPPORTED ? 0 : 5;
	jc_table_close(t);
	free(t);
	return score;
}

int jc_table_open(struct jc_table *t, const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in)
{
	return open_table(t, h, call, in);
}

void jc_table_close(struct jc_table *t)
{
	jc_grid_close(&t->g);
}

bool jc_table_has(const struct jc_table *t, const enum jc_col *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!t->col[cols[i]])
			return false;
	return true;
}

int jc_table_need(struct jc_table *t, const enum jc_col *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!t->col[cols[i]])
			return jc_table_fail(t, t->header_row, JC_NO, XW_EINVAL,
					     "the header row has no column '%s'",
					     col_names[cols[i]][0]);
	return 0;
}

const char *jc_table_get(const struct jc_table *t, uint32_t row, enum jc_col c)
{
	return t->col[c] ? jc_grid_value(&t->g, row, t->col[c]) : "";
}

int jc_table_item(struct jc_table *t, uint32_t row, char id[8])
{
	const char *cell = jc_table_get(t, row, JC_NO);
	int rc = jc_item_id(cell, id);
	char first[64];
	long n;

	if (rc < 0)
		return jc_table_fail(t, row, JC_NO, XW_EINVAL,
				     "'%s' is not an item number of the guideline "
				     "(No.1 to No.%d)", cell, JC_LAST_ITEM);
	if (rc == 0)
		return 0;
	n = strtol(id + 3, NULL, 10);
	if (t->seen[n]) {
		jc_grid_name(&t->g, t->seen[n], 0, first, sizeof(first));
		return jc_table_fail(t, row, JC_NO, XW_EINVAL,
				     "%s is given twice (first in %s)", id, first);
	}
	t->seen[n] = row;
	return 1;
}

int jc_table_fail(const struct jc_table *t, uint32_t row, enum jc_col c, int code,
		  const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return jc_grid_fail(&t->g, row, t->col[c], code, "%s", msg);
}

void jc_table_warn(const struct jc_table *t, uint32_t row, enum jc_col c,
		   const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	jc_grid_warn(&t->g, row, t->col[c], "%s", msg);
}

void jc_table_at(const struct jc_table *t, uint32_t row, enum jc_col c)
{
	jc_grid_at(&t->g, row, t->col[c]);
}
