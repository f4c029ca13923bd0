/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

static void range_name(const struct xlsx_range *r, char *buf, size_t size)
{
	char a[16], b[16];

	xlsx_cell_name(r->row1, r->col1, a, sizeof(a));
	xlsx_cell_name(r->row2, r->col2, b, sizeof(b));
	snprintf(buf, size, "%s:%s", a, b);
}

static int add(struct xlsx_sheet *sh, const char *ref, struct xlsx_error *err)
{
	struct xlsx_range r;
	int rc = xlsx_parse_range(ref, &r);

	if (rc == XW_ELIMIT)
		return xlsx_fail(err, rc, sh->name,
				 "merged range '%s' lies beyond Excel's %u rows and %u columns",
				 ref, XLSX_MAX_ROWS, XLSX_MAX_COLS);
	if (rc < 0)
		return xlsx_fail(err, rc, sh->name, "merged range '%s' is not a range", ref);
	if (sh->n_merges == sh->cap_merges) {
		size_t cap = sh->cap_merges ? 2 * sh->cap_merges : 64;
		struct xlsx_range *v = realloc(sh->merges, cap * sizeof(*v));

		if (!v)
			return xlsx_fail(err, XW_ENOMEM, sh->name, "out of memory");
		sh->merges = v;
		sh->cap_merges = cap;
	}
	sh->merges[sh->n_merges++] = r;
	if (r.row2 > sh->last_row)
		sh->last_row = r.row2;
	if (r.col2 > sh->last_col)
		sh->last_col = r.col2;
	return 0;
}

int xlsx_merges_add(struct xlsx_sheet *sh, const xmlNode *mergecells,
		    struct xlsx_error *err)
{
	int rc = 0;

	for (xmlNode *m = xlsx_xml_child(mergecells, "mergeCell"); m && rc == 0;
	     m = xlsx_xml_next(m, "mergeCell")) {
		bool oom = false;
		char *ref = xlsx_xml_attr(m, "ref", false, &oom);

		rc = oom ? xlsx_fail(err, XW_ENOMEM, NULL, "out of memory")
			 : add(sh, ref ? ref : "", err);
		xmlFree(ref);
	}
	return rc;
}

static int by_column(const void *a, const void *b)
{
	const struct xlsx_span *x = a, *y = b;

	if (x->col != y->col)
		return x->col < y->col ? -1 : 1;
	return x->row1 < y->row1 ? -1 : x->row1 > y->row1;
}

/* Two ranges overlap only if they share a column, and then they sit side by side here. */
static int check_overlaps(struct xlsx_sheet *sh, struct xlsx_error *err)
{
	for (size_t i = 1; i < sh->n_spans; i++) {
		const struct xlsx_span *a = &sh->spans[i - 1], *b = &sh->spans[i];
		char x[40], y[40];

		if (a->col != b->col || b->row1 > a->row2)
			continue;
		range_name(&sh->merges[a->merge], x, sizeof(x));
		range_name(&sh->merges[b->merge], y, sizeof(y));
		return xlsx_fail_cell(err, XW_EINVAL, sh, b->row1, b->col,
				      "merged ranges %s and %s overlap", x, y);
	}
	return 0;
}

/*
 * Each range is listed once per column it spans, sorted, so finding the
 * range of a cell is a bisection within its column.
 */
int xlsx_merges_index(struct xlsx_sheet *sh, struct xlsx_error *err)
{
	size_t n = 0, k = 0;

	for (size_t i = 0; i < sh->n_merges; i++) {
		n += sh->merges[i].col2 - sh->merges[i].col1 + 1;
		if (n > XLSX_MAX_MERGE_SPAN)
			return xlsx_fail(err, XW_ELIMIT, sh->name,
					 "merged ranges span more than %u columns in all "
					 "(a range counts once for each column it spans)",
					 XLSX_MAX_MERGE_SPAN);
		if (sh->merges[i].col2 > sh->merge_cols)
			sh->merge_cols = sh->merges[i].col2;
	}
	if (!n)
		return 0;
	sh->spans = malloc(n * sizeof(*sh->spans));
	sh->col_start = calloc((size_t)sh->merge_cols + 1, sizeof(*sh->col_start));
	if (!sh->spans || !sh->col_start)
		return xlsx_fail(err, XW_ENOMEM, sh->name, "out of memory");
	for (size_t i = 0; i < sh->n_merges; i++)
		for (uint32_t c = sh->merges[i].col1; c <= sh->merges[i].col2; c++)
			sh->spans[k++] = (struct xlsx_span){ c, sh->merges[i].row1,
							     sh->merges[i].row2, (uint32_t)i };
	sh->n_spans = n;
	qsort(sh->spans, n, sizeof(*sh->spans), by_column);
	for (size_t i = 0; i < n; i++)
		sh->col_start[sh->spans[i].col]++;
	for (uint32_t c = 1; c <= sh->merge_cols; c++)
		sh->col_start[c] += sh->col_start[c - 1];
	return check_overlaps(sh, err);
}

void xlsx_merges_free(struct xlsx_sheet *sh)
{
	free(sh->merges);
	free(sh->spans);
	free(sh->col_start);
}

const struct xlsx_range *xlsx_merge_at(const struct xlsx_sheet *sheet,
				       uint32_t row, uint32_t col)
{
	size_t lo, hi;

	if (col == 0 || col > sheet->merge_cols)
		return NULL;
	/* the last span of the column starting at or above @row */
	lo = sheet->col_start[col - 1];
	hi = sheet->col_start[col];
	while (lo < hi) {
		size_t mid = lo + (hi - lo) / 2;

		if (sheet->spans[mid].row1 <= row)
			lo = mid + 1;
		else
			hi = mid;
	}
	if (lo == sheet->col_start[col - 1] || sheet->spans[lo - 1].row2 < row)
		return NULL;
	return &sheet->merges[sheet->spans[lo - 1].merge];
}

size_t xlsx_merge_count(const struct xlsx_sheet *sheet)
{
	return sheet->n_merges;
}

const struct xlsx_range *xlsx_merge(const struct xlsx_sheet *sheet, size_t i)
{
	return i < sheet->n_merges ? &sheet->merges[i] : NULL;
}

const char *xlsx_value(const struct xlsx_sheet *sheet, uint32_t row,
		       uint32_t col)
{
	const struct xlsx_range *m = xlsx_merge_at(sheet, row, col);

	return m ? xlsx_cell(sheet, m->row1, m->col1) : xlsx_cell(sheet, row, col);
}
