/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cprt_row.h"

#define LISTED_MAX 20   /* keys intended-use names one by one */

int cprt_row_write(const struct xw_host *h, struct xw_call *call, struct xw_mapping *m,
		   const char *id, const char *source, const struct cprt_seen *targets,
		   const char *relationship, const char *rationale, const char *just)
{
	struct xw_row *row;
	int rc;

	if ((rc = h->row_add(call, m, &row)) == 0 && (rc = h->row_set(call, row, "id", NULL, id)) == 0)
		rc = h->row_set(call, row, "sources", NULL, source);
	for (size_t i = 0; rc == 0 && i < targets->n; i++)
		rc = h->row_set(call, row, "targets", NULL, targets->keys[i]);
	if (rc == 0)
		rc = h->row_set(call, row, "relationship", NULL, relationship);
	if (rc == 0 && rationale)
		rc = h->row_set(call, row, "rationale", NULL, rationale);
	if (rc == 0 && (rc = h->row_set(call, row, "justification", NULL, just)) == 0)
		rc = h->row_set(call, row, "review-status", NULL, "draft");
	return rc;
}

int cprt_set_use(const struct xw_host *h, struct xw_call *call, struct xw_mapping *m,
		 const char *use, const char *why, const struct cprt_seen *left)
{
	size_t listed = left->n < LISTED_MAX ? left->n : LISTED_MAX;
	size_t size = strlen(use) + strlen(why) + 64, n;
	char *text;
	int rc;

	for (size_t i = 0; i < listed; i++)
		size += strlen(left->keys[i]) + 2;
	if (!(text = malloc(size)))
		return h->error(call, XW_ENOMEM, "out of memory");
	n = (size_t)snprintf(text, size, "%s", use);
	if (left->n)
		n += (size_t)snprintf(text + n, size - n, " %s: ", why);
	for (size_t i = 0; i < listed; i++)
		n += (size_t)snprintf(text + n, size - n, "%s%s", i ? ", " : "", left->keys[i]);
	if (left->n > listed)
		n += (size_t)snprintf(text + n, size - n, " and %zu more", left->n - listed);
	if (left->n)
		snprintf(text + n, size - n, ".");
	h->at(call, 0, 0);
	rc = h->mapping_set(call, m, "intended-use", NULL, text);
	free(text);
	return rc;
}
