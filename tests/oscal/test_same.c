/* SPDX-License-Identifier: MIT */
/*
 * One catalog in XML and in JSON gives one model: compared field by
 * field through the core's model (which says where they differ), then as
 * the canonical YAML (which would catch a field the first pass missed).
 */
#include "helpers.h"

static const char *or_none(const char *s)
{
	return s ? s : "(none)";
}

static void expect_same_texts(const char *id, const char *what,
			      const struct xw_ltext *a, const struct xw_ltext *b)
{
	for (int l = 0; l < XW_LANG_COUNT; l++)
		cr_expect_str_eq(or_none(a->s[l]), or_none(b->s[l]), "%s: %s differs", id, what);
}

static void expect_same_lists(const char *id, const char *what,
			      const struct xw_strlist *a, const struct xw_strlist *b)
{
	cr_expect_eq(a->n, b->n, "%s: %s differ", id, what);
	for (size_t k = 0; k < a->n && k < b->n; k++)
		cr_expect_str_eq(a->v[k], b->v[k], "%s: %s differ", id, what);
}

static void expect_same_item(const struct xw_item *a, const struct xw_item *b)
{
	cr_expect_str_eq(a->id, b->id);
	cr_expect_str_eq(or_none(a->parent_id), or_none(b->parent_id), "%s: parent", a->id);
	cr_expect_eq(a->kind, b->kind, "%s: kind", a->id);
	expect_same_texts(a->id, "title", &a->title, &b->title);
	expect_same_texts(a->id, "text", &a->text, &b->text);
	cr_expect_eq(a->authoritative, b->authoritative, "%s: authoritative", a->id);
	cr_expect_eq(a->withdrawn, b->withdrawn, "%s: status", a->id);
	expect_same_lists(a->id, "replaced-by", &a->replaced_by, &b->replaced_by);
	cr_expect_eq(a->props.n, b->props.n, "%s: props", a->id);
	for (size_t k = 0; k < a->props.n && k < b->props.n; k++) {
		cr_expect_str_eq(a->props.v[k].key, b->props.v[k].key, "%s: props", a->id);
		cr_expect_str_eq(a->props.v[k].value, b->props.v[k].value, "%s: props", a->id);
	}
	cr_expect_eq(xw_item_hash(a), xw_item_hash(b), "%s: text hash", a->id);
}

static void expect_same(const char *rel_a, const char *rel_b, int shared_data)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *pa = shared_data ? shared(rel_a) : fixture(rel_a);
	char *pb = shared_data ? shared(rel_b) : fixture(rel_b);
	struct xw_doc da, db;
	struct xw_framework *a = must_read(reg, pa, &da);
	struct xw_framework *b = must_read(reg, pb, &db);
	char *ya, *yb;

	cr_expect_str_eq(a->id, b->id);
	expect_same_texts(a->id, "name", &a->name, &b->name);
	cr_expect_str_eq(or_none(a->version), or_none(b->version));
	cr_expect_str_eq(or_none(a->date), or_none(b->date));
	cr_expect_str_eq(or_none(a->id_pattern), or_none(b->id_pattern));
	cr_assert_eq(a->n_items, b->n_items, "%s has %zu items, %s %zu", rel_a,
		     a->n_items, rel_b, b->n_items);
	for (size_t i = 0; i < a->n_items; i++)
		expect_same_item(a->items[i], b->items[i]);
	/* the models differ only in the file they came from */
	free(a->path);
	free(b->path);
	a->path = b->path = NULL;
	ya = yaml_of(&da);
	yb = yaml_of(&db);
	cr_expect_str_eq(ya, yb);
	free(ya);
	free(yb);
	xw_doc_clear(&da);
	xw_doc_clear(&db);
	free(pa);
	free(pb);
	xw_registry_free(reg);
}

TestSuite(same, .timeout = 60);

#define SP80053 "oscal/NIST_SP-800-53_rev5_catalog_5.0.1"

Test(same, sp80053_xml_json)
{
	expect_same(SP80053 ".xml", SP80053 ".json", 1);
}

Test(same, sp80053_xml_min_json)
{
	expect_same(SP80053 ".xml", SP80053 "-min.json", 1);
}

#define RES(level, ext) "oscal/NIST_SP-800-53_rev5_" level "-baseline-resolved-profile_catalog_5.1.1" ext

Test(same, baselines_xml_json)
{
	expect_same(RES("LOW", ".xml"), RES("LOW", ".json"), 1);
	expect_same(RES("MODERATE", ".xml"), RES("MODERATE", ".json"), 1);
	expect_same(RES("HIGH", ".xml"), RES("HIGH", "-min.json"), 1);
	expect_same(RES("PRIVACY", ".xml"), RES("PRIVACY", ".json"), 1);
}

/* Our own catalog: the markup NIST's catalogs use, both spellings. */
Test(same, tiny_xml_json)
{
	expect_same("tiny.xml", "tiny.json", 0);
}
