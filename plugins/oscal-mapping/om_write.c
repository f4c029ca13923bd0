/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "om_names.h"
#include "om_text.h"
#include "om_wctx.h"
#include "om_write.h"

int om_w_fail(struct om_w *w, const char *fmt, ...)
{
	char msg[768];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	w->h->at(w->call, 0, 0);
	return w->h->error(w->call, XW_EINVAL, "cannot write mapping set '%s' as OSCAL: %s",
			   w->id, msg);
}

void om_w_uuid(const struct om_w *w, const char *kind, const char *a,
	       const char *b, char out[OM_UUID_LEN + 1])
{
	const char *parts[6] = { kind, w->source, w->target, w->id };
	size_t n = 4;

	if (a)
		parts[n++] = a;
	if (b)
		parts[n++] = b;
	om_uuid5_text(w->ns, parts, n, out);
}

int om_w_string(struct om_w *w, const char *key, const char *value, const char *what)
{
	const char *why = om_string_problem(value);

	if (why)
		return om_w_fail(w, "%s '%s' is not an OSCAL string: %s", what, value, why);
	om_string(&w->e, key, value);
	return 0;
}

int om_w_prop(struct om_w *w, const char *name, const char *value,
	      const char *cls, const char *group, const char *what)
{
	const char *why = om_string_problem(value);

	if (why)
		return om_w_fail(w, "%s '%s' is not an OSCAL string: %s", what, value, why);
	om_open(&w->e, NULL, '{');
	om_string(&w->e, "name", name);
	om_string(&w->e, "ns", OM_NS);
	om_string(&w->e, "value", value);
	if (cls)
		om_string(&w->e, "class", cls);
	if (group)
		om_string(&w->e, "group", group);
	om_close(&w->e, '{');
	return 0;
}

const char *om_w_get(const struct om_w *w, const struct xw_row *r, const char *key, size_t idx)
{
	return w->h->row_get(r, key, NULL, idx);
}

bool om_w_is_map(const struct om_w *w, const struct xw_row *r)
{
	return om_w_get(w, r, "sources", 0) && om_w_get(w, r, "targets", 0);
}

/* The rationale most rows give (the first of syntactic, semantic, functional on a tie). */
static const char *common_rationale(const struct om_w *w)
{
	static const char *const names[] = { "syntactic", "semantic", "functional" };
	size_t count[3] = { 0 }, best = 0;

	for (size_t i = 0; i < w->h->row_count(w->m); i++) {
		const char *r = om_w_get(w, w->h->row_at(w->m, i), "rationale", 0);

		for (size_t k = 0; r && k < 3; k++)
			count[k] += strcmp(r, names[k]) == 0;
	}
	for (size_t k = 1; k < 3; k++)
		if (count[k] > count[best])
			best = k;
	return count[best] ? names[best] : NULL;
}

/* What OSCAL requires and xwalk may lack: refused, never made up. */
static int preflight(struct om_w *w)
{
	const char *version = w->h->mapping_get(w->m, "version", NULL, 0);
	const char *date = w->h->mapping_get(w->m, "date", NULL, 0);

	for (size_t i = 0; i < w->h->row_count(w->m); i++)
		w->n_maps += om_w_is_map(w, w->h->row_at(w->m, i));
	w->rationale = common_rationale(w);
	if (!version)
		return om_w_fail(w, "OSCAL needs a document version and the set has no 'version'");
	if (!date)
		return om_w_fail(w, "OSCAL needs a last-modified time and the set has no 'date'");
	if (atoi(date) < 1900 || atoi(date) > 2999)
		return om_w_fail(w, "date %s is outside the years 1900 to 2999 that "
				    "OSCAL's schema takes", date);
	if (!w->n_maps)
		return om_w_fail(w, "OSCAL needs at least one map, a row with both sources "
				    "and targets, and the set has none");
	if (!w->rationale)
		return om_w_fail(w, "OSCAL needs one matching rationale for the whole set "
				    "(provenance) and no row gives one");
	return 0;
}

int om_write(const struct xw_host *h, struct xw_call *call,
	     const struct xw_mapping *m, struct xw_output *out)
{
	struct om_w w = { .h = h, .call = call, .m = m };
	char uuid[OM_UUID_LEN + 1];
	int rc;

	w.id = h->mapping_get(m, "id", NULL, 0);
	w.source = h->mapping_get(m, "source", "framework", 0);
	w.target = h->mapping_get(m, "target", "framework", 0);
	om_uuid5(om_uuid_ns_url, OM_NS, strlen(OM_NS), w.ns);
	om_emit_init(&w.e, h, out);
	rc = preflight(&w);
	if (rc < 0)
		return rc;
	/* a new version or date is a revision, which OSCAL gives a new UUID */
	om_w_uuid(&w, "mapping-collection", h->mapping_get(m, "version", NULL, 0),
		  h->mapping_get(m, "date", NULL, 0), uuid);
	om_w_uuid(&w, "party", h->mapping_get(m, "author", NULL, 0), NULL, w.party);
	om_open(&w.e, NULL, '{');
	om_open(&w.e, "mapping-collection", '{');
	om_string(&w.e, "uuid", uuid);
	rc = om_w_metadata(&w);
	if (rc == 0)
		rc = om_w_provenance(&w);
	if (rc == 0)
		rc = om_w_mapping(&w);
	if (rc == 0)
		rc = om_w_back_matter(&w);
	if (rc < 0)
		return rc;
	om_close(&w.e, '{');
	om_close(&w.e, '{');
	om_emit_end(&w.e);
	return 0;
}
