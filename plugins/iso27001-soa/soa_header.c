/* SPDX-License-Identifier: MIT */
#include <pthread.h>
#include <stdio.h>
#include <string.h>

#include "soa_header.h"
#include "soa_id.h"
#include "soa_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/*
 * Header names, compared as soa_fold() folds them: case, blanks,
 * punctuation and bracketed asides do not count, so "Control No." also
 * reads "CONTROL NO", "Applicable" also "Applicable (Y/N)", "適用/除外"
 * "適用・除外". A bilingual cell matches by either language
 * (soa_lookup()). Where a kind has room for one column, the rank says
 * which of several wins: 0 names say what they hold, higher ones less
 * ("Status"; "No.", which may be a running number; "Control", which may
 * be the control's name). The id column is chosen by its contents first
 * (settle_id()). There is no bare "ID" or "Item": the csv plugin's own
 * tables have columns "id", "item" and "status", and are no SoAs.
 */
static const struct name {
	const char *text;
	enum soa_col col;
	unsigned rank;
} names[] = {
	{ "Control No.", SOA_COL_ID, 0 }, { "Control number", SOA_COL_ID, 0 },
	{ "Control ID", SOA_COL_ID, 0 }, { "Control ref.", SOA_COL_ID, 0 },
	{ "Control reference", SOA_COL_ID, 0 }, { "Annex A", SOA_COL_ID, 0 },
	{ "Annex A No.", SOA_COL_ID, 0 }, { "Annex A ref.", SOA_COL_ID, 0 },
	{ "Annex A reference", SOA_COL_ID, 0 }, { "Clause", SOA_COL_ID, 0 },
	{ "管理策番号", SOA_COL_ID, 0 }, { "管理策No.", SOA_COL_ID, 0 },
	{ "管理策ID", SOA_COL_ID, 0 }, { "附属書A", SOA_COL_ID, 0 },
	{ "付属書A", SOA_COL_ID, 0 }, { "箇条", SOA_COL_ID, 0 }, { "条項", SOA_COL_ID, 0 },
	{ "No.", SOA_COL_ID, 1 }, { "Number", SOA_COL_ID, 1 },
	{ "番号", SOA_COL_ID, 1 }, { "項番", SOA_COL_ID, 1 },
	{ "Control", SOA_COL_ID, 2 }, { "Controls", SOA_COL_ID, 2 },
	{ "Annex A control", SOA_COL_ID, 2 }, { "管理策", SOA_COL_ID, 2 },
	{ "附属書A管理策", SOA_COL_ID, 2 }, { "付属書A管理策", SOA_COL_ID, 2 },

	{ "Applicable", SOA_COL_APPLICABLE, 0 }, { "Applicability", SOA_COL_APPLICABLE, 0 },
	{ "Applied", SOA_COL_APPLICABLE, 0 }, { "Selected", SOA_COL_APPLICABLE, 0 },
	{ "Included", SOA_COL_APPLICABLE, 0 }, { "Included/Excluded", SOA_COL_APPLICABLE, 0 },
	{ "適用", SOA_COL_APPLICABLE, 0 }, { "適用可否", SOA_COL_APPLICABLE, 0 },
	{ "適用有無", SOA_COL_APPLICABLE, 0 }, { "適用の有無", SOA_COL_APPLICABLE, 0 },
	{ "適用要否", SOA_COL_APPLICABLE, 0 }, { "適用/除外", SOA_COL_APPLICABLE, 0 },
	{ "採否", SOA_COL_APPLICABLE, 0 }, { "採用", SOA_COL_APPLICABLE, 0 },

	{ "Implemented", SOA_COL_STATUS, 0 }, { "Implementation status", SOA_COL_STATUS, 0 },
	{ "Implementation", SOA_COL_STATUS, 0 }, { "Implementation state", SOA_COL_STATUS, 0 },
	{ "Control status", SOA_COL_STATUS, 0 }, { "Current status", SOA_COL_STATUS, 0 },
	{ "実施状況", SOA_COL_STATUS, 0 }, { "導入状況", SOA_COL_STATUS, 0 },
	{ "実施状態", SOA_COL_STATUS, 0 }, { "導入状態", SOA_COL_STATUS, 0 },
	{ "対応状況", SOA_COL_STATUS, 0 }, { "実装状況", SOA_COL_STATUS, 0 },
	{ "実施有無", SOA_COL_STATUS, 0 },
	{ "Status", SOA_COL_STATUS, 1 }, { "状況", SOA_COL_STATUS, 1 },
	{ "状態", SOA_COL_STATUS, 1 }, { "ステータス", SOA_COL_STATUS, 1 },

	{ "Justification", SOA_COL_NOTE, 0 }, { "Reason", SOA_COL_NOTE, 0 },
	{ "Reasons", SOA_COL_NOTE, 0 }, { "Rationale", SOA_COL_NOTE, 0 },
	{ "Justification for inclusion/exclusion", SOA_COL_NOTE, 0 },
	{ "Justification for inclusion", SOA_COL_NOTE, 0 },
	{ "Justification for exclusion", SOA_COL_NOTE, 0 },
	{ "Reason for inclusion/exclusion", SOA_COL_NOTE, 0 },
	{ "Reason for inclusion", SOA_COL_NOTE, 0 }, { "Reason for exclusion", SOA_COL_NOTE, 0 },
	{ "Reason for selection", SOA_COL_NOTE, 0 }, { "適用理由", SOA_COL_NOTE, 0 },
	{ "除外理由", SOA_COL_NOTE, 0 }, { "適用/除外理由", SOA_COL_NOTE, 0 },
	{ "採否理由", SOA_COL_NOTE, 0 }, { "選択理由", SOA_COL_NOTE, 0 },
	{ "理由", SOA_COL_NOTE, 0 }, { "根拠", SOA_COL_NOTE, 0 },
	{ "適用根拠", SOA_COL_NOTE, 0 }, { "除外根拠", SOA_COL_NOTE, 0 },
	{ "Remarks", SOA_COL_NOTE, 0 }, { "Notes", SOA_COL_NOTE, 0 },
	{ "Comments", SOA_COL_NOTE, 0 }, { "備考", SOA_COL_NOTE, 0 },
	{ "コメント", SOA_COL_NOTE, 0 },

	{ "Reference", SOA_COL_EVIDENCE, 0 }, { "References", SOA_COL_EVIDENCE, 0 },
	{ "Evidence", SOA_COL_EVIDENCE, 0 }, { "Documents", SOA_COL_EVIDENCE, 0 },
	{ "Document reference", SOA_COL_EVIDENCE, 0 },
	{ "Related documents", SOA_COL_EVIDENCE, 0 }, { "Policy reference", SOA_COL_EVIDENCE, 0 },
	{ "Reference documents", SOA_COL_EVIDENCE, 0 },
	{ "Supporting documents", SOA_COL_EVIDENCE, 0 },
	{ "Supporting evidence", SOA_COL_EVIDENCE, 0 }, { "Documentation", SOA_COL_EVIDENCE, 0 },
	{ "Implementation evidence", SOA_COL_EVIDENCE, 0 }, { "根拠文書", SOA_COL_EVIDENCE, 0 },
	{ "関連規程類", SOA_COL_EVIDENCE, 0 }, { "規程", SOA_COL_EVIDENCE, 0 },
	{ "文書", SOA_COL_EVIDENCE, 0 }, { "関連文書", SOA_COL_EVIDENCE, 0 },
	{ "参照文書", SOA_COL_EVIDENCE, 0 }, { "文書名", SOA_COL_EVIDENCE, 0 },
	{ "関連規程", SOA_COL_EVIDENCE, 0 }, { "証跡", SOA_COL_EVIDENCE, 0 },
	{ "エビデンス", SOA_COL_EVIDENCE, 0 }, { "参照", SOA_COL_EVIDENCE, 0 },

	{ "Control name", SOA_COL_TITLE, 0 }, { "Control title", SOA_COL_TITLE, 0 },
	{ "Title", SOA_COL_TITLE, 0 }, { "Name", SOA_COL_TITLE, 0 },
	{ "管理策名", SOA_COL_TITLE, 0 }, { "管理策の名称", SOA_COL_TITLE, 0 },
	{ "名称", SOA_COL_TITLE, 0 }, { "タイトル", SOA_COL_TITLE, 0 },
};

/*
 * names[] folded once: match_name() runs for every header cell of every
 * sheet looked at, and folding all the names each time was most of a
 * probe's work (found profiling the fuzz harness, 25 inputs a second).
 */
static char folded_names[N(names)][256];
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

static void fold_names(void)
{
	for (size_t i = 0; i < N(names); i++)
		if (!soa_fold(names[i].text, folded_names[i], sizeof(folded_names[i])))
			folded_names[i][0] = '\0';  /* too long: never matches */
}

static int match_name(const char *folded)
{
	pthread_once(&folded_once, fold_names);
	for (size_t i = 0; i < N(names); i++)
		if (folded_names[i][0] && strcmp(folded, folded_names[i]) == 0)
			return (int)i;
	return -1;
}

/* Adds column @col, named @n, to @t. */
static void add(struct soa_table *t, const struct name *n, uint32_t col)
{
	struct soa_cols *c = &t->cols[n->col];

	if (c->n == SOA_MAX_JOINED) {
		if (!t->clash[n->col].at)
			t->clash[n->col].at = col;
		return;
	}
	c->rank[c->n] = n->rank;
	c->at[c->n++] = col;
}

/* True when a column of kind @k has a name of rank @rank or better. */
static bool named(const struct soa_table *t, enum soa_col k, unsigned rank)
{
	for (unsigned i = 0; i < t->cols[k].n; i++)
		if (t->cols[k].rank[i] <= rank)
			return true;
	return false;
}

/* Reads row @row of @g as a header into @t: what it names. */
static enum soa_found header(const struct soa_grid *g, uint32_t row,
			     struct soa_table *t)
{
	unsigned kinds = 0;

	memset(t, 0, sizeof(*t));
	t->grid = g;
	t->row = row;
	for (uint32_t col = 1; col <= soa_grid_last_col(g, row); col++) {
		int n = soa_lookup(soa_grid_cell(g, row, col), match_name);

		if (n >= 0)
			add(t, &names[n], col);
	}
	for (int c = 0; c < SOA_N_COLS; c++)
		kinds += t->cols[c].n > 0;
	if (t->cols[SOA_COL_ID].n &&
	    (t->cols[SOA_COL_APPLICABLE].n || t->cols[SOA_COL_STATUS].n))
		return SOA_TABLE;
	/* part of one; a generic "Status" beside other columns is not enough */
	if (kinds >= 2 && (t->cols[SOA_COL_ID].n || t->cols[SOA_COL_APPLICABLE].n ||
			   named(t, SOA_COL_STATUS, 0)))
		return SOA_PARTIAL_TABLE;
	return SOA_NO_TABLE;
}

/* Rows under the header that choose between candidate id columns. */
#define ID_SAMPLE 50

/* How many rows under the header hold a control number in column @col. */
static unsigned id_score(const struct soa_table *t, uint32_t col)
{
	char id[SOA_ID_MAX];
	unsigned n = 0;

	for (uint32_t r = t->row + 1; r <= t->grid->last_row && r <= t->row + ID_SAMPLE; r++) {
		enum soa_id k = soa_id_parse(soa_grid_value(t->grid, r, col), id);

		n += k == SOA_ID_CONTROL || k == SOA_ID_2013;
	}
	return n;
}

/*
 * Keeps column @best of kind @k as its only one; another as good by
 * @score (may be NULL) and rank is a clash.
 */
static void keep_best(struct soa_table *t, enum soa_col k, unsigned best,
		      const unsigned *score)
{
	struct soa_cols *c = &t->cols[k];

	for (unsigned i = 0; i < c->n && !t->clash[k].at; i++)
		if (i != best && c->rank[i] == c->rank[best] &&
		    (!score || score[i] == score[best])) {
			t->clash[k].at = c->at[i > best ? i : best];
			t->clash[k].with = c->at[i > best ? best : i];
		}
	c->at[0] = c->at[best];
	c->rank[0] = c->rank[best];
	c->n = 1;
}

/*
 * The id column: of the columns named like one, that holding the most
 * control numbers in the rows under the header ("No." of running
 * numbers beside "管理策" of "A.5.1 …"), else the best named, else the
 * first. Two alike are ambiguous.
 */
static void settle_id(struct soa_table *t)
{
	struct soa_cols *c = &t->cols[SOA_COL_ID];
	unsigned score[SOA_MAX_JOINED], best = 0;

	for (unsigned i = 0; i < c->n; i++) {
		score[i] = id_score(t, c->at[i]);
		if (score[i] > score[best] ||
		    (score[i] == score[best] && c->rank[i] < c->rank[best]))
			best = i;
	}
	keep_best(t, SOA_COL_ID, best, score);
}

/* The applicability or status column: the best named; two alike are ambiguous. */
static void settle_by_name(struct soa_table *t, enum soa_col k)
{
	struct soa_cols *c = &t->cols[k];
	unsigned best = 0;

	for (unsigned i = 1; i < c->n; i++)
		if (c->rank[i] < c->rank[best])
			best = i;
	keep_best(t, k, best, NULL);
}

/* The id, applicability and status down to one column each, or a clash to report. */
static void settle(struct soa_table *t)
{
	if (t->cols[SOA_COL_ID].n)
		settle_id(t);
	for (int k = SOA_COL_APPLICABLE; k <= SOA_COL_STATUS; k++)
		if (t->cols[k].n)
			settle_by_name(t, (enum soa_col)k);
}

/* A CSV file whose metadata rows say "#format": the csv plugin's, no SoA. */
static bool csv_plugin_file(const struct soa_book *b)
{
	const struct soa_grid *g = &b->grids[0];

	for (uint32_t r = 1; !soa_grid_is_sheet(g) && r <= g->last_row; r++) {
		const char *first = soa_grid_cell(g, r, 1);

		if (strncmp(first, "#format", 7) == 0)
			return true;
		if (first[0] != '#' && !soa_is_blank(first))
			break;
	}
	return false;
}

enum soa_found soa_table_find(const struct soa_book *b, struct soa_table *t)
{
	struct soa_table row;
	enum soa_found best = SOA_NO_TABLE;

	if (b->n_grids && csv_plugin_file(b))
		return best;
	for (size_t i = 0; i < b->n_grids; i++) {
		const struct soa_grid *g = &b->grids[i];

		for (uint32_t r = 1; r <= g->last_row && r <= SOA_HEADER_ROWS; r++) {
			enum soa_found f = header(g, r, &row);

			if (f > best) {
				*t = row;
				best = f;
			}
			if (best == SOA_TABLE) {
				settle(t);
				return best;
			}
		}
	}
	return best;
}

uint32_t soa_table_col(const struct soa_table *t, enum soa_col c)
{
	return t->cols[c].n ? t->cols[c].at[0] : 0;
}

/* "'A', 'B', ..." of the names of kind @c into @buf. */
static void list(enum soa_col c, char *buf, size_t size)
{
	size_t at = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < N(names) && at < size; i++)
		if (names[i].col == c)
			at += (size_t)snprintf(buf + at, size - at, "%s'%s'",
					       at ? ", " : "", names[i].text);
}

/* The header row's first named cell, where messages about the row point. */
static uint32_t first_col(const struct soa_table *t)
{
	uint32_t first = 0;

	for (int c = 0; c < SOA_N_COLS; c++)
		if (t->cols[c].n && (!first || t->cols[c].at[0] < first))
			first = t->cols[c].at[0];
	return first;
}

static const char *what(enum soa_col c)
{
	static const char *const whats[SOA_N_COLS] = {
		[SOA_COL_ID] = "the control id", [SOA_COL_APPLICABLE] = "applicability",
		[SOA_COL_STATUS] = "implementation status", [SOA_COL_NOTE] = "notes",
		[SOA_COL_EVIDENCE] = "evidence", [SOA_COL_TITLE] = "the control name",
	};

	return whats[c];
}

int soa_table_check(const struct soa_table *t)
{
	char a[600], b[600], ref[400];

	if (!t->cols[SOA_COL_ID].n) {
		list(SOA_COL_ID, a, sizeof(a));
		return soa_grid_fail(t->grid, t->row, first_col(t), XW_EINVAL,
				     "the header row has no control id column; looked for %s", a);
	}
	if (!t->cols[SOA_COL_APPLICABLE].n && !t->cols[SOA_COL_STATUS].n) {
		list(SOA_COL_APPLICABLE, a, sizeof(a));
		list(SOA_COL_STATUS, b, sizeof(b));
		return soa_grid_fail(t->grid, t->row, first_col(t), XW_EINVAL,
				     "the header row has no applicability or implementation "
				     "status column; looked for %s; or %s", a, b);
	}
	for (int k = 0; k < SOA_N_COLS; k++) {
		uint32_t at = t->clash[k].at, with = t->clash[k].with;

		if (!at)
			continue;
		if (!with)
			return soa_grid_fail(t->grid, t->row, at, XW_ELIMIT,
					     "more than %d columns for %s", SOA_MAX_JOINED,
					     what((enum soa_col)k));
		soa_grid_ref(t->grid, t->row, with, ref, sizeof(ref));
		return soa_grid_fail(t->grid, t->row, at, XW_EINVAL,
				     "a second column for %s, '%s' (the first is %s, '%s')",
				     what((enum soa_col)k), soa_grid_cell(t->grid, t->row, at),
				     ref, soa_grid_cell(t->grid, t->row, with));
	}
	return 0;
}
