/* SPDX-License-Identifier: MIT */
#include <stdlib.h>

#include "scs_answers.h"
#include "scs_meta.h"
#include "scs_table.h"
#include "scs_text.h"

/* An optional text of the row into field @key of the result. */
static int copy(const struct scs_table *t, uint32_t row, enum scs_col c,
		struct xw_result *res, const char *key)
{
	const char *v = scs_table_get(t, row, c);

	return *v ? t->h->result_set(t->call, res, key, NULL, v) : 0;
}

static int answer(struct scs_table *t, struct xw_assessment *a, uint32_t row,
		  const char *id)
{
	const char *cell = scs_table_get(t, row, SCS_STATUS), *status = NULL;
	struct xw_result *res;
	char mark[16];
	int rc;

	if (!scs_trim(cell, mark, sizeof(mark)) || (*mark && !(status = scs_status_of(mark))))
		return scs_table_fail(t, row, SCS_STATUS, XW_EINVAL,
				      "'%s' is not a %s mark for criterion %s: %s",
				      cell, scs_col_name(SCS_STATUS), id, scs_marks);
	if (!*mark) {
		/* no mark, no result; but text there was meant to say something */
		if (*scs_table_get(t, row, SCS_REASON) || *scs_table_get(t, row, SCS_BASIS))
			scs_table_warn(t, row, SCS_STATUS,
				       "criterion %s has no %s mark, so its %s and %s are not read",
				       id, scs_col_name(SCS_STATUS), scs_col_name(SCS_REASON),
				       scs_col_name(SCS_BASIS));
		return 0;
	}
	scs_table_at(t, row, SCS_STATUS);
	if ((rc = t->h->result_add(t->call, a, &res)) < 0)
		return rc;
	if ((rc = t->h->result_set(t->call, res, "item", NULL, id)) < 0 ||
	    (rc = t->h->result_set(t->call, res, "status", NULL, status)) < 0 ||
	    (rc = copy(t, row, SCS_REASON, res, "note")) < 0)
		return rc;
	return copy(t, row, SCS_BASIS, res, "evidence");
}

int scs_read_answers(const struct xw_host *h, struct xw_call *call,
		     const struct xw_input *in, struct xw_assessment *a)
{
	struct scs_table *t = calloc(1, sizeof(*t));
	char id[8];
	int rc;

	if (!t)
		return h->error(call, XW_ENOMEM, "out of memory");
	rc = scs_table_open(t, h, call, in);
	if (rc == 0 && !t->col[SCS_STATUS])
		rc = XW_EUNSUPPORTED;  /* the official workbook itself: a catalog, no answers */
	if (rc == 0)
		rc = h->assessment_set(call, a, "framework", NULL, SCS_FRAMEWORK_ID);
	for (uint32_t row = t->header_row + 1;
	     rc == 0 && row <= xlsx_last_row(t->sheet); row++)
		if ((rc = scs_table_criterion(t, row, id)) > 0)
			rc = answer(t, a, row, id);
	scs_table_close(t);
	free(t);
	return rc;
}
