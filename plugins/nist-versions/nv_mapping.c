/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cprt_row.h"
#include "cprt_seen.h"
#include "cprt_text.h"
#include "nv_catalog.h"
#include "nv_entry.h"
#include "nv_mapping.h"
#include "sp80053_id.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))
#define USE "The version mapping from SP 800-53 Rev. 4 to Rev. 5 as NIST's workbook " \
	"'Analysis of updates between 800-53 Rev. 5 and Rev. 4' states it, imported by " \
	"the xwalk plugin nist-versions: unchanged or editorially changed controls are " \
	"equal, controls whose statement only gained text are subset-of, other changed " \
	"controls are related, withdrawn ones are subset-of the controls they were " \
	"incorporated into or related to where they moved."

struct version_map {
	const struct nv_sheet *s;
	struct xw_mapping *m;
	size_t n_rows;
	struct cprt_seen no_successor;   /* withdrawn controls whose note names none */
};

/* The controls a withdrawal note names ("AC-2k", "SA-22, SA-23") into @ids, as OSCAL ids. */
static int named_controls(const char *note, struct cprt_seen *ids)
{
	for (const char *p = note; *p; p++) {
		const char *q = p + 3;
		char token[32], id[NV_ID_SIZE];

		if (!isupper((unsigned char)p[0]) || !isupper((unsigned char)p[1]) || p[2] != '-' ||
		    !isdigit((unsigned char)p[3]) || (p > note && isalnum((unsigned char)p[-1])))
			continue;
		while (isdigit((unsigned char)*q))
			q++;
		if (q[0] == '(' && isdigit((unsigned char)q[1]) && strchr(q, ')'))
			q = strchr(q, ')') + 1;
		snprintf(token, sizeof(token), "%.*s", (int)(q - p), p);
		if (sp80053_id(token, id, sizeof(id)) > 0 && cprt_seen_add(ids, id) < 0)
			return XW_ENOMEM;
		p = q - 1;
	}
	return 0;
}

/* The relationship and rationale NIST's notation gives a control kept in rev. 5. */
static const char *kept(const struct nv_entry *e, const char **rationale)
{
	unsigned statement = e->changes & (NV_CH_TEXT | NV_CH_ADDS_TEXT | NV_CH_PARAMETER);

	*rationale = "semantic";
	if (!e->changes && e->editorial) {
		*rationale = "syntactic";
		return "equal";
	}
	if (e->editorial)
		return "equal";
	if (statement == NV_CH_ADDS_TEXT)
		return "subset-of";
	*rationale = NULL;
	return "related";
}

/* "NIST's comparison, AC-2(1): more than editorial: Y; changed elements: A; B", malloc'd. */
static char *justification(const struct nv_sheet *s, const struct nv_entry *e)
{
	struct cprt_span id = cprt_trim_str(nv_sheet_get(s, e->row, NV_COL_ID));
	size_t size = strlen(e->notations) * 2 + strlen(e->details) + id.n + 160, n;
	char *out = malloc(size);
	const char *p = e->notations, *sep = "";

	if (!out)
		return NULL;
	n = (size_t)snprintf(out, size, "NIST's comparison of Rev. 4 and Rev. 5, %.*s: more than "
			     "editorial: %s; changed elements: ", (int)id.n, id.s,
			     e->editorial ? "N" : "Y");
	while (*p) {
		const char *nl = strchr(p, '\n');
		struct cprt_span line = cprt_trim(p, nl ? (size_t)(nl - p) : strlen(p));

		if (line.n) {
			n += (size_t)snprintf(out + n, size - n, "%s%.*s", sep, (int)line.n, line.s);
			sep = "; ";
		}
		p += nl ? (size_t)(nl - p) + 1 : strlen(p);
	}
	if (e->state == NV_WITHDRAWN_NOW)
		snprintf(out + n, size - n, " (%.*s)", (int)cprt_trim_str(e->details).n,
			 cprt_trim_str(e->details).s);
	return out;
}

static int add_row(struct version_map *v, const struct nv_entry *e, const struct cprt_seen *to,
		   const char *relationship, const char *rationale)
{
	char id[32], *just = justification(v->s, e);
	int rc;

	snprintf(id, sizeof(id), "nist-%04zu", ++v->n_rows);
	nv_sheet_at(v->s, e->row, NV_COL_CHANGES);
	if (!just)
		return v->s->h->error(v->s->call, XW_ENOMEM, "out of memory");
	rc = cprt_row_write(v->s->h, v->s->call, v->m, id, e->id, to, relationship, rationale, just);
	free(just);
	return rc;
}

/* A control withdrawn in rev. 5: a row to what its note names, or none. */
static int withdrawn(struct version_map *v, const struct nv_entry *e, struct cprt_seen *to)
{
	struct cprt_span note = cprt_trim_str(e->details);
	bool incorporated = note.n >= 17 && strncasecmp(note.s, "Incorporated into", 17) == 0;
	bool moved = note.n >= 8 && strncasecmp(note.s, "Moved to", 8) == 0;
	int rc = named_controls(e->details, to);

	if (rc == 0 && (!to->n || (!incorporated && !moved)))
		return cprt_seen_add(&v->no_successor, e->id) < 0 ? XW_ENOMEM : 0;
	if (rc < 0)
		return rc;
	return add_row(v, e, to, incorporated ? "subset-of" : "related",
		       incorporated ? "semantic" : NULL);
}

static int visit(void *ctx, const struct nv_entry *e)
{
	struct version_map *v = ctx;
	struct cprt_seen to = { 0 };
	const char *relationship, *rationale;
	int rc = 0;

	if (e->state == NV_KEPT) {
		relationship = kept(e, &rationale);
		rc = cprt_seen_add(&to, e->id) < 0 ? XW_ENOMEM : 0;
		if (rc == 0)
			rc = add_row(v, e, &to, relationship, rationale);
	} else if (e->state == NV_WITHDRAWN_NOW) {
		rc = withdrawn(v, e, &to);
	}
	cprt_seen_free(&to);
	return rc == XW_ENOMEM ? v->s->h->error(v->s->call, rc, "out of memory") : rc;
}

int nv_read_mapping(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_mapping *m)
{
	static const char *const meta[][3] = {
		{ "id", NULL, NV_OLD_ID "--" NV_NEW_ID },
		{ "title", "ja", "NIST SP 800-53 Rev. 4 から Rev. 5 への版間対応(NIST)" },
		{ "title", "en", "NIST SP 800-53 Rev. 4 to Rev. 5 version mapping (NIST)" },
		{ "source", "framework", NV_OLD_ID },
		{ "source", "version", NV_OLD_VERSION },
		{ "target", "framework", NV_NEW_ID },
		{ "target", "version", NV_NEW_VERSION },
		{ "author", NULL, "NIST (Analysis of updates between 800-53 Rev. 5 and Rev. 4), "
				  "imported by xwalk" },
		{ "method", NULL, "human" },
		{ "status", NULL, "draft" },
		{ "comprehensive", NULL, "false" },
	};
	struct nv_sheet s;
	struct version_map v = { &s, m, 0, { 0 } };
	int rc = nv_sheet_open(&s, h, call, in);

	h->at(call, 0, 0);
	for (size_t i = 0; rc == 0 && i < N(meta); i++)
		rc = h->mapping_set(call, m, meta[i][0], meta[i][1], meta[i][2]);
	if (rc == 0)
		rc = nv_walk(&s, visit, &v);
	if (rc == 0)
		rc = cprt_set_use(h, call, m, USE, "NIST's note names no control for",
				  &v.no_successor);
	cprt_seen_free(&v.no_successor);
	nv_sheet_close(&s);
	return rc;
}
