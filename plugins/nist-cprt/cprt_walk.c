/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_seen.h"
#include "cprt_walk.h"

static const enum cprt_col level_col[CPRT_LEVELS] = {
	CPRT_COL_FUNCTION, CPRT_COL_CATEGORY, CPRT_COL_SUBCATEGORY,
};

/* How each level's cell is written, for messages. */
static const char *const level_form[CPRT_LEVELS] = {
	"'GOVERN (GV): statement'",
	"'Organizational Context (GV.OC): statement'",
	"'GV.OC-01: statement'",
};

struct walker {
	const struct cprt_sheet *s;
	cprt_visit_fn visit;
	void *ctx;
	char cur[CPRT_SUBCATEGORY][CPRT_ID_SIZE];  /* the current function and category */
	uint32_t first[CPRT_SUBCATEGORY];          /* the rows where they were named */
	bool category_withdrawn;
	struct cprt_seen ids;                      /* every id named so far */
};

static void copy_id(char dst[CPRT_ID_SIZE], struct cprt_span id)
{
	memcpy(dst, id.s, id.n);   /* an id of any level fits: cprt_id_of_level checked it */
	dst[id.n] = '\0';
}

/* A repeat of the current function or category: nothing new, nothing else said. */
static int repeat(struct walker *w, struct cprt_entry *e)
{
	struct cprt_span was = cprt_trim_str(cprt_sheet_get(w->s, w->first[e->level], e->col));
	struct cprt_span now = cprt_trim_str(cprt_sheet_get(w->s, e->row, e->col));

	if (e->cell.has_text && !cprt_span_eq(was, now))
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "%s %s is named again, differently from row %u",
				       cprt_level_name(e->level), e->id, (unsigned)w->first[e->level]);
	e->is_new = false;
	return 0;
}

/* The parent of a new entry; errors when its id is not under the current one. */
static int place(struct walker *w, struct cprt_entry *e)
{
	const char *up = e->level == CPRT_FUNCTION ? "" : w->cur[e->level - 1];

	if (e->level == CPRT_FUNCTION)
		return 0;
	if (!*up)
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "%s %s comes before any %s", cprt_level_name(e->level),
				       e->id, cprt_level_name(e->level - 1));
	if (!cprt_id_under(e->cell.id, (struct cprt_span){ up, strlen(up) }))
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "%s %s is not part of %s %s (row %u), under which it stands",
				       cprt_level_name(e->level), e->id, cprt_level_name(e->level - 1),
				       up, (unsigned)w->first[e->level - 1]);
	if (e->level == CPRT_SUBCATEGORY && w->category_withdrawn) {
		if (!e->cell.withdrawn)
			return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
					       "subcategory %s is not withdrawn, but its category %s is",
					       e->id, up);
		strcpy(e->old_category, up);
		up = w->cur[CPRT_FUNCTION];
	}
	strcpy(e->parent, up);
	return 0;
}

/* A function, category or subcategory named for the first time. */
static int begin(struct walker *w, struct cprt_entry *e)
{
	int rc;

	if (!e->cell.has_text)
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "%s %s has no statement (expected %s)",
				       cprt_level_name(e->level), e->id, level_form[e->level]);
	if (e->level == CPRT_FUNCTION && e->cell.withdrawn)
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "function %s is marked withdrawn; CSF withdrew no function", e->id);
	if ((rc = place(w, e)) < 0)
		return rc;
	if ((rc = cprt_seen_add(&w->ids, e->id)) < 0)
		return w->s->h->error(w->s->call, rc, "out of memory");
	if (rc == 0)
		return cprt_sheet_fail(w->s, e->row, e->col, XW_EINVAL,
				       "%s %s is named a second time", cprt_level_name(e->level), e->id);
	if (e->level < CPRT_SUBCATEGORY) {
		strcpy(w->cur[e->level], e->id);
		w->first[e->level] = e->row;
		if (e->level == CPRT_FUNCTION)
			w->cur[CPRT_CATEGORY][0] = '\0';
		w->category_withdrawn = e->level == CPRT_CATEGORY && e->cell.withdrawn;
	}
	e->is_new = true;
	return 0;
}

static int entry(struct walker *w, uint32_t row, enum cprt_level level, bool deepest)
{
	struct cprt_entry e;
	const char *text = cprt_sheet_get(w->s, row, level_col[level]);
	int rc;

	memset(&e, 0, sizeof(e));
	e.row = row;
	e.level = level;
	e.col = level_col[level];
	e.deepest = deepest;
	if (!cprt_cell_parse(text, level, &e.cell))
		return cprt_sheet_fail(w->s, row, e.col, XW_EINVAL,
				       "'%s' is not a CSF %s (expected %s)", text,
				       cprt_level_name(level), level_form[level]);
	copy_id(e.id, e.cell.id);
	rc = level < CPRT_SUBCATEGORY && strcmp(e.id, w->cur[level]) == 0 ? repeat(w, &e)
									  : begin(w, &e);
	return rc < 0 ? rc : w->visit(w->ctx, &e);
}

/* The deepest level named in @row, or -1 for a row without a CSF cell. */
static int deepest_level(const struct walker *w, uint32_t row)
{
	int deepest = -1;

	for (int l = 0; l < CPRT_LEVELS; l++)
		if (cprt_trim_str(cprt_sheet_get(w->s, row, level_col[l])).n)
			deepest = l;
	return deepest;
}

/* A row without a CSF cell may hold nothing the reader would have to place. */
static int check_empty(const struct walker *w, uint32_t row)
{
	static const enum cprt_col other[] = { CPRT_COL_EXAMPLES, CPRT_COL_REFERENCES };

	for (size_t i = 0; i < sizeof(other) / sizeof(other[0]); i++)
		if (cprt_trim_str(cprt_sheet_get(w->s, row, other[i])).n)
			return cprt_sheet_fail(w->s, row, other[i], XW_EINVAL,
					       "'%s' in a row that names no function, category "
					       "or subcategory", cprt_col_name(other[i]));
	return 0;
}

static int walk_rows(struct walker *w)
{
	const struct cprt_sheet *s = w->s;
	uint32_t last = xlsx_last_row(s->sheet);

	for (uint32_t row = s->header_row + 1; row <= last && row > s->header_row; row++) {
		int deepest = deepest_level(w, row), rc = 0;

		if (deepest < 0)
			rc = check_empty(w, row);
		for (int l = 0; l <= deepest && rc == 0; l++)
			if (cprt_trim_str(cprt_sheet_get(s, row, level_col[l])).n)
				rc = entry(w, row, (enum cprt_level)l, l == deepest);
		if (rc < 0)
			return rc;
	}
	if (!w->ids.n)
		return cprt_sheet_fail(s, s->header_row, CPRT_COL_FUNCTION, XW_EINVAL,
				       "no function, category or subcategory below the header row");
	return 0;
}

int cprt_walk(const struct cprt_sheet *s, cprt_visit_fn visit, void *ctx)
{
	struct walker w;
	int rc;

	memset(&w, 0, sizeof(w));
	w.s = s;
	w.visit = visit;
	w.ctx = ctx;
	rc = walk_rows(&w);
	cprt_seen_free(&w.ids);
	return rc;
}
