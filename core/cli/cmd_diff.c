/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/catalog.h"
#include "xwalk/diff.h"
#include "cli.h"

/* "title / text" in the item's authoritative language (or @lang), for before/after. */
static void wording(const struct xw_item *it, int lang, char *buf, size_t size)
{
	int l = it->authoritative != XW_LANG_NONE ? it->authoritative : lang;
	const char *title = xw_ltext_get(&it->title, l), *text = xw_ltext_get(&it->text, l);

	snprintf(buf, size, "%s%s%s", title ? title : "", title && text ? " / " : "",
		 text ? text : "");
}

/* "a+b": a list of ids. */
static void ids(const struct xw_strlist *l, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < l->n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? "+" : "", l->v[i]);
}

/*
 * What became of old item @id, by the rows of the version mappings from
 * OLD to NEW that name it: "row: relationship -> targets", as the rows
 * say (not spread over the targets' leaves, which is not where it went).
 */
static void successors(const struct xw_catalog *map, const struct xw_framework *old,
		       const struct xw_framework *new_, const char *id, char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t d = 0; map && d < map->n_docs; d++) {
		const struct xw_mapping *m = map->docs[d].mapping;

		if (map->docs[d].kind != XW_DOC_MAPPING || strcmp(m->source, old->id) != 0 ||
		    strcmp(m->target, new_->id) != 0)
			continue;
		for (size_t i = 0; i < m->n_rows && len < size; i++) {
			const struct xw_row *r = m->rows[i];
			char to[512];

			if (xw_strlist_find(&r->sources, id) < 0)
				continue;
			ids(&r->targets, to, sizeof(to));
			len += (size_t)snprintf(buf + len, size - len, "%s%s: %s -> %s",
						len ? "; " : "", r->id,
						xw_relationship_name(r->relationship), to);
		}
	}
}

static int diff_frameworks(struct cli *cli, struct xw_report *r,
			   const struct xw_framework *old, const struct xw_framework *new_,
			   const struct xw_catalog *version_map)
{
	size_t counts[XW_ITEM_CHANGE_COUNT] = { 0 }, n;
	struct xw_item_diff *d;
	struct xw_error e;
	char title[256];

	if (xw_framework_diff(old, new_, &d, &n, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	snprintf(title, sizeof(title), "%s %s -> %s %s", old->id, old->version,
		 new_->id, new_->version);
	xw_report_section(r, title, (const char *const[]){ "CHANGE", "OLD", "NEW",
		"BEFORE", "AFTER", NULL });
	for (size_t k = 0; k < n; k++) {
		const struct xw_item *o = d[k].old_item == XW_NONE ? NULL : old->items[d[k].old_item];
		const struct xw_item *w = d[k].new_item == XW_NONE ? NULL : new_->items[d[k].new_item];
		char before[1024] = "", after[1024] = "";

		counts[d[k].change]++;
		switch (d[k].change) {
		case XW_ITEM_REWORDED:
		case XW_ITEM_RENUMBERED:
			wording(o, cli->lang, before, sizeof(before));
			wording(w, cli->lang, after, sizeof(after));
			break;
		case XW_ITEM_MOVED:
			snprintf(before, sizeof(before), "under %s", o->parent_id ? o->parent_id : "(top)");
			snprintf(after, sizeof(after), "under %s", w->parent_id ? w->parent_id : "(top)");
			break;
		case XW_ITEM_REMOVED:
		case XW_ITEM_WITHDRAWN:
			wording(o, cli->lang, before, sizeof(before));
			successors(version_map, old, new_, o->id, after, sizeof(after));
			break;
		case XW_ITEM_ADDED:
			wording(w, cli->lang, after, sizeof(after));
			break;
		case XW_ITEM_UNCOMPARED:
			/* no hash to go by: show what the version map says, if any */
			wording(o, cli->lang, before, sizeof(before));
			successors(version_map, old, new_, o->id, after, sizeof(after));
			if (!after[0])
				wording(w, cli->lang, after, sizeof(after));
			break;
		default:
			break;
		}
		xw_report_row(r, (const char *const[]){ xw_item_change_name(d[k].change),
			o ? o->id : "", w ? w->id : "", before, after });
	}
	xw_report_text(r, "%zu added, %zu removed, %zu renumbered, %zu moved, %zu reworded, %zu withdrawn",
		       counts[XW_ITEM_ADDED], counts[XW_ITEM_REMOVED], counts[XW_ITEM_RENUMBERED],
		       counts[XW_ITEM_MOVED], counts[XW_ITEM_REWORDED], counts[XW_ITEM_WITHDRAWN]);
	if (counts[XW_ITEM_UNCOMPARED])
		xw_report_text(r, "%zu uncompared: the title or text of one version is not known",
			       counts[XW_ITEM_UNCOMPARED]);
	free(d);
	return EXIT_OK;
}

static const char *rel_or_unmapped(const struct xw_row *row)
{
	return row ? xw_relationship_name(row->relationship) : "(not mapped)";
}

static int diff_mappings(struct xw_report *r, const struct xw_mapping *a,
			 const struct xw_mapping *b)
{
	static const char *const names[] = { "added", "removed", "changed" };
	size_t n, counts[3] = { 0 };
	struct xw_row_diff *d;
	struct xw_agreement ag;
	struct xw_error e;

	if (xw_mapping_diff(a, b, &d, &n, &e) < 0 || xw_mapping_agreement(a, b, &ag, &e) < 0) {
		cli_print_error(&e);
		return EXIT_FAIL;
	}
	xw_report_section(r, "Rows (matched by id)", (const char *const[]){ "CHANGE", "ROW",
		"FIELDS", "OLD", "NEW", NULL });
	for (size_t k = 0; k < n; k++) {
		const struct xw_row *o = d[k].old_row, *w = d[k].new_row;

		counts[d[k].change]++;
		xw_report_row(r, (const char *const[]){ names[d[k].change], (o ? o : w)->id,
			d[k].fields, rel_or_unmapped(o), rel_or_unmapped(w) });
	}
	xw_report_text(r, "%zu rows added, %zu removed, %zu changed", counts[XW_ROW_ADDED],
		       counts[XW_ROW_REMOVED], counts[XW_ROW_CHANGED]);
	xw_report_section(r, "Disagreements on the relationship (by mapped items)",
			  (const char *const[]){ "SOURCES", "TARGETS", "FIRST", "SECOND", NULL });
	for (size_t k = 0; k < ag.n_disagree; k++) {
		const struct xw_row *x = ag.disagree[k].a, *y = ag.disagree[k].b;
		char s[512], t[512];

		ids(&(x ? x : y)->sources, s, sizeof(s));
		ids(&(x ? x : y)->targets, t, sizeof(t));
		xw_report_row(r, (const char *const[]){ s, t, rel_or_unmapped(x), rel_or_unmapped(y) });
	}
	xw_report_text(r, "Agreement: %zu of %zu mapped pairs (%.1f%%); Cohen's kappa %.3f",
		       ag.agree, ag.pairs, ag.pairs ? 100.0 * ag.observed : 100.0, ag.kappa);
	free(ag.disagree);
	free(d);
	return EXIT_OK;
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ "via", required_argument, NULL, 'v' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	struct xw_catalog *map = NULL;
	struct xw_doc a = { 0 }, b = { 0 };
	const char *via = NULL;
	struct xw_error e;
	int c, rc = EXIT_FAIL;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":hv:", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_diff);
		if (c != 'v')
			return cli_bad_option(&verb_diff, c, argv);
		via = optarg;
	}
	if (argc - optind != 2)
		return cli_usage(&verb_diff, "'diff' needs OLD and NEW");
	xw_error_clear(&e);
	if (cli_read(cli, argv[optind], NULL, XW_DOC_NONE, &a, &e) < 0 ||
	    cli_read(cli, argv[optind + 1], NULL, XW_DOC_NONE, &b, &e) < 0) {
		cli_print_error(&e);
		goto out;
	}
	if (a.kind != b.kind || a.kind == XW_DOC_ASSESSMENT) {
		fprintf(stderr, "xwalk: diff compares two frameworks or two mapping sets\n");
		goto out;
	}
	if (via && (xw_catalog_new(&map, &e) < 0 ||
		    xw_catalog_load_path(map, cli_registry(cli), via, cli_report, cli))) {
		goto out;
	}
	rc = a.kind == XW_DOC_FRAMEWORK
		     ? diff_frameworks(cli, &r, a.framework, b.framework, map)
		     : diff_mappings(&r, a.mapping, b.mapping);
	if (rc == EXIT_OK)
		rc = cli_emit(cli, &r);
out:
	xw_report_clear(&r);
	xw_catalog_free(map);
	xw_doc_clear(&a);
	xw_doc_clear(&b);
	return rc;
}

const struct verb verb_diff = {
	"diff",
	"what changed between two framework versions or mapping sets",
	"Compare two versions of a framework: items added, removed, renumbered\n"
	"(same text under a new id), moved, reworded (by text hash, with the text\n"
	"before and after), withdrawn, and uncompared (a version's title or text is\n"
	"not known, so rewording cannot be told); with --via, a version mapping (a\n"
	"mapping set from the old version to the new) says where removed items\n"
	"went and what became of uncompared ones.\n"
	"Or compare two mapping sets: rows added, removed and changed (matched by\n"
	"id), and the two sets' agreement on the relationship of every pair either\n"
	"maps (Cohen's kappa), with the disagreements to discuss.\n"
	"  --via FILE   a version mapping from OLD to NEW",
	"xwalk diff [--via VERSION-MAP] OLD NEW",
	run,
};
