/* SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "jc_answers.h"
#include "jc_meta.h"
#include "jc_table.h"

/* An optional text of the row into field @key of the result. */
static int copy(const struct jc_table *t, uint32_t row, enum jc_col c,
		struct xw_result *res, const char *key)
{
	const char *v = jc_table_get(t, row, c);

	return jc_blank(v) ? 0 : t->g.h->result_set(t->g.call, res, key, NULL, v);
}

/* No answer, no result; but text beside it was meant to say something. */
static void unanswered(const struct jc_table *t, uint32_t row, const char *id)
{
	bool note = !jc_blank(jc_table_get(t, row, JC_NOTE));
	bool evidence = !jc_blank(jc_table_get(t, row, JC_EVIDENCE));

	if (note && evidence)
		jc_table_warn(t, row, JC_ANSWER, "%s has no answer, so its %s and %s are not read",
			      id, jc_table_header(t, JC_NOTE), jc_table_header(t, JC_EVIDENCE));
	else if (note || evidence)
		jc_table_warn(t, row, JC_ANSWER, "%s has no answer, so its %s is not read", id,
			      jc_table_header(t, note ? JC_NOTE : JC_EVIDENCE));
}

static int answer(struct jc_table *t, struct xw_assessment *a, uint32_t row,
		  const char *id)
{
	const struct xw_host *h = t->g.h;
	const char *cell = jc_table_get(t, row, JC_ANSWER), *status;
	struct xw_result *res;
	int rc;

	if (jc_blank(cell)) {
		unanswered(t, row, id);
		return 0;
	}
	if (!(status = jc_status_of(cell)))
		return jc_table_fail(t, row, JC_ANSWER, XW_EINVAL,
				     "'%s' is not an answer for %s: %s", cell, id, jc_answers);
	jc_table_at(t, row, JC_ANSWER);
	if ((rc = h->result_add(t->g.call, a, &res)) < 0 ||
	    (rc = h->result_set(t->g.call, res, "item", NULL, id)) < 0 ||
	    (rc = h->result_set(t->g.call, res, "status", NULL, status)) < 0 ||
	    (rc = copy(t, row, JC_NOTE, res, "note")) < 0)
		return rc;
	return copy(t, row, JC_EVIDENCE, res, "evidence");
}

int jc_read_answers(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_assessment *a)
{
	struct jc_table *t = calloc(1, sizeof(*t));
	char id[8];
	int rc;

	if (!t)
		return h->error(call, XW_ENOMEM, "out of memory");
	rc = jc_table_open(t, h, call, in);
	if (rc == 0 && !t->col[JC_ANSWER])
		rc = XW_EUNSUPPORTED;  /* a blank check sheet: a catalog, no answers */
	if (rc == 0)
		rc = h->assessment_set(call, a, "framework", NULL, JC_FRAMEWORK_ID);
	for (uint32_t row = t->header_row + 1; rc == 0 && row <= jc_grid_rows(&t->g); row++)
		if ((rc = jc_table_item(t, row, id)) > 0)
			rc = answer(t, a, row, id);
	jc_table_close(t);
	free(t);
	return rc;
}
