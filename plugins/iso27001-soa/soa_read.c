/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#include "soa_book.h"
#include "soa_header.h"
#include "soa_id.h"
#include "soa_meta.h"
#include "soa_probe.h"
#include "soa_read.h"
#include "soa_text.h"
#include "soa_value.h"

/* Ids a table can hold: 93 controls, 4 themes, 41 clauses. */
#define MAX_IDS 256

/* The rows read so far, by id. */
struct seen {
	struct {
		char id[SOA_ID_MAX];
		uint32_t row;
	} at[MAX_IDS];
	size_t n;
};

/* A row of the table, as read so far. */
struct row {
	const struct soa_table *t;
	uint32_t r;
	char id[SOA_ID_MAX];
	enum soa_status status;
};

/* Whether @col shows the id cell's text, merged across the row (a heading's). */
static bool spread(const struct row *w, uint32_t col)
{
	uint32_t id = soa_table_col(w->t, SOA_COL_ID);

	return col != id && soa_grid_merged(w->t->grid, w->r, id, col);
}

static const char *value_at(const struct row *w, uint32_t col)
{
	return col && !spread(w, col) ? soa_grid_value(w->t->grid, w->r, col) : "";
}

static const char *cell_of(const struct row *w, enum soa_col c)
{
	return value_at(w, soa_table_col(w->t, c));
}

/* Reports @fmt at the row's cell of column @c. */
__attribute__((format(printf, 3, 4)))
static int fail_at(const struct row *w, enum soa_col c, const char *fmt, ...)
{
	va_list ap;
	int rc;

	va_start(ap, fmt);
	rc = soa_grid_vfail(w->t->grid, w->r, soa_table_col(w->t, c), XW_EINVAL, fmt, ap);
	va_end(ap);
	return rc;
}

/* Refuses an id cell that names nothing of the 2022 edition. */
static int refuse_id(const struct row *w, enum soa_id kind, const char *cell)
{
	if (kind == SOA_ID_2013)
		return fail_at(w, SOA_COL_ID,
			       "'%s' is numbered as in ISO/IEC 27001:2013 (114 controls, A.5.1.1 "
			       "to A.18.2.3); the 2013 edition is not supported. Migrate the "
			       "SoA to the 2022 edition's 93 controls (A.5.1 to A.8.34) first, "
			       "with the correspondence table in Annex B of ISO/IEC 27002:2022: "
			       "xwalk does not guess the new numbers", cell);
	return fail_at(w, SOA_COL_ID,
		       "'%s' is not a control or clause of ISO/IEC 27001:2022: Annex A has "
		       "A.5.1 to A.5.37, A.6.1 to A.6.8, A.7.1 to A.7.14 and A.8.1 to A.8.34, "
		       "written A.5.1, 5.1, A5.1 or Annex A 5.1; clauses run from 4 to 10.2",
		       cell);
}

/* The row's status from its applicability and status cells. */
static int decide(struct row *w)
{
	const char *app = cell_of(w, SOA_COL_APPLICABLE), *st = cell_of(w, SOA_COL_STATUS);
	enum soa_applicable a = soa_applicable_of(app);

	if (a == SOA_APPLICABLE_BAD)
		return fail_at(w, SOA_COL_APPLICABLE,
			       "'%s' is not an applicability of %s; expected %s", app, w->id,
			       soa_applicable_words);
	if (a == SOA_APPLICABLE_NO) {
		/* excluded, whatever the status column says */
		w->status = SOA_STATUS_NOT_APPLICABLE;
		return 0;
	}
	w->status = soa_status_of(st);
	if (w->status == SOA_STATUS_BAD)
		return fail_at(w, SOA_COL_STATUS,
			       "'%s' is not an implementation status of %s; expected %s", st,
			       w->id, soa_status_words);
	if (w->status == SOA_STATUS_NOT_APPLICABLE && a == SOA_APPLICABLE_YES)
		return fail_at(w, SOA_COL_STATUS,
			       "'%s' says %s is not applicable, but its applicability says '%s'",
			       st, w->id, app);
	return 0;
}

/* The text of all columns of kind @c, one per line; NULL when out of memory. */
static char *joined(const struct row *w, enum soa_col c)
{
	const struct soa_cols *cols = &w->t->cols[c];
	const char *parts[SOA_MAX_JOINED];

	for (unsigned i = 0; i < cols->n; i++)
		parts[i] = value_at(w, cols->at[i]);
	return soa_join(parts, cols->n, "\n");
}

/* The note: the justification; for a planned control, after the status as written. */
static char *note_of(const struct row *w)
{
	char *just = joined(w, SOA_COL_NOTE), *note;
	const char *parts[2];

	if (!just || w->status != SOA_STATUS_PLANNED)
		return just;
	parts[0] = cell_of(w, SOA_COL_STATUS);
	parts[1] = just;
	note = soa_join(parts, 2, ": ");
	free(just);
	return note;
}

static int set_result(const struct row *w, struct xw_assessment *a,
		      const char *note, const char *evidence)
{
	const struct soa_book *b = w->t->grid->book;
	struct xw_result *res;
	int rc;

	soa_grid_at(w->t->grid, w->r, soa_table_col(w->t, SOA_COL_ID));
	if ((rc = b->h->result_add(b->call, a, &res)) == 0)
		rc = b->h->result_set(b->call, res, "item", NULL, w->id);
	if (rc == 0)
		rc = b->h->result_set(b->call, res, "status", NULL, soa_status_name(w->status));
	if (rc == 0 && *note)
		rc = b->h->result_set(b->call, res, "note", NULL, note);
	if (rc == 0 && *evidence)
		rc = b->h->result_set(b->call, res, "evidence", NULL, evidence);
	return rc;
}

static int add(const struct row *w, struct xw_assessment *a)
{
	const struct soa_book *b = w->t->grid->book;
	char *note = note_of(w), *evidence = joined(w, SOA_COL_EVIDENCE);
	int rc = note && evidence ? set_result(w, a, note, evidence)
				  : b->h->error(b->call, XW_ENOMEM, "out of memory");

	free(note);
	free(evidence);
	return rc;
}

/*
 * Refuses an id given before, saying where; in a workbook, the usual
 * cause: a number typed into a cell, as 5.10, which Excel keeps as 5.1.
 */
static int once(const struct row *w, struct seen *seen, const char *cell)
{
	char ref[400];

	for (size_t i = 0; i < seen->n; i++) {
		if (strcmp(seen->at[i].id, w->id) != 0)
			continue;
		soa_grid_ref(w->t->grid, seen->at[i].row, soa_table_col(w->t, SOA_COL_ID), ref,
			     sizeof(ref));
		return fail_at(w, SOA_COL_ID, "'%s' is %s again (first at %s)%s", cell, w->id,
			       ref, soa_grid_is_sheet(w->t->grid)
			       ? "; Excel keeps a number typed as 5.10 as 5.1: give the id "
				 "column the Text format" : "");
	}
	if (seen->n < MAX_IDS) {
		memcpy(seen->at[seen->n].id, w->id, SOA_ID_MAX);
		seen->at[seen->n++].row = w->r;
	}
	return 0;
}

static int read_row(const struct soa_table *t, uint32_t r, struct xw_assessment *a,
		    struct seen *seen)
{
	struct row w = { .t = t, .r = r };
	const char *cell = cell_of(&w, SOA_COL_ID);
	enum soa_id kind;
	bool values;
	int rc;

	if (soa_is_blank(cell))
		return 0;
	kind = soa_id_parse(cell, w.id);
	values = soa_applicable_of(cell_of(&w, SOA_COL_APPLICABLE)) != SOA_APPLICABLE_BLANK ||
		 soa_status_of(cell_of(&w, SOA_COL_STATUS)) != SOA_STATUS_BLANK;
	/* headings ("5 組織的管理策", "A.5 Organizational controls") and notes mark nothing */
	if (!values && (kind == SOA_ID_TEXT || kind == SOA_ID_THEME ||
			(kind == SOA_ID_CLAUSE && !strchr(w.id, '.'))))
		return 0;
	if (kind == SOA_ID_TEXT || kind == SOA_ID_2013 || kind == SOA_ID_BAD)
		return refuse_id(&w, kind, cell);
	if ((rc = once(&w, seen, cell)) < 0 || (rc = decide(&w)) < 0)
		return rc;
	return add(&w, a);
}

int soa_read(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, struct xw_assessment *a)
{
	struct soa_book b;
	struct soa_table t;
	struct seen *seen = NULL;
	int rc;

	/* text that is no SoA is not ours: say nothing (a workbook is opened once) */
	if (!soa_book_is_zip(in) && soa_probe(in) == 0)
		return XW_EUNSUPPORTED;
	memset(&t, 0, sizeof(t));
	if ((rc = soa_book_open(&b, h, call, in, 0)) == 0)
		rc = soa_table_find(&b, &t) == SOA_NO_TABLE ? XW_EUNSUPPORTED
							     : soa_table_check(&t);
	if (rc == 0) {
		h->at(call, 0, 0);
		rc = h->assessment_set(call, a, "framework", NULL, SOA_FRAMEWORK);
	}
	if (rc == 0)
		rc = soa_meta_read(&t, a);
	if (rc == 0 && !(seen = calloc(1, sizeof(*seen))))
		rc = h->error(call, XW_ENOMEM, "out of memory");
	for (uint32_t r = t.row + 1; rc == 0 && r <= t.grid->last_row; r++)
		rc = read_row(&t, r, a, seen);
	free(seen);
	if (rc == 0 && !soa_table_col(&t, SOA_COL_STATUS))
		soa_grid_warn(t.grid, t.row, soa_table_col(&t, SOA_COL_APPLICABLE),
			      "the table has no implementation status column, so its "
			      "applicable controls are read as 'unknown'");
	soa_book_close(&b);
	return rc;
}
