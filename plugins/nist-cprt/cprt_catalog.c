/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "cprt_catalog.h"
#include "cprt_meta.h"
#include "cprt_options.h"
#include "cprt_successors.h"
#include "cprt_walk.h"

struct reader {
	const struct cprt_sheet *s;
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_framework *fw;
};

/* item_set() of @copy, a malloc'd string (NULL: out of memory), which it frees. */
static int set_copy(struct reader *r, struct xw_item *it, const char *key,
		    const char *sub, char *copy)
{
	int rc;

	if (!copy)
		return r->h->error(r->call, XW_ENOMEM, "out of memory");
	rc = r->h->item_set(r->call, it, key, sub, copy);
	free(copy);
	return rc;
}

/* A span as the cell has it. */
static int set_span(struct reader *r, struct xw_item *it, const char *key,
		    const char *sub, struct cprt_span v)
{
	return set_copy(r, it, key, sub, strndup(v.s, v.n));
}

/* A title or statement, its blanks as printed: one space between words. */
static int set_words(struct reader *r, struct xw_item *it, const char *key,
		     struct cprt_span v)
{
	return set_copy(r, it, key, "en", cprt_squeeze(v));
}

/*
 * NIST's words: a function's and a category's name is the title and the
 * statement the text; a subcategory has only its statement, which is
 * the title, as in the bundled catalog. Runs of blanks are one space (one
 * statement has two between words). Implementation examples are a prop,
 * as the cell has them: they illustrate, they are not the outcome.
 */
static int set_active(struct reader *r, const struct cprt_entry *e, struct xw_item *it)
{
	struct cprt_span examples = cprt_trim_str(cprt_sheet_get(r->s, e->row, CPRT_COL_EXAMPLES));
	int rc;

	if (e->level == CPRT_SUBCATEGORY)
		rc = set_words(r, it, "title", e->cell.text);
	else if ((rc = set_words(r, it, "title", e->cell.title)) == 0)
		rc = set_words(r, it, "text", e->cell.text);
	if (rc == 0)
		rc = r->h->item_set(r->call, it, "authoritative", NULL, "en");
	/* a row's examples are those of the deepest item it names */
	if (rc == 0 && examples.n && e->deepest)
		rc = set_span(r, it, "props", "implementation-examples", examples);
	return rc;
}

/* A withdrawn subcategory: NIST's note, and the ids it names as successors. */
static int set_withdrawn(struct reader *r, const struct cprt_entry *e, struct xw_item *it)
{
	struct cprt_span ids[CPRT_SUCCESSORS_MAX];
	int n = cprt_successors(e->cell.text, ids), rc;

	if ((rc = r->h->item_set(r->call, it, "status", NULL, "withdrawn")) < 0 ||
	    (rc = set_span(r, it, "props", "withdrawn-note", e->cell.text)) < 0)
		return rc;
	if (*e->old_category &&
	    (rc = r->h->item_set(r->call, it, "props", "csf-1.1-category", e->old_category)) < 0)
		return rc;
	if (n < 0)
		cprt_sheet_warn(r->s, e->row, e->col,
				"withdrawn subcategory %s: no successor ids read from '%.*s' "
				"(expected 'Incorporated into' or 'Moved to' and CSF ids)",
				e->id, (int)e->cell.text.n, e->cell.text.s);
	for (int i = 0; i < n && rc == 0; i++)
		rc = set_span(r, it, "replaced-by", NULL, ids[i]);
	return rc;
}

static int visit(void *ctx, const struct cprt_entry *e)
{
	struct reader *r = ctx;
	struct xw_item *it;
	int rc;

	/* a withdrawn category is no item: its subcategories name it */
	if (!e->is_new || (e->level == CPRT_CATEGORY && e->cell.withdrawn))
		return 0;
	cprt_sheet_at(r->s, e->row, e->col);
	if ((rc = r->h->item_add(r->call, r->fw, &it)) < 0 ||
	    (rc = r->h->item_set(r->call, it, "id", NULL, e->id)) < 0 ||
	    (rc = r->h->item_set(r->call, it, "kind", NULL, cprt_level_name(e->level))) < 0 ||
	    (*e->parent && (rc = r->h->item_set(r->call, it, "parent", NULL, e->parent)) < 0))
		return rc;
	return e->cell.withdrawn ? set_withdrawn(r, e, it) : set_active(r, e, it);
}

int cprt_read_catalog(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_framework *fw)
{
	struct cprt_sheet s;
	struct reader r = { &s, h, call, fw };
	int rc = cprt_sheet_open(&s, h, call, in);

	if (rc == 0)
		rc = cprt_options_for_framework(h, call, in);
	if (rc == 0)
		rc = cprt_meta_set(h, call, fw);
	if (rc == 0)
		rc = cprt_walk(&s, visit, &r);
	cprt_sheet_close(&s);
	return rc;
}
