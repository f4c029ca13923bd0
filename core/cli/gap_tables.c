/* SPDX-License-Identifier: MIT */
/* The tables of a reuse report, shared by the gap and report verbs. */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/gap.h"
#include "cli.h"

static const char *state_word(const struct xw_assessment *a, const char *id)
{
	for (size_t i = 0; i < a->n_results; i++)
		if (strcmp(a->results[i]->item, id) == 0)
			return a->results[i]->implied ? "implemented (mandatory under the certificate)"
						      : xw_result_name(a->results[i]->status);
	return "no result";
}

static void evidence(const struct xw_gap_item *g, char *buf, size_t size)
{
	const struct xw_evidence *e = &g->best;
	size_t len = 0;

	buf[0] = '\0';
	if (!e->assessment)
		return;
	if (!e->link) {
		snprintf(buf, size, "own result: %s", xw_result_name(e->result->status));
		return;
	}
	for (size_t i = 0; i < e->link->from->n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s %s", i ? ", " : "",
					e->link->from->v[i],
					state_word(e->assessment, e->link->from->v[i]));
	if (len < size) {
		char via[256];
		cli_link_text(e->link, via, sizeof(via));
		snprintf(buf + len, size - len, " (row %s)", via);
	}
}

static void conditions(const struct xw_gap_item *g, char *buf, size_t size)
{
	const struct xw_evidence *e = &g->best;
	size_t len = 0;

	buf[0] = '\0';
	if (e->expired)
		len += (size_t)snprintf(buf, size, "certificate expired %s",
					e->assessment->certificate.expires);
	for (size_t i = 0; e->link && i < e->link->row->conditions.n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", len ? "; " : "",
					e->link->row->conditions.v[i]);
}

static void remains(const struct xw_gap_item *g, char *buf, size_t size)
{
	const struct xw_evidence *e = &g->best;

	switch (g->status) {
	case XW_REUSE_SATISFIED: {
		char cond[900];
		conditions(g, cond, sizeof(cond));
		snprintf(buf, size, "confirm: %s", cond);
		break;
	}
	case XW_REUSE_PARTLY:
		snprintf(buf, size, "%s", e->link && e->link->row->justification
						  ? e->link->row->justification
						  : "the result is only partial; complete it");
		break;
	case XW_REUSE_NOT:
		snprintf(buf, size, "the mapped results are not implemented");
		break;
	default:
		snprintf(buf, size, "no result maps here; assess it directly");
	}
}

static const struct xw_item *category_of(const struct xw_framework *fw, size_t i)
{
	while (fw->items[i]->parent != XW_NONE)
		i = fw->items[i]->parent;
	return fw->items[i];
}

static void header(struct xw_report *r, const struct xw_assessment *const *as,
		   size_t n, const char *today)
{
	xw_report_section(r, "Results used", (const char *const[]){
		"FILE", "FRAMEWORK", "ORGANISATION", "SCOPE", "CERTIFICATE", NULL });
	xw_report_kind(r, "results");
	for (size_t i = 0; i < n; i++) {
		const struct xw_assessment *a = as[i];
		const struct xw_certificate *c = &a->certificate;
		char cert[512] = "";

		if (c->body || c->number || c->expires)
			snprintf(cert, sizeof(cert), "%s %s, expires %s%s",
				 c->body ? c->body : "", c->number ? c->number : "",
				 c->expires ? c->expires : "(not given)",
				 c->expires && strcmp(c->expires, today) < 0 ? " (EXPIRED)" : "");
		xw_report_row(r, (const char *const[]){ a->path, a->framework,
							a->organisation, a->scope, cert });
	}
	xw_report_text(r, "Report date: %s", today);
}

static void criteria(struct xw_report *r, const struct xw_gap *g, long profile,
		     int lang)
{
	const struct xw_framework *t = g->target;

	xw_report_section(r, "Reuse per item", (const char *const[]){
		"ITEM", "MARK", "STATUS", "EVIDENCE", "CONDITIONS", "TITLE", NULL });
	xw_report_kind(r, "checklist");
	for (size_t i = 0; i < t->n_items; i++) {
		const struct xw_gap_item *gi = &g->items[i];
		char ev[1024], cond[1024], status[64];
		/* the self-assessment workbook's marks; no evidence is left blank */
		static const char *const mark[XW_REUSE_COUNT] = {
			[XW_REUSE_SATISFIED] = "○", [XW_REUSE_PARTLY] = "△",
			[XW_REUSE_NOT] = "✖", [XW_REUSE_NO_EVIDENCE] = "",
		};

		if (!xw_item_is_leaf(t, i) || t->items[i]->withdrawn ||
		    (profile != (long)XW_NONE && !xw_item_in_profile(t->items[i], (size_t)profile)))
			continue;
		evidence(gi, ev, sizeof(ev));
		conditions(gi, cond, sizeof(cond));
		snprintf(status, sizeof(status), "%s%s", xw_reuse_name(gi->status),
			 gi->conditional && gi->status >= XW_REUSE_PARTLY ? " (conditional)" : "");
		xw_report_row(r, (const char *const[]){ t->items[i]->id,
							mark[gi->status], status, ev, cond,
							xw_ltext_get(&t->items[i]->title, lang) });
	}
}

static void left_to_do(struct xw_report *r, const struct xw_gap *g, long profile,
		       int lang)
{
	const struct xw_framework *t = g->target;

	xw_report_section(r, "What is left to do", (const char *const[]){
		"CATEGORY", "ITEM", "STATUS", "WHAT REMAINS", NULL });
	xw_report_kind(r, "todo");
	for (size_t i = 0; i < t->n_items; i++) {
		const struct xw_gap_item *gi = &g->items[i];
		char what[1024];

		if (!xw_item_is_leaf(t, i) || t->items[i]->withdrawn ||
		    (profile != (long)XW_NONE && !xw_item_in_profile(t->items[i], (size_t)profile)) ||
		    (gi->status == XW_REUSE_SATISFIED && !gi->conditional))
			continue;
		remains(gi, what, sizeof(what));
		xw_report_row(r, (const char *const[]){
			xw_ltext_get(&category_of(t, i)->title, lang), t->items[i]->id,
			xw_reuse_name(gi->status), what });
	}
}

static void summary_line(struct xw_report *r, const struct xw_gap *g, size_t p)
{
	const struct xw_framework *t = g->target;
	size_t n[XW_REUSE_COUNT] = { 0 }, total = 0, cond = 0;

	for (size_t i = 0; i < t->n_items; i++) {
		if (!xw_item_is_leaf(t, i) || t->items[i]->withdrawn ||
		    (p != XW_NONE && !xw_item_in_profile(t->items[i], p)))
			continue;
		n[g->items[i].status]++;
		cond += g->items[i].status == XW_REUSE_SATISFIED && g->items[i].conditional;
		total++;
	}
	xw_report_text(r, "%s: %zu items: %zu satisfied (%zu of them conditional), "
		       "%zu partly satisfied, %zu not satisfied, %zu no evidence",
		       p == XW_NONE ? "all" : t->profiles[p]->id, total,
		       n[XW_REUSE_SATISFIED], cond, n[XW_REUSE_PARTLY], n[XW_REUSE_NOT],
		       n[XW_REUSE_NO_EVIDENCE]);
}

/* Adds @item to the items gated by @cond (a new row if @cond is new). */
static void gate(struct xw_report *r, struct xw_strlist *conds,
		 struct xw_strlist *items, const char *cond, const char *item)
{
	long k;
	char *joined;

	/* a failed add leaves the two lists out of step; the report is lost anyway */
	if (r->failed)
		return;
	k = xw_strlist_find(conds, cond);
	if (k < 0) {
		if (xw_strlist_add(conds, cond, NULL) < 0 ||
		    xw_strlist_add(items, item, NULL) < 0)
			r->failed = true;
		return;
	}
	joined = malloc(strlen(items->v[k]) + strlen(item) + 2);
	if (!joined) {
		r->failed = true;
		return;
	}
	sprintf(joined, "%s %s", items->v[k], item);
	free(items->v[k]);
	items->v[k] = joined;
}

/*
 * Each condition the reuse rests on, once, with the items it decides:
 * confirming one condition settles every item listed beside it.
 */
static void to_confirm(struct xw_report *r, const struct xw_gap *g, long profile)
{
	const struct xw_framework *t = g->target;
	struct xw_strlist conds = { 0 }, items = { 0 };

	for (size_t i = 0; i < t->n_items; i++) {
		const struct xw_gap_item *gi = &g->items[i];
		const struct xw_evidence *e = &gi->best;
		char expired[128];

		if (!xw_item_is_leaf(t, i) || t->items[i]->withdrawn || !gi->conditional ||
		    gi->status < XW_REUSE_PARTLY ||
		    (profile != (long)XW_NONE && !xw_item_in_profile(t->items[i], (size_t)profile)))
			continue;
		if (e->expired) {
			snprintf(expired, sizeof(expired), "the certificate of %s (expired %s) is renewed",
				 e->assessment->path, e->assessment->certificate.expires);
			gate(r, &conds, &items, expired, t->items[i]->id);
		}
		for (size_t c = 0; e->link && c < e->link->row->conditions.n; c++)
			gate(r, &conds, &items, e->link->row->conditions.v[c], t->items[i]->id);
	}
	xw_report_section(r, "Conditions to confirm", (const char *const[]){
		"CONDITION", "ITEMS", "COUNT", NULL });
	xw_report_kind(r, "confirm");
	for (size_t k = 0; !r->failed && k < conds.n; k++) {
		char n[24];
		size_t count = 1;

		for (const char *p = items.v[k]; *p; p++)
			count += *p == ' ';
		snprintf(n, sizeof(n), "%zu", count);
		xw_report_row(r, (const char *const[]){ conds.v[k], items.v[k], n });
	}
	xw_strlist_clear(&conds);
	xw_strlist_clear(&items);
}

int cli_read_assessments(struct cli *cli, const char *const *files, size_t n,
			 const struct xw_framework *target, struct xw_doc *docs,
			 const struct xw_assessment **as, size_t *loaded)
{
	struct xw_error e;

	for (*loaded = 0; *loaded < n;) {
		struct xw_assessment *a;
		const struct xw_framework *fw;

		xw_error_clear(&e);
		if (cli_read(cli, files[*loaded], NULL, XW_DOC_ASSESSMENT,
			     &docs[*loaded], &e) < 0) {
			cli_print_error(&e);
			return -1;
		}
		a = docs[*loaded].assessment;
		as[(*loaded)++] = a;
		fw = cli_framework(cli, a->framework);
		if (!fw)
			return -1;
		if (xw_assessment_imply_mandatory(a, fw, &e) < 0) {
			cli_print_error(&e);
			return -1;
		}
		cli_need_sets(cli, a->framework, target->id);
	}
	return 0;
}

void cli_gap_sections(struct xw_report *r, const struct xw_gap *g,
		      const struct xw_assessment *const *as, size_t n,
		      long profile, int lang, const char *today)
{
	const struct xw_framework *t = g->target;

	header(r, as, n, today);
	criteria(r, g, profile, lang);
	left_to_do(r, g, profile, lang);
	to_confirm(r, g, profile);
	xw_report_section(r, "Summary", NULL);
	xw_report_kind(r, "summary");
	for (size_t p = 0; p < t->n_profiles; p++)
		if (t->profiles[p]->defined && (profile == (long)XW_NONE || (size_t)profile == p))
			summary_line(r, g, p);
}
