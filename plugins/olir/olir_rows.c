/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "olir_read.h"
#include "olir_text.h"
#include "olir_vocab.h"

/* Ids in one cell, separated by ';' (xwalk's rows of several sources). */
#define MAX_IDS 64
#define ID_MAX 128

/* One row of the table being read. */
struct line {
	struct olir_reader *r;
	const struct cell_grid *g;
	uint32_t row;
	struct xw_row *out;
};

static const char *cell(const struct line *l, enum olir_col c)
{
	uint32_t col = l->r->book.col[c];

	return col ? cell_grid_cell(l->g, l->row, col) : "";
}

static bool empty(const struct line *l, enum olir_col c)
{
	size_t n;

	olir_trim(cell(l, c), &n);
	return n == 0;
}

__attribute__((format(printf, 3, 4)))
static int fail(const struct line *l, enum olir_col c, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	return cell_grid_fail(l->g, l->row, l->r->book.col[c], XW_EINVAL, "%s", msg);
}

static int set(const struct line *l, const char *key, const char *sub, const char *value)
{
	return l->r->h->row_set(l->r->call, l->out, key, sub, value);
}

/* Copies the @n bytes at @s, trimmed, into @out (@size bytes); false when too long. */
static bool piece(const char *s, size_t n, char *out, size_t size)
{
	const char *t;

	if (n >= size)
		return false;
	memcpy(out, s, n);
	out[n] = '\0';
	t = olir_trim(out, &n);
	memmove(out, t, n);
	out[n] = '\0';
	return true;
}

/* The ids of column @c, each in its framework's form, as @key of the row. */
static int set_ids(const struct line *l, enum olir_col c, const struct olir_side *side,
		   const char *key)
{
	const char *p = cell(l, c);
	char raw[ID_MAX], id[ID_MAX];
	int rc = 0;

	for (size_t n = 0; rc == 0; n++) {
		size_t len = strcspn(p, ";");

		if (n == MAX_IDS)
			return fail(l, c, "more than %d ids in one cell", MAX_IDS);
		if (!piece(p, len, raw, sizeof(raw)))
			return fail(l, c, "an id longer than %d bytes", ID_MAX - 1);
		if (!raw[0])
			return fail(l, c, "an empty id ('%s')", cell(l, c));
		if (!olir_side_id(side, raw, id, sizeof(id)))
			return fail(l, c, "'%s' is not an SP 800-53 control id "
				    "(as 'AC-02(01)', 'AC-2(1)' or 'ac-2.1')", raw);
		rc = set(l, key, NULL, id);
		if (!p[len])
			break;
		p += len + 1;
	}
	return rc;
}

/* The conditions, one a line of the cell; blank lines are none. */
static int set_conditions(const struct line *l)
{
	const char *p = cell(l, OLIR_CONDITIONS);
	char buf[4096];
	int rc = 0;

	while (*p && rc == 0) {
		size_t len = strcspn(p, "\n");

		if (!piece(p, len, buf, sizeof(buf)))
			return fail(l, OLIR_CONDITIONS, "a condition longer than %zu bytes",
				    sizeof(buf) - 1);
		if (buf[0])
			rc = set(l, "conditions", NULL, buf);
		p += len + (p[len] != '\0');
	}
	return rc;
}

/* "ID=HEX; ID=HEX" as the review hashes @side of the row. */
static int set_hashes(const struct line *l, enum olir_col c, const char *side)
{
	const char *p = cell(l, c);
	char buf[ID_MAX + 32], *eq;
	int rc = 0;

	if (empty(l, c))
		return 0;
	for (size_t n = 0; rc == 0; n++) {
		size_t len = strcspn(p, ";");

		if (n == MAX_IDS)
			return fail(l, c, "more than %d hashes in one cell", MAX_IDS);
		if (!piece(p, len, buf, sizeof(buf)) || !(eq = strrchr(buf, '=')) || eq == buf)
			return fail(l, c, "'%.*s' is not ID=HASH", (int)len, p);
		*eq = '\0';
		rc = set(l, side, buf, eq + 1);
		if (!p[len])
			break;
		p += len + 1;
	}
	return rc;
}

/* A strength: a whole number from 0 to 10, as xwalk's scale has it. */
static int set_strength(const struct line *l)
{
	char buf[8];
	size_t n;
	const char *s = olir_trim(cell(l, OLIR_STRENGTH), &n);

	if (!n)
		return 0;
	if (n > 2 || strspn(s, "0123456789") < n || (n == 2 && memcmp(s, "10", 2) != 0))
		return fail(l, OLIR_STRENGTH, "strength '%s' is not a whole number from 0 to 10",
			    cell(l, OLIR_STRENGTH));
	memcpy(buf, s, n);
	buf[n] = '\0';
	return set(l, "strength", NULL, buf);
}

/* Text fields copied as the cell has them, trimmed. */
static int set_text(const struct line *l, enum olir_col c, const char *key)
{
	char buf[1 << 16];

	if (empty(l, c))
		return 0;
	if (!piece(cell(l, c), strlen(cell(l, c)), buf, sizeof(buf)))
		return fail(l, c, "longer than %zu bytes", sizeof(buf) - 1);
	return set(l, key, NULL, buf);
}

/* xwalk's relationship of the row ("related" when the cell is empty), or NULL. */
static const char *relationship(const struct line *l)
{
	if (empty(l, OLIR_RELATIONSHIP))
		return "related";
	return olir_vocab_name(OLIR_RELATIONSHIPS, cell(l, OLIR_RELATIONSHIP));
}

static int add(struct line *l, const char *rel)
{
	struct olir_reader *r = l->r;
	const char *rationale = NULL;
	char id[32];
	int rc;

	if (!empty(l, OLIR_RATIONALE) &&
	    !(rationale = olir_vocab_name(OLIR_RATIONALES, cell(l, OLIR_RATIONALE))))
		return fail(l, OLIR_RATIONALE, "rationale '%s' is not %s",
			    cell(l, OLIR_RATIONALE), olir_rationale_words);
	cell_grid_at(l->g, l->row, r->book.col[OLIR_FOCAL]);
	if ((rc = r->h->row_add(r->call, r->m, &l->out)) < 0)
		return rc;
	snprintf(id, sizeof(id), "olir-%04zu", ++r->n_rows);
	rc = empty(l, OLIR_ROW_ID) ? set(l, "id", NULL, id) : set_text(l, OLIR_ROW_ID, "id");
	if (rc == 0 && !empty(l, OLIR_FOCAL))
		rc = set_ids(l, OLIR_FOCAL, &r->source, "sources");
	if (rc == 0 && !empty(l, OLIR_REFERENCE))
		rc = set_ids(l, OLIR_REFERENCE, &r->target, "targets");
	if (rc == 0)
		rc = set(l, "relationship", NULL, rel);
	if (rc == 0 && rationale)
		rc = set(l, "rationale", NULL, rationale);
	if (rc == 0)
		rc = set_strength(l);
	if (rc == 0)
		rc = set_text(l, OLIR_COMMENTS, "justification");
	if (rc == 0)
		rc = set_conditions(l);
	if (rc == 0)
		rc = set_text(l, OLIR_REVIEW_STATUS, "review-status");
	if (rc == 0)
		rc = set_text(l, OLIR_REVIEWER, "reviewer");
	if (rc == 0)
		rc = set_text(l, OLIR_REVIEW_DATE, "review-date");
	if (rc == 0)
		rc = set_hashes(l, OLIR_SOURCE_HASHES, "source-hashes");
	if (rc == 0)
		rc = set_hashes(l, OLIR_TARGET_HASHES, "target-hashes");
	return rc;
}

/* True when no column the plugin reads has a value in the row. */
static bool blank_row(const struct line *l)
{
	for (int c = 0; c < OLIR_N_WRITTEN; c++)
		if (!empty(l, (enum olir_col)c))
			return false;
	return true;
}

/* True for a row that only names a focal element, as NIST lists every one. */
static bool bare_row(const struct line *l)
{
	for (int c = 0; c < OLIR_N_WRITTEN; c++)
		if (c != OLIR_FOCAL && !empty(l, (enum olir_col)c))
			return false;
	return true;
}

static int read_row(struct line *l)
{
	const char *rel = relationship(l);
	bool gap = rel && strcmp(rel, "no-relationship") == 0;

	if (blank_row(l))
		return 0;
	if (bare_row(l)) {
		if (!l->r->n_bare++)
			l->r->first_bare = l->row;
		return 0;
	}
	if (!rel)
		return fail(l, OLIR_RELATIONSHIP, "relationship '%s' is not %s",
			    cell(l, OLIR_RELATIONSHIP), olir_relationship_words);
	if (empty(l, OLIR_FOCAL) && empty(l, OLIR_REFERENCE))
		return fail(l, OLIR_FOCAL, "the row names no focal and no reference document element");
	if (!gap && empty(l, OLIR_FOCAL))
		return fail(l, OLIR_FOCAL, "the row names no focal document element; only a "
			    "'not related to' row may leave one side empty");
	if (!gap && empty(l, OLIR_REFERENCE))
		return fail(l, OLIR_REFERENCE, "the row names no reference document element; "
			    "only a 'not related to' row may leave one side empty");
	return add(l, rel);
}

int olir_rows_read(struct olir_reader *r)
{
	struct line l = { .r = r, .g = &r->book.table };
	int rc = 0;

	for (l.row = r->book.header + 1; l.row <= l.g->rows && rc == 0; l.row++)
		rc = read_row(&l);
	if (rc == 0 && r->n_bare)
		cell_grid_warn(l.g, r->first_bare, r->book.col[OLIR_FOCAL],
			       "%zu %s a focal document element and nothing else (the first "
			       "is this one): %s nothing and %s left out", r->n_bare,
			       r->n_bare == 1 ? "row names" : "rows name",
			       r->n_bare == 1 ? "it maps" : "they map",
			       r->n_bare == 1 ? "is" : "are");
	if (rc == 0 && !r->n_rows) {
		r->h->at(r->call, 0, 0);
		r->h->warn(r->call, "the OLIR table has no rows: the set is empty");
	}
	return rc;
}
