/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "scs_table.h"
#include "scs_text.h"

/* Header texts as in IPA's workbook and the working copies that add answers. */
static const char *const col_names[SCS_N_COLS] = {
	[SCS_CAT_NO] = "大分類No.",
	[SCS_CAT] = "大分類",
	[SCS_SUB_NO] = "中分類No.",
	[SCS_SUB] = "中分類",
	[SCS_REQ_NO] = "要求事項No.",
	[SCS_REQ] = "要求事項",
	[SCS_REQ_TEXT] = "要求事項（詳細）",
	[SCS_LEVEL] = "★3/★4",
	[SCS_CRIT_NO] = "評価基準No.",
	[SCS_CRIT] = "評価基準",
	[SCS_CSF] = "NIST CSF 2.0 機能",
	[SCS_STATUS] = "自己評価",
	[SCS_REASON] = "理由",
	[SCS_BASIS] = "根拠および実施する事",
};

const char *scs_col_name(enum scs_col c)
{
	return col_names[c];
}

/* The first cell of @sh headed 評価基準No.; 0 when there is none. */
static uint32_t find_header(const struct xlsx_sheet *sh, uint32_t *col)
{
	for (size_t i = 0; i < xlsx_cell_count(sh); i++) {
		uint32_t row;
		const char *text = xlsx_cell_at(sh, i, &row, col);

		if (scs_says(text, col_names[SCS_CRIT_NO]))
			return row;
	}
	return 0;
}

/* The first sheet with a criteria table: 1, 0 when none has one, or an error. */
static int find_sheet(struct xlsx_book *b, struct xlsx_sheet **out,
		      uint32_t *row, struct xlsx_error *e)
{
	for (size_t i = 0; i < xlsx_sheet_count(b); i++) {
		uint32_t col;
		int rc = xlsx_sheet_load(b, i, out, e);

		if (rc < 0)
			return rc;
		if ((*row = find_header(*out, &col)))
			return 1;
		xlsx_sheet_free(*out);
		*out = NULL;
	}
	return 0;
}

int scs_table_probe(const struct xw_input *in)
{
	struct xlsx_book *b;
	struct xlsx_sheet *sh = NULL;
	struct xlsx_error e;
	uint32_t row;
	int rc = xlsx_open(in->data, in->size, &b, &e);

	if (rc == XW_EUNSUPPORTED)
		return 0;
	if (rc == 0)
		rc = find_sheet(b, &sh, &row, &e);
	xlsx_sheet_free(sh);
	xlsx_close(b);
	return rc > 0 ? 90 : rc < 0 ? 5 : 0;
}

static int report(const struct scs_table *t, const struct xlsx_error *e)
{
	t->h->at(t->call, 0, 0);
	if (e->where[0])
		return t->h->error(t->call, e->code, "%s: %s", e->where, e->message);
	return t->h->error(t->call, e->code, "%s", e->message);
}

/* Finds each column in the header row; a header given twice is ambiguous. */
static int map_columns(struct scs_table *t)
{
	uint32_t last = xlsx_last_col(t->sheet);

	for (uint32_t c = 1; c <= last; c++) {
		const char *text = xlsx_cell(t->sheet, t->header_row, c);

		for (int k = 0; *text && k < SCS_N_COLS; k++) {
			char first[16];

			if (!scs_says(text, col_names[k]))
				continue;
			if (t->col[k]) {
				xlsx_cell_name(t->header_row, t->col[k], first, sizeof(first));
				t->col[k] = c;
				return scs_table_fail(t, t->header_row, (enum scs_col)k, XW_EINVAL,
						      "a second column headed '%s' (the first is %s)",
						      col_names[k], first);
			}
			t->col[k] = c;
		}
	}
	return 0;
}

int scs_table_open(struct scs_table *t, const struct xw_host *h,
		   struct xw_call *call, const struct xw_input *in)
{
	struct xlsx_error e;
	int rc;

	memset(t, 0, sizeof(*t));
	t->h = h;
	t->call = call;
	rc = xlsx_open(in->data, in->size, &t->book, &e);
	if (rc == 0)
		rc = find_sheet(t->book, &t->sheet, &t->header_row, &e);
	if (rc == XW_EUNSUPPORTED || rc == 0)
		return XW_EUNSUPPORTED;  /* not an .xlsx, or no criteria table: not ours */
	if (rc < 0)
		return report(t, &e);
	return map_columns(t);
}

void scs_table_close(struct scs_table *t)
{
	xlsx_sheet_free(t->sheet);
	xlsx_close(t->book);
	t->sheet = NULL;
	t->book = NULL;
}

bool scs_table_has(const struct scs_table *t, const enum scs_col *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!t->col[cols[i]])
			return false;
	return true;
}

int scs_table_need(struct scs_table *t, const enum scs_col *cols, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!t->col[cols[i]])
			return scs_table_fail(t, t->header_row, SCS_CRIT_NO, XW_EINVAL,
					      "the header row has no column '%s'",
					      col_names[cols[i]]);
	return 0;
}

const char *scs_table_get(const struct scs_table *t, uint32_t row, enum scs_col c)
{
	return t->col[c] ? xlsx_value(t->sheet, row, t->col[c]) : "";
}

int scs_table_criterion(struct scs_table *t, uint32_t row, char id[8])
{
	const char *cell = scs_table_get(t, row, SCS_CRIT_NO);
	size_t k;

	if (!scs_trim(cell, id, 8) || (*id && !scs_is_criterion_id(id)))
		return scs_table_fail(t, row, SCS_CRIT_NO, XW_EINVAL,
				      "'%s' is not a criterion number of the scheme "
				      "(N-N-N-N, as 1-2-1-1)", cell);
	if (!*id)
		return 0;
	k = scs_id_index(id, 4);
	if (t->seen[k])
		return scs_table_fail(t, row, SCS_CRIT_NO, XW_EINVAL,
				      "criterion %s is given twice (first in row %u)", id,
				      (unsigned)t->seen[k]);
	t->seen[k] = row;
	return 1;
}

/* "Sheet!M12: message" into @out */
__attribute__((format(printf, 6, 0)))
static void locate(const struct scs_table *t, uint32_t row, enum scs_col c,
		   char *out, size_t size, const char *fmt, va_list ap)
{
	char ref[400], msg[1024];

	xlsx_ref(t->sheet, row, t->col[c], ref, sizeof(ref));
	vsnprintf(msg, sizeof(msg), fmt, ap);
	snprintf(out, size, "%s: %s", ref, msg);
	t->h->at(t->call, 0, 0);  /* the cell is in the message */
}

int scs_table_fail(const struct scs_table *t, uint32_t row, enum scs_col c,
		   int code, const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	va_start(ap, fmt);
	locate(t, row, c, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return t->h->error(t->call, code, "%s", msg);
}

void scs_table_warn(const struct scs_table *t, uint32_t row, enum scs_col c,
		    const char *fmt, ...)
{
	char msg[1500];
	va_list ap;

	va_start(ap, fmt);
	locate(t, row, c, msg, sizeof(msg), fmt, ap);
	va_end(ap);
	t->h->warn(t->call, "%s", msg);
}

void scs_table_at(const struct scs_table *t, uint32_t row, enum scs_col c)
{
	t->h->at(t->call, row, t->col[c]);
}
