/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cprt_date.h"
#include "cprt_mapping.h"
#include "cprt_meta.h"
#include "cprt_options.h"
#include "cprt_row.h"
#include "cprt_rows.h"
#include "cprt_versions.h"
#include "cprt_walk.h"

#define AUTHOR "NIST (CSF 2.0 Reference Tool informative references), imported by xwalk"
#define USE "NIST's informative references, imported unchanged by the xwalk plugin " \
	"nist-cprt. NIST gives no relationship type, so every row is 'related'."

static int no_target(const struct xw_host *h, struct xw_call *call)
{
	char list[256];

	cprt_target_list(list, sizeof(list));
	h->at(call, 0, 0);
	return h->error(call, XW_EUSAGE,
			"NIST's informative references name many schemes: choose one with "
			"--from nist-cprt:target=TARGET, TARGET being %s", list);
}

int cprt_mapping_meta(const struct cprt_rows *r, const struct cprt_set_meta *meta,
		      const char *date)
{
	char version[64];
	const char *const fields[][3] = {
		{ "id", NULL, meta->id },
		{ "title", "ja", meta->title_ja },
		{ "title", "en", meta->title_en },
		{ "source", "framework", meta->source },
		{ "source", "version", meta->source_version },
		{ "target", "framework", meta->target },
		{ "target", "version", meta->target_version },
		{ "author", NULL, meta->author },
		{ "version", NULL, *date ? version : NULL },
		{ "date", NULL, *date ? date : NULL },
		{ "method", NULL, "human" },
		{ "status", NULL, "draft" },
		{ "comprehensive", NULL, "false" },
	};
	int rc = 0;

	snprintf(version, sizeof(version), "%s export", date);
	r->h->at(r->call, 0, 0);
	for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]) && rc == 0; i++)
		if (fields[i][2])
			rc = r->h->mapping_set(r->call, r->m, fields[i][0], fields[i][1], fields[i][2]);
	return rc;
}

/* The informative references to @t: rows, then intended-use naming the pairs left out. */
static int read_references(struct cprt_rows *r, const struct cprt_target *t, const char *date)
{
	char id[128], why[128];
	const struct cprt_set_meta meta = {
		id, t->title_ja, t->title_en, CPRT_FRAMEWORK_ID, CPRT_FRAMEWORK_VERSION,
		t->name, t->version, AUTHOR,
	};
	int rc;

	snprintf(id, sizeof(id), "%s--%s", CPRT_FRAMEWORK_ID, t->name);
	snprintf(why, sizeof(why), "Left out because %s", t->absent);
	r->t = t;
	if ((rc = cprt_mapping_meta(r, &meta, date)) < 0 ||
	    (rc = cprt_walk(r->s, cprt_rows_visit, r)) < 0)
		return rc;
	if (!r->n_refs)
		r->h->warn(r->call, "the export has no %s reference: the set has no rows",
			   t->scheme);
	return cprt_set_use(r->h, r->call, r->m, USE, why, &r->left_out);
}

int cprt_read_mapping(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_mapping *m)
{
	struct cprt_sheet s;
	struct cprt_choice c;
	struct cprt_rows r;
	char date[CPRT_DATE_SIZE];
	int rc = cprt_sheet_open(&s, h, call, in);

	memset(&r, 0, sizeof(r));
	if (rc == 0)
		rc = cprt_options_read(h, call, in, &c);
	if (rc == 0 && !c.target && !c.version_map)
		rc = no_target(h, call);
	if (rc == 0)
		rc = cprt_sheet_need(&s, CPRT_COL_REFERENCES);
	if (rc == 0)
		rc = cprt_export_date(&s, date);
	if (rc == 0) {
		r.s = &s;
		r.h = h;
		r.call = call;
		r.m = m;
		rc = c.version_map ? cprt_versions_read(&r, date) : read_references(&r, c.target, date);
	}
	cprt_rows_free(&r);
	cprt_sheet_close(&s);
	return rc;
}
