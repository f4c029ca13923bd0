/* SPDX-License-Identifier: MIT */
/*
 * intuitem's own libraries (XW_SHARED_DATA/ciso-assistant, see its
 * README): ISO/IEC 27001:2022 and NIST CSF 2.0 as frameworks, and its
 * NIST CSF 2.0 -> ISO/IEC 27001:2022 mapping sets. The counts are the
 * README's, made with PyYAML; check-exports.py compares every node and
 * row with PyYAML's reading.
 */
#include "helpers.h"

TestSuite(real, .fini = scratch_remove);

#define MAPPING "mapping-nist-csf-2.0-to-iso27001-2022.yaml"

static size_t count_kind(const struct xw_framework *fw, enum xw_item_kind k)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		n += fw->items[i]->kind == k;
	return n;
}

static const struct xw_item *item(const struct xw_framework *fw, const char *id)
{
	size_t i = xw_framework_find(fw, id);

	cr_assert_neq(i, XW_NONE, "no item %s", id);
	return fw->items[i];
}

Test(real, iso27001_library_is_read_as_a_framework)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	const struct xw_framework *fw;

	must_read(reg, intuitem("iso27001-2022.yaml"), NULL, XW_DOC_NONE, &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	fw = doc.framework;
	cr_assert_str_eq(fw->id, "iso27001-2022");
	cr_assert_str_eq(fw->version, "18");
	cr_assert_str_eq(fw->publisher, "ISO/IEC");
	cr_assert_eq(fw->n_items, 140);
	cr_assert_eq(count_kind(fw, XW_KIND_REQUIREMENT), 123);   /* assessable */
	cr_assert_eq(count_kind(fw, XW_KIND_CATEGORY), 17);
	cr_assert_str_eq(item(fw, "A.5.1")->parent_id, "A.5");
	cr_assert_str_eq(item(fw, "A.5")->parent_id, "annex-a");
	cr_assert_str_eq(item(fw, "6.1.2")->parent_id, "6.1");
	cr_assert_str_eq(xw_ltext_get(&item(fw, "A.5.1")->title, XW_LANG_EN),
			 "Policies for information security");
	cr_assert_null(item(fw, "A.5.1")->title.s[XW_LANG_JA]);  /* no ja translation */
	/* implementation groups are profiles */
	cr_assert_eq(fw->n_profiles, 2);
	cr_assert_str_eq(fw->profiles[1]->id, "SoA");
	cr_assert(xw_item_in_profile(item(fw, "A.8.34"), 1));
	cr_assert_not(xw_item_in_profile(item(fw, "4.1"), 1));
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(real, csf_library_keeps_ref_ids_and_annotations)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	const struct xw_item *it;

	must_read(reg, intuitem("nist-csf-2.0.yaml"), "ciso-assistant:id=nist-csf-2.0,version=2.0",
		  XW_DOC_FRAMEWORK, &doc);
	cr_assert_str_eq(doc.framework->version, "2.0");
	cr_assert_eq(doc.framework->n_items, 134);
	cr_assert_eq(count_kind(doc.framework, XW_KIND_REQUIREMENT), 106);
	it = item(doc.framework, "GV.OC-01");
	cr_assert_str_eq(it->parent_id, "GV.OC");
	cr_assert_null(it->title.s[XW_LANG_EN]);   /* CSF subcategories have no name */
	cr_assert_str_eq(xw_ltext_get(&it->text, XW_LANG_EN),
			 "The organizational mission is understood and informs cybersecurity risk management");
	cr_assert(strncmp(xw_props_get(&it->props, "annotation"), "1st: 1st Party Risk", 19) == 0);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

static const char *mapping_format(const char *extra)
{
	return text_of("ciso-assistant:framework=%s,framework=%s%s", intuitem("nist-csf-2.0.yaml"),
		       intuitem("iso27001-2022.yaml"), extra);
}

Test(real, mapping_sets_with_their_framework_libraries)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	const struct xw_mapping *m;

	must_read(reg, intuitem(MAPPING), mapping_format(",missing-rationale=related"), XW_DOC_NONE,
		  &doc);
	cr_assert_eq(doc.kind, XW_DOC_MAPPING);
	m = doc.mapping;
	cr_assert_str_eq(m->id, "nist-csf-2.0-to-iso27001-2022");
	cr_assert_str_eq(m->source, "nist-csf-2.0");
	cr_assert_str_eq(m->target, "iso27001-2022");
	cr_assert_str_eq(m->date, "2025-06-13");
	cr_assert_eq(m->n_rows, 343);
	cr_assert_str_eq(m->rows[0]->sources.v[0], "GV.OC-01");
	cr_assert_str_eq(m->rows[0]->targets.v[0], "4.1");
	for (size_t i = 0; i < m->n_rows; i++)
		cr_assert_eq(m->rows[i]->relationship, XW_REL_RELATED);  /* all 343 are intersect */
	xw_doc_clear(&doc);

	must_read(reg, intuitem(MAPPING),
		  mapping_format(",missing-rationale=related,set=nist-csf-2.0-to-iso27001-2022-revert"),
		  XW_DOC_MAPPING, &doc);
	cr_assert_str_eq(doc.mapping->source, "iso27001-2022");
	cr_assert_eq(doc.mapping->n_rows, 343);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(real, mapping_rows_without_rationale_are_refused_by_default)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_lt(read_as(reg, intuitem(MAPPING), mapping_format(""), XW_DOC_MAPPING, &doc, &e), 0);
	cr_assert_eq(e.line, 25);
	cr_assert_eq(e.column, 21);
	cr_assert_str_eq(e.message, "relationship 'intersect' without a rationale (syntactic, "
			 "semantic or functional), which xwalk needs for it; to read such rows as "
			 "'related', add missing-rationale=related to the reader's options");
	xw_registry_free(reg);
}

Test(real, mapping_without_its_framework_library_says_which)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_lt(read_as(reg, intuitem(MAPPING), "ciso-assistant", XW_DOC_MAPPING, &doc, &e), 0);
	cr_assert_eq(e.line, 20);
	cr_assert_str_eq(e.message, "the set's source_framework_urn is "
			 "urn:intuitem:risk:framework:nist-csf-2.0; its library is needed to turn "
			 "requirement URNs into ids: name it with --from ciso-assistant:framework=FILE");
	xw_registry_free(reg);
}
