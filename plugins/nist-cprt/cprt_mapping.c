/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cprt_date.h"
#include "cprt_mapping.h"
#include "cprt_meta.h"
#include "cprt_options.h"
#include "cprt_rows.h"

#define AUTHOR "NIST (CSF 2.0 Reference Tool informative references), imported by xwalk"
#define USE "NIST's informative references, imported unchanged by the xwalk plugin " \
	"nist-cprt. NIST gives no relationship type, so every row is 'related'."
#define LISTED_MAX 20   /* pairs left out that intended-use names one by one */

static int no_target(const struct xw_host *h, struct xw_call *call)
{
	char list[256];

	cprt_target_list(list, sizeof(list));
	h->at(call, 0, 0);
	return h->error(call, XW_EUSAGE,
			"NIST's informative references name many schemes: choose one with "
			"--from nist-cprt:target=TARGET, TARGET being %s", list);
}

static int set_meta(const struct xw_host *h, struct xw_call *call, struct xw_mapping *m,
		    const struct cprt_target *t, const char *date)
{
	char id[128], version[64];
	const char *const meta[][3] = {
		{ "id", NULL, id },
		{ "title", "ja", t->title_ja },
		{ "title", "en", t->title_en },
		{ "source", "framework", CPRT_FRAMEWORK_ID },
		{ "source", "version", CPRT_FRAMEWORK_VERSION },
		{ "target", "framework", t->name },
		{ "target", "version", t->version },
		{ "author", NULL, AUTHOR },
		{ "version", NULL, *date ? version : NULL },
		{ "date", NULL, *date ? date : NULL },
		{ "method", NULL, "human" },
		{ "status", NULL, "draft" },
		{ "comprehensive", NULL, "false" },
	};
	int rc = 0;

	snprintf(id, sizeof(id), "%s--%s", CPRT_FRAMEWORK_ID, t->name);
	snprintf(version, sizeof(version), "%s export", date);
	h->at(call, 0, 0);
	for (size_t i = 0; i < sizeof(meta) / sizeof(meta[0]) && rc == 0; i++)
		if (meta[i][2])
			rc = h->mapping_set(call, m, meta[i][0], meta[i][1], meta[i][2]);
	return rc;
}

/* intended-use: what the set is, and the pairs left out ("GV.RM-07 -> 6.11"). */
static int set_use(const struct cprt_rows *r)
{
	const struct cprt_seen *left = &r->left_out;
	size_t listed = left->n < LISTED_MAX ? left->n : LISTED_MAX;
	size_t size = sizeof(USE) + strlen(r->t->absent) + 64, n;
	char *use;
	int rc;

	for (size_t i = 0; i < listed; i++)
		size += strlen(left->keys[i]) + 2;
	if (!(use = malloc(size)))
		return r->h->error(r->call, XW_ENOMEM, "out of memory");
	n = (size_t)snprintf(use, size, "%s", USE);
	if (left->n)
		n += (size_t)snprintf(use + n, size - n, " Left out because %s: ", r->t->absent);
	for (size_t i = 0; i < listed; i++)
		n += (size_t)snprintf(use + n, size - n, "%s%s", i ? ", " : "", left->keys[i]);
	if (left->n > listed)
		n += (size_t)snprintf(use + n, size - n, " and %zu more", left->n - listed);
	if (left->n)
		snprintf(use + n, size - n, ".");
	rc = r->h->mapping_set(r->call, r->m, "intended-use", NULL, use);
	free(use);
	return rc;
}

/* Reads the rows; a set without any reference of the scheme is worth a word. */
static int read_rows(struct cprt_rows *r)
{
	int rc = cprt_walk(r->s, cprt_rows_visit, r);

	if (rc == 0 && !r->n_refs)
		r->h->warn(r->call, "the export has no %s reference: the set has no rows",
			   r->t->scheme);
	return rc == 0 ? set_use(r) : rc;
}

int cprt_read_mapping(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_mapping *m)
{
	struct cprt_sheet s;
	struct cprt_rows r;
	char date[CPRT_DATE_SIZE];
	int rc = cprt_sheet_open(&s, h, call, in);

	memset(&r, 0, sizeof(r));
	if (rc == 0)
		rc = cprt_options_target(h, call, in, &r.t);
	if (rc == 0 && !r.t)
		rc = no_target(h, call);
	if (rc == 0)
		rc = cprt_sheet_need(&s, CPRT_COL_REFERENCES);
	if (rc == 0)
		rc = cprt_export_date(&s, date);
	if (rc == 0)
		rc = set_meta(h, call, m, r.t, date);
	if (rc == 0) {
		r.s = &s;
		r.h = h;
		r.call = call;
		r.m = m;
		rc = read_rows(&r);
	}
	cprt_rows_free(&r);
	cprt_sheet_close(&s);
	return rc;
}
