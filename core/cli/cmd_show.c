/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"

/* Details are a two-column table, so every --format carries them. */
static void field(struct xw_report *r, const char *name, const char *value)
{
	if (value)
		xw_report_row(r, (const char *const[]){ name, value });
}

static void ltext(struct xw_report *r, const char *name, const struct xw_ltext *t)
{
	char label[32];

	for (int l = 0; l < XW_LANG_COUNT; l++) {
		snprintf(label, sizeof(label), "%s (%s)", name, xw_lang_name(l));
		field(r, label, t->s[l]);
	}
}

static void list(struct xw_report *r, const char *name, const struct xw_strlist *l)
{
	char buf[2048];
	size_t len = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < l->n && len < sizeof(buf); i++)
		len += (size_t)snprintf(buf + len, sizeof(buf) - len, "%s%s",
					i ? " " : "", l->v[i]);
	if (l->n)
		field(r, name, buf);
}

/* "81 criterion, 26 requirement, ...": the profile's items by kind, deepest first */
static void profile_size(const struct xw_framework *fw, size_t p, char *out,
			 size_t size)
{
	size_t count[XW_KIND_COUNT] = { 0 }, depth[XW_KIND_COUNT] = { 0 }, len = 0;

	out[0] = '\0';
	for (size_t i = 0; i < fw->n_items; i++)
		if (xw_item_in_profile(fw->items[i], p) && !fw->items[i]->withdrawn) {
			count[fw->items[i]->kind]++;
			depth[fw->items[i]->kind] = fw->items[i]->depth + 1;
		}
	for (size_t d = 64; d-- > 0;)
		for (int k = 0; k < XW_KIND_COUNT; k++)
			if (count[k] && depth[k] == d + 1 && len < size)
				len += (size_t)snprintf(out + len, size - len, "%s%zu %s",
							len ? ", " : "", count[k],
							xw_kind_name((enum xw_item_kind)k));
}

static void show_framework(struct xw_report *r, const struct xw_framework *fw)
{
	xw_report_section(r, NULL, (const char *const[]){ "FIELD", "VALUE", NULL });
	field(r, "framework", fw->id);
	ltext(r, "name", &fw->name);
	field(r, "version", fw->version);
	field(r, "publisher", fw->publisher);
	field(r, "date", fw->date);
	field(r, "source", fw->source);
	field(r, "licence", fw->licence);
	list(r, "unknown", &fw->unknown);
	if (fw->n_profiles) {
		xw_report_section(r, "Profiles", (const char *const[]){ "PROFILE",
			"EXTENDS", "ITEMS", "ASSURANCE", "TITLE", NULL });
		for (size_t p = 0; p < fw->n_profiles; p++) {
			const struct xw_profile *pr = fw->profiles[p];
			char n[256];

			if (pr->defined)
				profile_size(fw, p, n, sizeof(n));
			else
				snprintf(n, sizeof(n), "not defined");
			xw_report_row(r, (const char *const[]){
				pr->id, pr->extends_id, n,
				xw_assurance_name(pr->assurance),
				xw_ltext_get(&pr->title, XW_LANG_JA) });
		}
	}
	xw_report_section(r, "Items", (const char *const[]){ "ID", "KIND",
		"TITLE (ja)", "TITLE (en)", NULL });
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];
		char id[256];

		snprintf(id, sizeof(id), "%*s%s%s", (int)(2 * it->depth), "", it->id,
			 it->withdrawn ? " (withdrawn)" : "");
		xw_report_row(r, (const char *const[]){
			id, xw_kind_name(it->kind), it->title.s[XW_LANG_JA],
			it->title.s[XW_LANG_EN] });
	}
}

static void show_item(struct xw_report *r, const struct xw_framework *fw, size_t idx)
{
	const struct xw_item *it = fw->items[idx];
	struct xw_strlist profiles = { NULL, 0 }, children = { NULL, 0 };
	char hash[17];

	xw_report_section(r, NULL, (const char *const[]){ "FIELD", "VALUE", NULL });
	field(r, "item", it->id);
	field(r, "framework", fw->id);
	field(r, "kind", xw_kind_name(it->kind));
	field(r, "parent", it->parent_id);
	ltext(r, "title", &it->title);
	ltext(r, "text", &it->text);
	field(r, "official", it->authoritative == XW_LANG_NONE
				     ? "no (our summary)"
				     : xw_lang_name(it->authoritative));
	for (size_t p = 0; p < fw->n_profiles; p++)
		if (xw_item_in_profile(it, p))
			r->failed |= xw_strlist_add(&profiles, fw->profiles[p]->id, NULL) < 0;
	list(r, "profiles", &profiles);
	field(r, "status", it->withdrawn ? "withdrawn" : "active");
	list(r, "replaced by", &it->replaced_by);
	for (size_t i = 0; i < it->props.n; i++)
		field(r, it->props.v[i].key, it->props.v[i].value);
	list(r, "unknown", &it->unknown);
	xw_hash_hex(xw_item_hash(it), hash);
	field(r, "text hash", hash);
	for (size_t i = idx + 1; i < it->end; i++)
		if (fw->items[i]->parent == idx)
			r->failed |= xw_strlist_add(&children, fw->items[i]->id, NULL) < 0;
	list(r, "children", &children);
	xw_strlist_clear(&profiles);
	xw_strlist_clear(&children);
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	struct xw_report r = XW_REPORT_INIT;
	const struct xw_framework *fw;
	char name[256], *colon;
	size_t idx;
	int c;

	opterr = 0;
	optind = 1;
	while ((c = getopt_long(argc, argv, ":h", opts, NULL)) != -1) {
		if (c == 'h')
			return cli_help(&verb_show);
		return cli_bad_option(&verb_show, c, argv);
	}
	if (argc - optind != 1)
		return cli_usage(&verb_show, "'show' needs one FRAMEWORK[:ITEM]");
	snprintf(name, sizeof(name), "%s", argv[optind]);
	colon = strchr(name, ':');
	if (colon)
		*colon = '\0';
	fw = cli_framework(cli, name);
	if (!fw)
		return EXIT_FAIL;
	if (!colon) {
		show_framework(&r, fw);
		return cli_emit(cli, &r);
	}
	idx = xw_framework_find(fw, colon + 1);
	if (idx == XW_NONE) {
		fprintf(stderr, "xwalk: %s has no item '%s'\n", fw->id, colon + 1);
		return EXIT_FAIL;
	}
	show_item(&r, fw, idx);
	return cli_emit(cli, &r);
}

const struct verb verb_show = {
	"show",
	"a framework or one item, Japanese and English side by side",
	"Show a bundled framework (metadata, profiles with their assurance method,\n"
	"and the item tree with Japanese and English titles side by side), or one\n"
	"item of it with its texts, profiles, properties and text hash.",
	"xwalk show FRAMEWORK[:ITEM]",
	run,
};
