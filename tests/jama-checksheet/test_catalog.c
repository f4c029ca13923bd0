/* SPDX-License-Identifier: MIT */
/*
 * The synthetic check sheet, as CSV and as a workbook laid out another
 * way, read as framework jama-japia-2.2: the same framework from both;
 * its metadata, ids, kinds, parents and levels those of the bundled
 * frameworks/jama-japia-2.2.yaml for every item it holds; the sheet's
 * text authoritative; a blank title or level left unknown, never
 * guessed; and the whole laid over the bundled catalog.
 */
#include "helpers.h"
#include "xwalk/enrich.h"

static struct xw_registry *reg;
static struct xw_doc sheets[SHEETS], bundled;

static void load(void)
{
	char *yaml = src_path("frameworks/jama-japia-2.2.yaml");
	struct xw_error e;

	reg = plugin_registry(JC_PLUGIN);
	for (int i = 0; i < SHEETS; i++) {
		char *path = sheet_path(i);

		must_read(reg, path, XW_DOC_FRAMEWORK, &sheets[i]);
		free(path);
	}
	xw_error_clear(&e);
	cr_assert_eq(xw_native_load(yaml, &bundled, &e), 0, "%s", e.message);
	free(yaml);
}

static void unload(void)
{
	for (int i = 0; i < SHEETS; i++)
		xw_doc_clear(&sheets[i]);
	xw_doc_clear(&bundled);
	xw_registry_free(reg);
}

TestSuite(catalog, .init = load, .fini = unload);

static void same_list(const struct xw_strlist *a, const struct xw_strlist *b,
		      const char *what, const char *id)
{
	cr_assert_eq(a->n, b->n, "%s of %s", what, id);
	for (size_t k = 0; k < a->n; k++)
		cr_assert_str_eq(a->v[k], b->v[k], "%s of %s", what, id);
}

Test(catalog, metadata_is_the_bundled_catalogs)
{
	const struct xw_framework *b = bundled.framework;

	for (int i = 0; i < SHEETS; i++) {
		const struct xw_framework *fw = sheets[i].framework;

		cr_assert_str_eq(fw->id, "jama-japia-2.2");
		cr_assert_str_eq(fw->id, b->id);
		cr_assert_str_eq(fw->version, b->version);
		cr_assert_str_eq(fw->id_pattern, b->id_pattern);
		cr_assert_str_eq(fw->name.s[XW_LANG_JA], b->name.s[XW_LANG_JA]);
		cr_assert_str_eq(fw->source, b->source);
		same_list(&fw->unknown, &b->unknown, "unknown", fw->id);
		cr_assert_eq(fw->n_profiles, b->n_profiles);
		for (size_t p = 0; p < fw->n_profiles; p++) {
			cr_assert_str_eq(fw->profiles[p]->id, b->profiles[p]->id);
			cr_assert_str_eq(or_empty(fw->profiles[p]->extends_id),
					 or_empty(b->profiles[p]->extends_id));
			cr_assert_eq(fw->profiles[p]->assurance, b->profiles[p]->assurance);
		}
	}
}

Test(catalog, items_line_up_with_the_bundled_catalog)
{
	const struct xw_framework *b = bundled.framework;

	for (int i = 0; i < SHEETS; i++) {
		const struct xw_framework *fw = sheets[i].framework;

		for (size_t k = 0; k < fw->n_items; k++) {
			const struct xw_item *it = fw->items[k], *bi = item(b, it->id);

			cr_assert_eq(it->kind, bi->kind, "kind of %s", it->id);
			cr_assert_str_eq(or_empty(it->parent_id), or_empty(bi->parent_id),
					 "parent of %s", it->id);
			same_list(&it->profile_ids, &bi->profile_ids, "profiles", it->id);
			cr_assert_eq(it->profiles, bi->profiles, "levels of %s", it->id);
		}
	}
}

static size_t count(const struct xw_framework *fw, enum xw_item_kind k)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		n += fw->items[i]->kind == k;
	return n;
}

Test(catalog, counts_and_the_same_from_csv_and_xlsx)
{
	const struct xw_framework *csv = sheets[0].framework, *xlsx = sheets[1].framework;

	cr_assert_eq(count(csv, XW_KIND_LABEL), 7);
	cr_assert_eq(count(csv, XW_KIND_CATEGORY), 6);
	cr_assert_eq(count(csv, XW_KIND_ITEM), 23);
	cr_assert_eq(xlsx->n_items, csv->n_items);
	for (size_t k = 0; k < csv->n_items; k++) {
		cr_assert_str_eq(xlsx->items[k]->id, csv->items[k]->id);
		cr_assert_eq(xw_item_hash(xlsx->items[k]), xw_item_hash(csv->items[k]), "%s", csv->items[k]->id);
		same_list(&xlsx->items[k]->unknown, &csv->items[k]->unknown, "unknown",
			  csv->items[k]->id);
	}
}

Test(catalog, the_sheets_text_is_authoritative)
{
	for (int i = 0; i < SHEETS; i++) {
		const struct xw_framework *fw = sheets[i].framework;
		const struct xw_item *no1 = item(fw, "No.1"), *l1 = item(fw, "1");
		const struct xw_item *l6 = item(fw, "6"), *g61 = item(fw, "6-1");

		cr_assert_eq(no1->authoritative, XW_LANG_JA);
		cr_assert_str_eq(no1->title.s[XW_LANG_JA], "合成の達成条件、No.1。");
		cr_assert_str_eq(no1->text.s[XW_LANG_JA], "規則: 合成の基準その一。\n対象: 全社。");
		cr_assert_null(no1->title.s[XW_LANG_EN]);
		/* an unsplit label: its name, requirement and purpose */
		cr_assert_eq(l1->authoritative, XW_LANG_JA);
		cr_assert_str_eq(l1->title.s[XW_LANG_JA], "方針");
		cr_assert_str_eq(l1->text.s[XW_LANG_JA], "合成の要求事項、ラベル1。");
		cr_assert_str_eq(xw_props_get(&l1->props, "purpose"), "合成の目的、ラベル1。");
		/* a split label has its name; its sub-labels, no name of their own */
		cr_assert_str_eq(l6->title.s[XW_LANG_JA], "事故時の手順");
		cr_assert_null(l6->text.s[XW_LANG_JA]);
		cr_assert_null(g61->title.s[XW_LANG_JA]);
		cr_assert_eq(g61->unknown.n, 0);
		cr_assert_str_eq(g61->text.s[XW_LANG_JA], "合成の要求事項、6-1。");
		cr_assert_str_eq(xw_props_get(&g61->props, "purpose"), "合成の目的、6-1。");
		cr_assert_str_eq(item(fw, "24")->title.s[XW_LANG_JA], "バックアップ・復元(リストア)");
	}
}

/* @id's unknown fields are exactly @want. */
static void unknown_is(const struct xw_framework *fw, const char *id, const char *want)
{
	const struct xw_item *it = item(fw, id);

	cr_assert_eq(it->unknown.n, want ? 1 : 0, "%s", id);
	if (want)
		cr_assert_str_eq(it->unknown.v[0], want, "%s", id);
}

Test(catalog, blank_levels_and_titles_stay_unknown)
{
	for (int i = 0; i < SHEETS; i++) {
		const struct xw_framework *fw = sheets[i].framework;

		/* No.142 blank, No.153 "Lv" in the CSV and blank in the workbook */
		unknown_is(fw, "No.142", "profiles");
		unknown_is(fw, "No.153", "profiles");
		cr_assert_eq(item(fw, "No.142")->profile_ids.n, 0);
		cr_assert_eq(item(fw, "No.153")->profiles, 0, "in no level, not guessed");
		unknown_is(fw, "No.23", "title");
		cr_assert_null(item(fw, "No.23")->title.s[XW_LANG_JA]);
		cr_assert_str_eq(item(fw, "No.23")->text.s[XW_LANG_JA], "合成の基準、No.23。");
		unknown_is(fw, "No.22", NULL);
		cr_assert_str_eq(item(fw, "No.22")->profile_ids.v[0], "lv3");
	}
}

Test(catalog, lays_over_the_bundled_catalog)
{
	for (int i = 0; i < SHEETS; i++) {
		struct xw_doc base;
		struct xw_enrich_stats st;
		struct xw_error e;
		char *yaml = src_path("frameworks/jama-japia-2.2.yaml");
		const struct xw_item *no23;

		xw_error_clear(&e);
		cr_assert_eq(xw_native_load(yaml, &base, &e), 0, "%s", e.message);
		cr_assert_eq(xw_framework_enrich(base.framework, sheets[i].framework, &st, &e), 0,
			     "%s", e.message);
		cr_assert_eq(st.only_official, 0);
		cr_assert_eq(st.enriched, sheets[i].framework->n_items);
		cr_assert_str_eq(item(base.framework, "No.2")->title.s[XW_LANG_JA],
				 "合成の達成条件、No.2。");
		/* the bundled English summary stays */
		cr_assert_str_eq(item(base.framework, "No.2")->title.s[XW_LANG_EN],
				 "Policy reviewed at least yearly and after major changes.");
		no23 = item(base.framework, "No.23");
		cr_assert_null(no23->title.s[XW_LANG_JA], "a blank title adds none");
		cr_assert_str_eq(no23->text.s[XW_LANG_JA], "合成の基準、No.23。");
		xw_doc_clear(&base);
		free(yaml);
	}
}
