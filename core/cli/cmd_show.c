/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdio.h>
#include <string.h>

#include "cli.h"
#include "table.h"

static void field(const char *name, const char *value)
{
	if (value)
		printf("%-18s %s\n", name, value);
}

static void ltext(const char *name, const struct xw_ltext *t)
{
	char label[32];

	for (int l = 0; l < XW_LANG_COUNT; l++) {
		snprintf(label, sizeof(label), "%s (%s)", name, xw_lang_name(l));
		field(label, t->s[l]);
	}
}

static void list(const char *name, const struct xw_strlist *l)
{
	if (!l->n)
		return;
	printf("%-18s", name);
	for (size_t i = 0; i < l->n; i++)
		printf(" %s", l->v[i]);
	putchar('\n');
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

static void show_framework(const struct xw_framework *fw)
{
	struct table t;

	field("framework", fw->id);
	ltext("name", &fw->name);
	field("version", fw->version);
	field("publisher", fw->publisher);
	field("date", fw->date);
	field("source", fw->source);
	field("licence", fw->licence);
	list("unknown", &fw->unknown);
	if (fw->n_profiles) {
		putchar('\n');
		table_init(&t, 5);
		table_add(&t, (const char *const[]){ "PROFILE", "EXTENDS", "ITEMS",
						     "ASSURANCE", "TITLE" });
		for (size_t p = 0; p < fw->n_profiles; p++) {
			const struct xw_profile *pr = fw->profiles[p];
			char n[256];

			if (pr->defined)
				profile_size(fw, p, n, sizeof(n));
			else
				snprintf(n, sizeof(n), "not defined");
			table_add(&t, (const char *const[]){
				pr->id, pr->extends_id, n,
				xw_assurance_name(pr->assurance),
				xw_ltext_get(&pr->title, XW_LANG_JA) });
		}
		table_print(&t, stdout);
		table_free(&t);
	}
	putchar('\n');
	table_init(&t, 4);
	table_add(&t, (const char *const[]){ "ID", "KIND", "TITLE (ja)", "TITLE (en)" });
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];
		char id[256];

		snprintf(id, sizeof(id), "%*s%s%s", (int)(2 * it->depth), "", it->id,
			 it->withdrawn ? " (withdrawn)" : "");
		table_add(&t, (const char *const[]){
			id, xw_kind_name(it->kind), it->title.s[XW_LANG_JA],
			it->title.s[XW_LANG_EN] });
	}
	table_print(&t, stdout);
	table_free(&t);
}

static void show_item(const struct xw_framework *fw, size_t idx)
{
	const struct xw_item *it = fw->items[idx];
	char hash[17];

	field("item", it->id);
	field("framework", fw->id);
	field("kind", xw_kind_name(it->kind));
	field("parent", it->parent_id);
	ltext("title", &it->title);
	ltext("text", &it->text);
	field("official", it->authoritative == XW_LANG_NONE
				  ? "no (our summary)"
				  : xw_lang_name(it->authoritative));
	if (fw->n_profiles) {
		printf("%-18s", "profiles");
		for (size_t p = 0; p < fw->n_profiles; p++)
			if (xw_item_in_profile(it, p))
				printf(" %s", fw->profiles[p]->id);
		putchar('\n');
	}
	field("status", it->withdrawn ? "withdrawn" : "active");
	list("replaced by", &it->replaced_by);
	for (size_t i = 0; i < it->props.n; i++)
		field(it->props.v[i].key, it->props.v[i].value);
	list("unknown", &it->unknown);
	xw_hash_hex(it->hash, hash);
	field("text hash", hash);
	for (size_t i = idx + 1, n = 0; i < fw->n_items; i++) {
		if (fw->items[i]->parent != idx)
			continue;
		if (n++ == 0)
			printf("%-18s", "children");
		printf(" %s", fw->items[i]->id);
	}
	if (idx + 1 < fw->n_items && fw->items[idx + 1]->parent == idx)
		putchar('\n');
}

static int run(struct cli *cli, int argc, char **argv)
{
	static const struct option opts[] = {
		{ "help", no_argument, NULL, 'h' },
		{ NULL, 0, NULL, 0 },
	};
	const struct xw_framework *fw;
	struct xw_catalog *cat;
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
	cat = cli_bundled(cli);
	fw = cat ? xw_catalog_framework(cat, name) : NULL;
	if (!fw) {
		fprintf(stderr, "xwalk: no framework '%s'; see 'xwalk list'\n", name);
		return EXIT_FAIL;
	}
	if (!colon) {
		show_framework(fw);
		return EXIT_OK;
	}
	idx = xw_framework_find(fw, colon + 1);
	if (idx == XW_NONE) {
		fprintf(stderr, "xwalk: %s has no item '%s'\n", fw->id, colon + 1);
		return EXIT_FAIL;
	}
	show_item(fw, idx);
	return EXIT_OK;
}

const struct verb verb_show = {
	"show",
	"Show a bundled framework (metadata, profiles with their assurance method,\n"
	"and the item tree with Japanese and English titles side by side), or one\n"
	"item of it with its texts, profiles, properties and text hash.",
	"xwalk show FRAMEWORK[:ITEM]",
	run,
};
