/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cprt_row.h"
#include "cprt_rows.h"
#include "cprt_text.h"

/* "NIST lists SCHEME REF as an informative reference for ID.", malloc'd. */
static char *justification(const struct cprt_rows *r)
{
	static const char form[] = "NIST lists %s %s as an informative reference for %s.";
	size_t size = sizeof(form) + strlen(r->t->scheme) + strlen(r->ref) + strlen(r->e->id);
	char *just = malloc(size);

	if (just)
		snprintf(just, size, form, r->t->scheme, r->ref, r->e->id);
	return just;
}

int cprt_rows_add(struct cprt_rows *r, const char *source, const struct cprt_seen *targets,
		  const char *relationship, const char *rationale, const char *just)
{
	char id[32];

	snprintf(id, sizeof(id), "nist-%04zu", ++r->n_rows);
	return cprt_row_write(r->h, r->call, r->m, id, source, targets, relationship, rationale,
			      just);
}

/* One row: the pair, related, NIST's words as the justification. */
static int add_row(struct cprt_rows *r, const char *target)
{
	const char *from = r->reversed ? target : r->e->id, *to = r->reversed ? r->e->id : target;
	struct cprt_seen one = { 0 };
	char *just = justification(r);
	int rc = just ? cprt_seen_add(&one, to) : XW_ENOMEM;

	cprt_sheet_at(r->s, r->e->row, CPRT_COL_REFERENCES);
	rc = rc < 0 ? r->h->error(r->call, rc, "out of memory")
		    : cprt_rows_add(r, from, &one, "related", NULL, just);
	cprt_seen_free(&one);
	free(just);
	return rc;
}

/* An id the reference names: a row, unless the pair has one or the target lacks the id. */
static int emit(void *ctx, const char *target, bool known)
{
	struct cprt_rows *r = ctx;
	char pair[64];
	int rc;

	snprintf(pair, sizeof(pair), "%s -> %s", r->reversed ? target : r->e->id,
		 r->reversed ? r->e->id : target);
	rc = cprt_seen_add(known ? &r->given : &r->left_out, pair);
	if (rc < 0)
		return r->h->error(r->call, rc, "out of memory");
	if (rc == 0)
		return 0;
	if (known)
		return add_row(r, target);
	cprt_sheet_warn(r->s, r->e->row, CPRT_COL_REFERENCES,
			"%s '%s' for %s names %s: %s, left out",
			r->t->scheme, r->ref, r->e->id, target, r->t->absent);
	return 0;
}

/* One line of the cell: a reference of the target's scheme, or another's. */
static int line(struct cprt_rows *r, struct cprt_span text)
{
	size_t n = strlen(r->t->scheme);
	char *ref;
	int rc;

	if (!cprt_span_starts(text, r->t->scheme) || text.n == n || text.s[n] != ':')
		return 0;
	text = cprt_trim(text.s + n + 1, text.n - n - 1);
	if (!(ref = strndup(text.s, text.n)))
		return r->h->error(r->call, XW_ENOMEM, "out of memory");
	r->ref = ref;
	r->n_refs++;
	rc = r->t->read(ref, emit, r);
	if (rc == CPRT_REF_UNREADABLE)
		rc = cprt_sheet_fail(r->s, r->e->row, CPRT_COL_REFERENCES, XW_EINVAL,
				     "cannot read the %s reference '%s' of %s; expected %s",
				     r->t->scheme, ref, r->e->id, r->t->forms);
	free(ref);
	return rc;
}

int cprt_rows_visit(void *ctx, const struct cprt_entry *e)
{
	struct cprt_rows *r = ctx;
	const char *cell = cprt_sheet_get(r->s, e->row, CPRT_COL_REFERENCES);
	int rc = 0;

	if (!e->deepest)
		return 0;
	r->e = e;
	while (rc == 0 && *cell) {
		const char *nl = strchr(cell, '\n');
		size_t n = nl ? (size_t)(nl - cell) : strlen(cell);

		rc = line(r, cprt_trim(cell, n));
		cell += nl ? n + 1 : n;
	}
	return rc;
}

void cprt_rows_free(struct cprt_rows *r)
{
	cprt_seen_free(&r->given);
	cprt_seen_free(&r->left_out);
}
