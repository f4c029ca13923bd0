/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "om_names.h"
#include "om_text.h"
#include "om_wctx.h"

/* The author is the one party, in the OSCAL role "creator". */
#define ROLE "creator"

static const char *field(const struct om_w *w, const char *key, const char *sub)
{
	return w->h->mapping_get(w->m, key, sub, 0);
}

/* OSCAL has one title: the English one, else the Japanese, else the set id. */
static int title(struct om_w *w)
{
	const char *t = field(w, "title", "en");
	const char *why;

	if (!t)
		t = field(w, "title", "ja");
	if (!t)
		t = w->id;
	why = om_line_problem(t);
	if (why)
		return om_w_fail(w, "title '%s' is not an OSCAL title: %s", t, why);
	om_string(&w->e, "title", t);
	return 0;
}

/* Both titles, with their language, as xwalk's props. */
static int title_props(struct om_w *w)
{
	static const char *const langs[] = { "ja", "en" };
	int rc = 0;

	if (!field(w, "title", "ja") && !field(w, "title", "en"))
		return 0;
	om_open(&w->e, "props", '[');
	for (size_t i = 0; i < 2 && rc == 0; i++)
		if (field(w, "title", langs[i]))
			rc = om_w_prop(w, "title", field(w, "title", langs[i]), langs[i],
				       NULL, "title");
	om_close(&w->e, '[');
	return rc;
}

static int author(struct om_w *w)
{
	int rc;

	om_open(&w->e, "roles", '[');
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "id", ROLE);
	om_string(&w->e, "title", "Creator");
	om_close(&w->e, '{');
	om_close(&w->e, '[');
	om_open(&w->e, "parties", '[');
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "uuid", w->party);
	rc = om_w_string(w, "name", field(w, "author", NULL), "author");
	om_close(&w->e, '{');
	om_close(&w->e, '[');
	return rc;
}

int om_w_metadata(struct om_w *w)
{
	char modified[32];
	int rc;

	snprintf(modified, sizeof(modified), "%sT00:00:00Z", field(w, "date", NULL));
	om_open(&w->e, "metadata", '{');
	rc = title(w);
	if (rc == 0) {
		om_string(&w->e, "last-modified", modified);
		rc = om_w_string(w, "version", field(w, "version", NULL), "version");
	}
	if (rc == 0) {
		om_string(&w->e, "oscal-version", OM_OSCAL_VERSION);
		om_open(&w->e, "document-ids", '[');
		om_open(&w->e, NULL, '{');
		om_string(&w->e, "scheme", OM_NS);
		rc = om_w_string(w, "identifier", w->id, "set id");
		om_close(&w->e, '{');
		om_close(&w->e, '[');
	}
	if (rc == 0)
		rc = title_props(w);
	if (rc == 0)
		rc = author(w);
	om_close(&w->e, '{');
	return rc;
}

int om_w_provenance(struct om_w *w)
{
	const char *status = field(w, "status", NULL);
	const char *compr = field(w, "comprehensive", NULL);
	const char *use = field(w, "intended-use", NULL);
	int rc;

	om_open(&w->e, "provenance", '{');
	om_string(&w->e, "method", field(w, "method", NULL));
	om_string(&w->e, "matching-rationale", w->rationale);
	om_string(&w->e, "status", om_status_to_oscal(status, strcmp(compr, "true") == 0));
	om_string(&w->e, "mapping-description", use ? use : OM_NO_INTENDED_USE);
	om_open(&w->e, "responsible-parties", '[');
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "role-id", ROLE);
	om_open(&w->e, "party-uuids", '[');
	om_string(&w->e, NULL, w->party);
	om_close(&w->e, '[');
	om_close(&w->e, '{');
	om_close(&w->e, '[');
	om_open(&w->e, "props", '[');
	rc = om_w_prop(w, "status", status, NULL, NULL, "status");
	if (rc == 0)
		rc = om_w_prop(w, "comprehensive", compr, NULL, NULL, "comprehensive");
	om_close(&w->e, '[');
	om_close(&w->e, '{');
	return rc;
}
