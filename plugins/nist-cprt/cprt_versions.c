/* SPDX-License-Identifier: MIT */
#include <ctype.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cprt_mapping.h"
#include "cprt_meta.h"
#include "cprt_row.h"
#include "cprt_successors.h"
#include "cprt_versions.h"

#define OLD_ID "nist-csf-1.1"
#define OLD_VERSION "1.1"
#define USE "The version mapping from CSF 1.1 to CSF 2.0 as NIST's CSF 2.0 Reference " \
	"Tool export states it, imported by the xwalk plugin nist-cprt: a withdrawn " \
	"1.1 id 'Incorporated into' or 'Moved into' 2.0 ids is subset-of them, one " \
	"'Moved to' a 2.0 id is related to it (moved and reworded), and a 1.1 id NIST " \
	"cites as an informative reference of a 2.0 item is related to it."

/* "ID.BE-2" as NIST's export writes withdrawn 1.1 ids, "ID.BE-02"; false when not a CSF id. */
static bool padded_id(const char *ref, char out[CPRT_ID_SIZE])
{
	const char *dash = strchr(ref, '-');
	size_t head = dash ? (size_t)(dash - ref) : strlen(ref);
	size_t digits = dash ? strlen(dash + 1) : 0;

	if (head + 4 > CPRT_ID_SIZE || (dash && (digits < 1 || digits > 2)))
		return false;
	for (size_t i = 0; dash && i < digits; i++)
		if (!isdigit((unsigned char)dash[1 + i]))
			return false;
	if (dash)
		snprintf(out, CPRT_ID_SIZE, "%.*s-%02d", (int)head, ref, atoi(dash + 1));
	else
		snprintf(out, CPRT_ID_SIZE, "%s", ref);
	return cprt_id_any(cprt_trim_str(out));
}

static int csf11_read(const char *ref, cprt_emit_fn emit, void *ctx)
{
	char id[CPRT_ID_SIZE];

	return padded_id(ref, id) ? emit(ctx, id, true) : CPRT_REF_UNREADABLE;
}

/* The references to CSF 1.1, read through the shared rows, reversed. */
static const struct cprt_target csf11 = {
	.name = OLD_ID,
	.version = OLD_VERSION,
	.scheme = "CSF v1.1",
	.forms = "a CSF 1.1 id such as 'ID.BE-2', 'ID.BE' or 'ID'",
	.absent = "CSF 1.1 has no such id",
	.read = csf11_read,
};

struct versions {
	struct cprt_rows *r;
	struct cprt_seen no_successor;   /* withdrawn ids whose note names no 2.0 id */
};

/* "ID.AM-06 [Withdrawn: Incorporated into GV.RR-02, GV.SC-02]", malloc'd. */
static char *note_text(const struct cprt_entry *e)
{
	static const char form[] = "NIST's CSF 2.0 Reference Tool: %s [Withdrawn: %.*s]";
	size_t size = sizeof(form) + strlen(e->id) + e->cell.text.n;
	char *just = malloc(size);

	if (just)
		snprintf(just, size, form, e->id, (int)e->cell.text.n, e->cell.text.s);
	return just;
}

/* The 2.0 ids of a withdrawal note into @to, and its pairs into the rows' given. */
static int successor_ids(struct cprt_rows *r, const char *from, const struct cprt_span *ids,
			 int n, struct cprt_seen *to)
{
	char id[CPRT_ID_SIZE], pair[2 * CPRT_ID_SIZE + 8];
	int rc = 0;

	for (int i = 0; i < n && rc >= 0; i++) {
		snprintf(id, sizeof(id), "%.*s", (int)ids[i].n, ids[i].s);
		snprintf(pair, sizeof(pair), "%s -> %s", from, id);
		if ((rc = cprt_seen_add(to, id)) >= 0)
			rc = cprt_seen_add(&r->given, pair);
	}
	return rc < 0 ? r->h->error(r->call, rc, "out of memory") : 0;
}

/* A cprt_walk() visitor: the row a withdrawal note gives. */
static int withdrawal(void *ctx, const struct cprt_entry *e)
{
	struct versions *v = ctx;
	struct cprt_span ids[CPRT_SUCCESSORS_MAX];
	struct cprt_seen targets = { 0 };
	bool moved_to;
	char *just;
	int n, rc;

	if (!e->is_new || !e->cell.withdrawn)
		return 0;
	if ((n = cprt_successors(e->cell.text, ids)) < 0) {
		rc = cprt_seen_add(&v->no_successor, e->id);
		return rc < 0 ? v->r->h->error(v->r->call, rc, "out of memory") : 0;
	}
	if (!(just = note_text(e)))
		return v->r->h->error(v->r->call, XW_ENOMEM, "out of memory");
	rc = successor_ids(v->r, e->id, ids, n, &targets);
	moved_to = cprt_note_phrase(e->cell.text) == CPRT_MOVED_TO;
	cprt_sheet_at(v->r->s, e->row, e->col);
	/* NIST judged what the outcome became: a semantic rationale */
	if (rc == 0)
		rc = cprt_rows_add(v->r, e->id, &targets, moved_to ? "related" : "subset-of",
				   moved_to ? NULL : "semantic", just);
	cprt_seen_free(&targets);
	free(just);
	return rc;
}

int cprt_versions_read(struct cprt_rows *r, const char *date)
{
	static const struct cprt_set_meta meta = {
		OLD_ID "--" CPRT_FRAMEWORK_ID,
		"NIST CSF 1.1 から 2.0 への版間対応(NIST)",
		"NIST CSF 1.1 to 2.0 version mapping (NIST)",
		OLD_ID, OLD_VERSION, CPRT_FRAMEWORK_ID, CPRT_FRAMEWORK_VERSION,
		"NIST (CSF 2.0 Reference Tool withdrawal notes and CSF v1.1 references), "
		"imported by xwalk",
	};
	struct versions v = { r, { 0 } };
	int rc;

	r->t = &csf11;
	r->reversed = true;
	if ((rc = cprt_mapping_meta(r, &meta, date)) == 0 &&
	    (rc = cprt_walk(r->s, withdrawal, &v)) == 0 &&
	    (rc = cprt_walk(r->s, cprt_rows_visit, r)) == 0)
		rc = cprt_set_use(r->h, r->call, r->m, USE, "NIST's note names no CSF 2.0 id for",
				  &v.no_successor);
	cprt_seen_free(&v.no_successor);
	return rc;
}
