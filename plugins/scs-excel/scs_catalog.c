/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "scs_catalog.h"
#include "scs_meta.h"
#include "scs_table.h"
#include "scs_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* The levels above a criterion; each row's criterion number says where it sits. */
static const struct level {
	const char *kind;
	enum scs_col no, title, text;   /* text: SCS_N_COLS for none */
} levels[3] = {
	{ "category", SCS_CAT_NO, SCS_CAT, SCS_N_COLS },
	{ "subcategory", SCS_SUB_NO, SCS_SUB, SCS_N_COLS },
	{ "requirement", SCS_REQ_NO, SCS_REQ, SCS_REQ_TEXT },
};

static const enum scs_col required[] = {
	SCS_CAT, SCS_SUB, SCS_REQ, SCS_REQ_TEXT, SCS_LEVEL, SCS_CRIT,
};

struct reader {
	struct scs_table *t;
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_framework *fw;
	char cur[3][8];              /* the category, sub-category, requirement being read */
	uint32_t first[3];           /* the row where each began */
	uint32_t began[3][SCS_IDS(3)]; /* the row where each group began */
};

/* Every non-empty value of a group's cell is the value its first row shows. */
static int check_value(struct reader *r, uint32_t row, int depth, enum scs_col c)
{
	const char *v = c == SCS_N_COLS ? "" : scs_table_get(r->t, row, c);

	if (!*v || strcmp(v, scs_table_get(r->t, r->first[depth], c)) == 0)
		return 0;
	return scs_table_fail(r->t, row, c, XW_EINVAL,
			      "'%s' of %s %s differs from row %u's; merge the cells or repeat the same text",
			      scs_col_name(c), levels[depth].kind, r->cur[depth],
			      (unsigned)r->first[depth]);
}

/* The group's own number column, when the sheet has one, agrees with the criterion number. */
static int check_number(struct reader *r, uint32_t row, int depth, const char *id)
{
	enum scs_col c = levels[depth].no;
	char v[16];

	if (!r->t->col[c] || (scs_trim(scs_table_get(r->t, row, c), v, sizeof(v)) &&
			      (!*v || strcmp(v, r->cur[depth]) == 0)))
		return 0;
	return scs_table_fail(r->t, row, c, XW_EINVAL,
			      "'%s' says %s %s, but criterion %s belongs to %s",
			      scs_col_name(c), levels[depth].kind,
			      scs_table_get(r->t, row, c), id, r->cur[depth]);
}

static int set_csf(struct reader *r, uint32_t row, struct xw_item *it)
{
	const char *v = scs_table_get(r->t, row, SCS_CSF);
	char code[3];

	if (!*v)
		return 0;
	if (!scs_csf_of(v, code))
		return scs_table_fail(r->t, row, SCS_CSF, XW_EINVAL,
				      "'%s' names no NIST CSF 2.0 function (as 統治(GV))", v);
	return r->h->item_set(r->call, it, "props", "csf-function", code);
}

/* A required text of the row; empty is an error naming its header. */
static int text_of(struct reader *r, uint32_t row, enum scs_col c,
		   const char *kind, const char *id, const char **out)
{
	*out = scs_table_get(r->t, row, c);
	if (**out)
		return 0;
	return scs_table_fail(r->t, row, c, XW_EINVAL, "'%s' is empty for %s %s",
			      scs_col_name(c), kind, id);
}

static int add_item(struct reader *r, uint32_t row, const char *id, int depth,
		    struct xw_item **it)
{
	const char *kind = depth < 3 ? levels[depth].kind : "criterion";
	char parent[8];
	int rc;

	scs_table_at(r->t, row, SCS_CRIT_NO);
	if ((rc = r->h->item_add(r->call, r->fw, it)) < 0 ||
	    (rc = r->h->item_set(r->call, *it, "id", NULL, id)) < 0 ||
	    (rc = r->h->item_set(r->call, *it, "kind", NULL, kind)) < 0 ||
	    (rc = r->h->item_set(r->call, *it, "authoritative", NULL, "ja")) < 0)
		return rc;
	if (depth == 0)
		return 0;
	memcpy(parent, id, (size_t)(2 * depth - 1));
	parent[2 * depth - 1] = '\0';
	return r->h->item_set(r->call, *it, "parent", NULL, parent);
}

static int begin_group(struct reader *r, uint32_t row, int depth, const char *id)
{
	const struct level *l = &levels[depth];
	uint32_t *began = &r->began[depth][scs_id_index(id, depth + 1)];
	const char *title, *text = NULL;
	struct xw_item *it;
	int rc;

	memcpy(r->cur[depth], id, (size_t)(2 * depth + 1));
	r->cur[depth][2 * depth + 1] = '\0';
	if (*began)
		return scs_table_fail(r->t, row, SCS_CRIT_NO, XW_EINVAL,
				      "%s %s begins again after others (first in row %u); "
				      "a %s's rows must stand together",
				      l->kind, r->cur[depth], (unsigned)*began, l->kind);
	*began = r->first[depth] = row;
	if ((rc = check_number(r, row, depth, id)) < 0 ||
	    (rc = text_of(r, row, l->title, l->kind, r->cur[depth], &title)) < 0 ||
	    (l->text != SCS_N_COLS &&
	     (rc = text_of(r, row, l->text, l->kind, r->cur[depth], &text)) < 0) ||
	    (rc = add_item(r, row, r->cur[depth], depth, &it)) < 0 ||
	    (rc = r->h->item_set(r->call, it, "title", "ja", title)) < 0 ||
	    (text && (rc = r->h->item_set(r->call, it, "text", "ja", text)) < 0))
		return rc;
	return depth == 0 ? set_csf(r, row, it) : 0;
}

static int criterion(struct reader *r, uint32_t row, const char *id)
{
	const char *level = scs_table_get(r->t, row, SCS_LEVEL), *profile, *text;
	struct xw_item *it;
	int rc;

	if (!(profile = scs_profile_of(level)))
		return scs_table_fail(r->t, row, SCS_LEVEL, XW_EINVAL,
				      "'%s' is not a level of criterion %s; expected ★3 or ★4",
				      level, id);
	if ((rc = text_of(r, row, SCS_CRIT, "criterion", id, &text)) < 0 ||
	    (rc = add_item(r, row, id, 3, &it)) < 0 ||
	    (rc = r->h->item_set(r->call, it, "text", "ja", text)) < 0 ||
	    (rc = r->h->item_set(r->call, it, "profiles", NULL, profile)) < 0)
		return rc;
	return set_csf(r, row, it);
}

/* One criterion row: the groups it opens, then the criterion itself. */
static int row_items(struct reader *r, uint32_t row, const char *id)
{
	int rc = 0;

	for (int d = 0; d < 3 && rc == 0; d++) {
		const struct level *l = &levels[d];

		if (strncmp(r->cur[d], id, (size_t)(2 * d + 1)) != 0)
			rc = begin_group(r, row, d, id);
		else if ((rc = check_number(r, row, d, id)) == 0 &&
			 (rc = check_value(r, row, d, l->title)) == 0)
			rc = check_value(r, row, d, l->text);
	}
	return rc < 0 ? rc : criterion(r, row, id);
}

int scs_read_catalog(const struct xw_host *h, struct xw_call *call,
		     const struct xw_input *in, struct xw_framework *fw)
{
	struct reader *r = calloc(1, sizeof(*r));
	struct scs_table *t = calloc(1, sizeof(*t));
	size_t n = 0;
	char id[8];
	int rc;

	if (!r || !t) {
		free(r);
		free(t);
		return h->error(call, XW_ENOMEM, "out of memory");
	}
	*r = (struct reader){ .t = t, .h = h, .call = call, .fw = fw };
	rc = scs_table_open(t, h, call, in);
	/* a check sheet with answers but without the catalog's columns is no catalog */
	if (rc == 0 && t->col[SCS_STATUS] && !scs_table_has(t, required, N(required)))
		rc = XW_EUNSUPPORTED;
	if (rc == 0)
		rc = scs_table_need(t, required, N(required));
	if (rc == 0)
		rc = scs_meta_set(h, call, fw);
	for (uint32_t row = t->header_row + 1;
	     rc == 0 && row <= xlsx_last_row(t->sheet); row++)
		if ((rc = scs_table_criterion(t, row, id)) > 0) {
			n++;
			rc = row_items(r, row, id);
		}
	if (rc == 0 && n == 0)
		rc = scs_table_fail(t, t->header_row, SCS_CRIT_NO, XW_EINVAL,
				    "the table lists no criteria under this header");
	scs_table_close(t);
	free(t);
	free(r);
	return rc;
}
