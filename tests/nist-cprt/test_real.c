/* SPDX-License-Identifier: MIT */
/*
 * NIST's CSF 2.0 Reference Tool exports (XW_SHARED_DATA): the catalog
 * counted and laid against frameworks/nist-csf-2.0.yaml, the ISO/IEC
 * 27001:2022 references against mappings/nist-csf-2.0--iso27001-2022.yaml,
 * the SP 800-53 references counted and looked up in NIST's OSCAL catalog.
 * The numbers are the files' own, counted independently when they were
 * collected (see the shared data's PROVENANCE files).
 */
#include "helpers.h"
#include "xwalk/enrich.h"
#include "xwalk/io.h"

#define CSF_YAML "frameworks/nist-csf-2.0.yaml"
#define ISO_YAML "mappings/nist-csf-2.0--iso27001-2022.yaml"
#define SP80053_XML "oscal/NIST_SP-800-53_rev5_catalog_5.0.1.xml"

TestSuite(real, .timeout = 60);

struct counts {
	size_t by_kind[XW_KIND_COUNT];
	size_t withdrawn, replaced, old_category, examples;
};

static struct counts count(const struct xw_framework *fw)
{
	struct counts c = { 0 };

	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];

		c.by_kind[it->kind]++;
		c.withdrawn += it->withdrawn;
		c.replaced += it->withdrawn && it->replaced_by.n > 0;
		c.old_category += xw_props_get(&it->props, "csf-1.1-category") != NULL;
		c.examples += xw_props_get(&it->props, "implementation-examples") != NULL;
	}
	return c;
}

static void check_counts(const char *rel)
{
	struct xw_registry *reg = cprt_registry();
	char *path = shared(rel);
	struct xw_doc doc;
	struct xw_framework *fw = framework_of(reg, path, &doc);
	struct counts c = count(fw);

	cr_expect_str_eq(fw->id, "nist-csf-2.0");
	cr_expect_str_eq(fw->version, "2.0");
	cr_expect_eq(c.by_kind[XW_KIND_FUNCTION], 6);
	cr_expect_eq(c.by_kind[XW_KIND_CATEGORY], 22, "%zu", c.by_kind[XW_KIND_CATEGORY]);
	/* 106 of CSF 2.0 and the 79 CSF 1.1 subcategories it withdrew */
	cr_expect_eq(c.by_kind[XW_KIND_SUBCATEGORY], 106 + 79);
	cr_expect_eq(fw->n_items, 6 + 22 + 185);
	cr_expect_eq(c.withdrawn, 79);
	cr_expect_eq(c.replaced, 79, "every withdrawn subcategory names its successors");
	/* the subcategories of the 12 withdrawn categories, which are no items */
	cr_expect_eq(c.old_category, 53);
	cr_expect_eq(c.examples, 106);
	cr_expect_str_eq(en(&item(fw, "GV")->title), "GOVERN");
	cr_expect_str_eq(item(fw, "ID.BE-01")->parent_id, "ID");
	cr_expect_str_eq(xw_props_get(&item(fw, "ID.BE-01")->props, "csf-1.1-category"), "ID.BE");
	cr_expect_str_eq(xw_props_get(&item(fw, "ID.RM-03")->props, "withdrawn-note"),
			 "Moved into GV.RM-02");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(real, counts_2025_06_02)
{
	check_counts(EXPORT_2025);
}

Test(real, counts_2026_02_16)
{
	check_counts(EXPORT_2026);
}

static void same_item(const struct xw_item *b, const struct xw_item *p)
{
	cr_expect_eq(b->kind, p->kind, "%s: kind", b->id);
	cr_expect_str_eq(or_none(b->parent_id), or_none(p->parent_id), "%s: parent", b->id);
	cr_expect_eq(b->withdrawn, p->withdrawn, "%s: status", b->id);
	cr_expect(same_list(&b->replaced_by, &p->replaced_by), "%s: replaced-by", b->id);
	if (b->withdrawn) {
		static const char *const props[] = { "withdrawn-note", "csf-1.1-category" };

		for (size_t k = 0; k < 2; k++)
			cr_expect_str_eq(or_none(xw_props_get(&b->props, props[k])),
					 or_none(xw_props_get(&p->props, props[k])), "%s: %s",
					 b->id, props[k]);
		return;
	}
	/* NIST's words, as the bundled catalog quotes them */
	cr_expect_eq(p->authoritative, XW_LANG_EN, "%s", b->id);
	cr_expect_str_eq(en(&b->title), en(&p->title), "%s: title", b->id);
	cr_expect_str_eq(en(&b->text), en(&p->text), "%s: text", b->id);
	cr_expect_eq(xw_item_hash(b), xw_item_hash(p), "%s: text hash", b->id);
}

Test(real, lines_up_with_the_bundled_catalog)
{
	struct xw_registry *reg = cprt_registry();
	char *path = shared(EXPORT_2025);
	struct xw_doc doc, base = bundled(reg, CSF_YAML, XW_DOC_FRAMEWORK);
	const struct xw_framework *fw = framework_of(reg, path, &doc), *b = base.framework;

	cr_expect_str_eq(fw->id, b->id);
	cr_expect_str_eq(fw->version, b->version);
	cr_expect_str_eq(fw->id_pattern, b->id_pattern);
	cr_expect_str_eq(en(&fw->name), en(&b->name));
	cr_expect_str_eq(fw->publisher, b->publisher);
	cr_expect_str_eq(fw->date, b->date);
	cr_expect_str_eq(fw->source, b->source);
	cr_assert_eq(fw->n_items, b->n_items);
	for (size_t i = 0; i < b->n_items; i++) {
		cr_assert_str_eq(fw->items[i]->id, b->items[i]->id, "item %zu", i);
		same_item(b->items[i], fw->items[i]);
	}
	xw_doc_clear(&doc);
	xw_doc_clear(&base);
	xw_registry_free(reg);
	free(path);
}

Test(real, official_text_over_the_bundled_catalog)
{
	struct xw_registry *reg = cprt_registry();
	char *path = shared(EXPORT_2025);
	struct xw_doc doc, base = bundled(reg, CSF_YAML, XW_DOC_FRAMEWORK);
	struct xw_enrich_stats st;
	struct xw_error e;

	framework_of(reg, path, &doc);
	xw_error_clear(&e);
	cr_assert_eq(xw_framework_enrich(base.framework, doc.framework, &st, &e), 0, "%s",
		     e.message);
	cr_expect_eq(st.enriched, 6 + 22 + 106);
	cr_expect_eq(st.only_official, 0, "%s", or_none(st.first_only_official));
	cr_expect_eq(st.only_bundled, 0, "%s", or_none(st.first_only_bundled));
	xw_doc_clear(&doc);
	xw_doc_clear(&base);
	xw_registry_free(reg);
	free(path);
}

static void same_row(const struct xw_row *b, const struct xw_row *p)
{
	cr_expect_str_eq(p->id, b->id);
	cr_expect(same_list(&b->sources, &p->sources), "%s: sources", b->id);
	cr_expect(same_list(&b->targets, &p->targets), "%s: targets", b->id);
	cr_expect_eq(p->relationship, b->relationship, "%s", b->id);
	cr_expect_eq(p->rationale, XW_RATIONALE_UNSET, "%s", b->id);
	cr_expect_eq(p->strength, XW_STRENGTH_NONE, "%s", b->id);
	cr_expect_str_eq(p->justification, b->justification, "%s", b->id);
	cr_expect_eq(p->review, b->review, "%s", b->id);
}

static void check_iso(const char *rel, const char *version)
{
	struct xw_registry *reg = cprt_registry();
	char *path = shared(rel);
	struct xw_doc doc, base = bundled(reg, ISO_YAML, XW_DOC_MAPPING);
	const struct xw_mapping *m = mapping_of(reg, path, ISO, &doc), *b = base.mapping;

	cr_expect_str_eq(m->id, b->id);
	cr_expect_str_eq(m->source, b->source);
	cr_expect_str_eq(m->source_version, b->source_version);
	cr_expect_str_eq(m->target, b->target);
	cr_expect_str_eq(m->target_version, b->target_version);
	cr_expect_str_eq(m->author, b->author);
	cr_expect_eq(m->method, b->method);
	cr_expect_eq(m->status, b->status);
	cr_expect_eq(m->comprehensive, b->comprehensive);
	cr_expect_str_eq(m->version, version);
	cr_expect(strstr(m->intended_use, "GV.RM-07 -> 6.11, ID.RA-06 -> 6.13."), "%s",
		  m->intended_use);
	/* the same pairs, row for row, as the bundled set imported from the CSV */
	cr_assert_eq(m->n_rows, 410);
	cr_assert_eq(m->n_rows, b->n_rows);
	for (size_t i = 0; i < b->n_rows; i++)
		same_row(b->rows[i], m->rows[i]);
	xw_doc_clear(&doc);
	xw_doc_clear(&base);
	xw_registry_free(reg);
	free(path);
}

Test(real, iso_references_are_the_bundled_set)
{
	check_iso(EXPORT_2025, "2025-06-02 export");
}

Test(real, iso_references_unchanged_in_the_later_export)
{
	check_iso(EXPORT_2026, "2026-02-16 export");
}

/* How many distinct values the rows have in @sources (else targets). */
static size_t distinct(const struct xw_mapping *m, bool sources)
{
	size_t n = 0;

	for (size_t i = 0; i < m->n_rows; i++) {
		const char *v = (sources ? &m->rows[i]->sources : &m->rows[i]->targets)->v[0];
		size_t j = 0;

		while (j < i && strcmp(v, (sources ? &m->rows[j]->sources
						   : &m->rows[j]->targets)->v[0]) != 0)
			j++;
		n += j == i;
	}
	return n;
}

/* The targets of the rows from @source, joined by ' '. */
static const char *targets_of(const struct xw_mapping *m, const char *source)
{
	static char buf[512];
	size_t n = 0;

	buf[0] = '\0';
	for (size_t i = 0; i < m->n_rows && n < sizeof(buf); i++)
		if (strcmp(m->rows[i]->sources.v[0], source) == 0)
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", n ? " " : "",
					      m->rows[i]->targets.v[0]);
	return buf;
}

Test(real, sp80053_references)
{
	struct xw_registry *reg = cprt_registry();
	char *path = shared(EXPORT_2025);
	struct xw_doc doc;
	const struct xw_mapping *m = mapping_of(reg, path, SP, &doc);

	cr_expect_str_eq(m->id, "nist-csf-2.0--nist-sp800-53-r5");
	cr_expect_str_eq(m->target, "nist-sp800-53-r5");
	cr_expect_str_eq(m->target_version, "5.1.1");
	cr_expect_str_eq(m->date, "2025-06-02");
	/* NIST's 740 references name 740 distinct pairs */
	cr_expect_eq(m->n_rows, 740);
	cr_expect_eq(distinct(m, true), 108);
	cr_expect_eq(distinct(m, false), 210);
	for (size_t i = 0; i < m->n_rows; i++)
		cr_expect_eq(m->rows[i]->relationship, XW_REL_RELATED);
	cr_expect_str_eq(targets_of(m, "GV.OC-04"), "pm-8 pm-11 cp-2.8 pm-30.1 ra-9");
	cr_expect(strstr(targets_of(m, "GV.OC-03"), "pm-28 pt"), "%s", targets_of(m, "GV.OC-03"));
	cr_expect_str_eq(m->rows[0]->justification,
			 "NIST lists SP 800-53 Rev 5.1.1 PM-11 as an informative reference for GV.OC-01.");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/*
 * Every target is an item of NIST's OSCAL catalog, read by the oscal
 * plugin: the 5.0.1 catalog, the only full one at hand, which lacks
 * IA-13, added in SP 800-53 5.1.
 */
Test(real, sp80053_targets_are_oscal_ids)
{
	static const char *const modules[] = { CPRT_PLUGIN, OSCAL_PLUGIN };
	struct xw_registry *reg = registry_with(modules, 2);
	char *path = shared(EXPORT_2025), *xml = shared(SP80053_XML);
	struct xw_doc doc, cat;
	const struct xw_mapping *m = mapping_of(reg, path, SP, &doc);
	size_t missing = 0;

	must_read(reg, xml, NULL, XW_DOC_FRAMEWORK, &cat);
	cr_assert_str_eq(cat.framework->id, m->target);
	for (size_t i = 0; i < m->n_rows; i++) {
		const char *id = m->rows[i]->targets.v[0];
		size_t k = xw_framework_find(cat.framework, id);

		if (k == XW_NONE) {
			cr_expect_str_eq(id, "ia-13", "row %s", m->rows[i]->id);
			missing++;
			continue;
		}
		cr_expect(!cat.framework->items[k]->withdrawn, "%s is withdrawn", id);
	}
	cr_expect_eq(missing, 2);
	xw_doc_clear(&cat);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
	free(xml);
}

static int probe_file(const struct xw_plugin *p, const char *path)
{
	struct xw_input in = { path, NULL, 0, "" };
	struct xw_error e;
	char *buf;
	int score;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &in.size, &e), 0, "%s", e.message);
	in.data = (const unsigned char *)buf;
	score = p->desc.probe(p->state, &in);
	free(buf);
	return score;
}

Test(real, probe)
{
	struct xw_registry *reg = cprt_registry();
	const struct xw_plugin *p = xw_registry_find(reg, "nist-cprt");
	char *a = shared(EXPORT_2025), *b = shared(EXPORT_2026), *xml = shared(SP80053_XML);
	char *other = fixture("not-cprt.xlsx");

	cr_assert(p != NULL);
	cr_expect_eq(probe_file(p, a), 85);
	cr_expect_eq(probe_file(p, b), 85);
	cr_expect_eq(probe_file(p, xml), 0);
	cr_expect_eq(probe_file(p, other), 0);
	xw_registry_free(reg);
	free(a);
	free(b);
	free(xml);
	free(other);
}
