/* SPDX-License-Identifier: MIT */
/*
 * The real NIST catalogs (XW_SHARED_DATA): what the reader makes of
 * them, counted. The numbers are the files' own, checked independently
 * when the files were collected (see their PROVENANCE): nothing here is
 * inferred from outside the file, in particular not which CSF ids were
 * withdrawn.
 */
#include "helpers.h"

struct counts {
	size_t by_kind[XW_KIND_COUNT];
	size_t withdrawn;
	size_t replaced;          /* withdrawn items that name a successor */
	size_t top;               /* items without a parent */
	size_t under_kind[XW_KIND_COUNT]; /* items whose parent has this kind */
};

static struct counts count(const struct xw_framework *fw)
{
	struct counts c = { 0 };

	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];

		c.by_kind[it->kind]++;
		c.withdrawn += it->withdrawn;
		c.replaced += it->withdrawn && it->replaced_by.n > 0;
		if (it->parent == XW_NONE)
			c.top++;
		else
			c.under_kind[fw->items[it->parent]->kind]++;
	}
	return c;
}

TestSuite(real, .timeout = 60);

/* --- CSF 2.0 -------------------------------------------------------------- */

#define CSF_XML "csf/NIST_CSF_v2.0_catalog.xml"

Test(real, csf_faithful_counts)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared(CSF_XML);
	struct xw_doc doc;
	struct xw_framework *fw = must_read(reg, path, &doc);
	struct counts c = count(fw);

	cr_expect_str_eq(fw->id, "nist-csf-2.0");
	cr_expect_str_eq(fw->version, "2.0");
	cr_expect_eq(c.by_kind[XW_KIND_FUNCTION], 6);
	/* 22 categories of CSF 2.0 and 12 of CSF 1.1, unmarked */
	cr_expect_eq(c.by_kind[XW_KIND_CATEGORY], 34);
	/* 106 subcategories of CSF 2.0 and the 79 withdrawn ones of 1.1 */
	cr_expect_eq(c.by_kind[XW_KIND_SUBCATEGORY], 185);
	cr_expect_eq(fw->n_items, 6 + 34 + 185);
	/* the trap: the file marks nothing as withdrawn, so neither do we */
	cr_expect_eq(c.withdrawn, 0);
	cr_expect_eq(c.top, 6);
	cr_expect_eq(c.under_kind[XW_KIND_FUNCTION], 34);
	cr_expect_eq(c.under_kind[XW_KIND_CATEGORY], 185);

	/* a CSF 1.1 subcategory, as the file has it */
	cr_expect_eq(item(fw, "ID.BE-01")->kind, XW_KIND_SUBCATEGORY);
	cr_expect_str_eq(item(fw, "ID.BE-01")->parent_id, "ID.BE");
	cr_expect_str_eq(en(&item(fw, "ID.BE-01")->text),
			 "The organization\u2019s role in the supply chain is identified and communicated");
	/* a withdrawn 1.1 category has an empty statement, so no text */
	cr_expect_null(item(fw, "ID.BE")->text.s[XW_LANG_EN]);
	cr_expect_str_eq(en(&item(fw, "ID.BE")->title), "Business Environment");

	cr_expect_str_eq(en(&item(fw, "GV")->title), "GOVERN");
	cr_expect_str_eq(en(&item(fw, "GV.OC-01")->text),
			 "The organizational mission is understood and informs cybersecurity risk management");
	cr_expect_eq(item(fw, "GV.OC-01")->authoritative, XW_LANG_EN);
	cr_expect_str_eq(xw_props_get(&item(fw, "GV.OC-02")->props, "risk-party"), "1st, 3rd");
	cr_expect_str_eq(xw_props_get(&item(fw, "GV.OC")->props, "label"),
			 "Organizational Context (GV.OC)");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/*
 * Our bundled CSF catalog and the official file use the same ids, kinds
 * and parents, so official text can be laid over it item by item. They
 * differ only where the file keeps the CSF 1.1 categories that 2.0
 * withdrew: the bundled catalog hangs those categories' withdrawn
 * subcategories on the function instead.
 */
Test(real, csf_lines_up_with_bundled_catalog)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared(CSF_XML);
	char *bundled_path = src_path("frameworks/nist-csf-2.0.yaml");
	struct xw_doc doc, bdoc;
	struct xw_framework *fw = must_read(reg, path, &doc);
	struct xw_error e;
	size_t active = 0, moved = 0;

	cr_assert_eq(xw_native_load(bundled_path, &bdoc, &e), 0, "%s", e.message);
	for (size_t i = 0; i < bdoc.framework->n_items; i++) {
		const struct xw_item *b = bdoc.framework->items[i];
		const struct xw_item *o = item(fw, b->id);

		cr_expect_eq(o->kind, b->kind, "%s: kinds differ", b->id);
		if (!b->withdrawn) {
			active++;
			cr_expect_str_eq(o->parent_id ? o->parent_id : "", b->parent_id ? b->parent_id : "",
					 "%s: parents differ", b->id);
		} else if (strcmp(o->parent_id, b->parent_id) != 0) {
			/* under a withdrawn 1.1 category, which is not bundled */
			cr_expect_eq(xw_framework_find(bdoc.framework, o->parent_id), XW_NONE);
			moved++;
		}
	}
	cr_expect_eq(active, 6 + 22 + 106);
	cr_expect_eq(fw->n_items - bdoc.framework->n_items, 12,
		     "the file has the 12 withdrawn 1.1 categories on top");
	cr_expect_gt(moved, 0);
	xw_doc_clear(&bdoc);
	xw_doc_clear(&doc);
	free(bundled_path);
	free(path);
	xw_registry_free(reg);
}

/* --- SP 800-53 rev5 5.0.1 ------------------------------------------------ */

static void expect_sp80053_full(const char *rel)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared(rel);
	struct xw_doc doc;
	struct xw_framework *fw = must_read(reg, path, &doc);
	struct counts c = count(fw);
	const struct xw_item *it;

	cr_expect_str_eq(fw->id, "nist-sp800-53-r5");
	cr_expect_str_eq(fw->version, "5.0.1");
	cr_expect_str_eq(fw->publisher, "National Institute of Standards and Technology (NIST)");
	cr_expect_str_eq(fw->date, "2021-06-08");
	cr_expect_str_eq(fw->source, "https://doi.org/10.6028/NIST.SP.800-53r5");
	cr_expect_eq(c.by_kind[XW_KIND_CATEGORY], 20, "families");
	cr_expect_eq(c.by_kind[XW_KIND_CONTROL], 1189, "controls and enhancements");
	cr_expect_eq(c.under_kind[XW_KIND_CATEGORY], 322, "base controls");
	cr_expect_eq(c.under_kind[XW_KIND_CONTROL], 867, "enhancements");
	cr_expect_eq(c.withdrawn, 182);
	cr_expect_eq(c.replaced, 180, "two withdrawn controls name no successor");

	it = item(fw, "ac-2.1");
	cr_expect_str_eq(it->parent_id, "ac-2");
	cr_expect_str_eq(xw_props_get(&it->props, "label"), "AC-2(1)");
	cr_expect_str_eq(xw_props_get(&it->props, "sort-id"), "ac-02.01");
	cr_expect_str_eq(en(&it->title), "Automated System Account Management");
	cr_expect_str_eq(en(&it->text), "Support the management of system accounts using "
			 "[Assignment: organization-defined automated mechanisms].");
	/* incorporated into "#ac-2_smt.k", an item of AC-2's statement */
	it = item(fw, "ac-2.10");
	cr_expect(it->withdrawn);
	cr_expect_eq(it->replaced_by.n, 1);
	cr_expect_str_eq(it->replaced_by.v[0], "ac-2");
	/* moved to a whole family */
	cr_expect_str_eq(item(fw, "sa-12")->replaced_by.v[0], "sr");
	cr_expect_eq(item(fw, "sr")->kind, XW_KIND_CATEGORY);
	cr_expect_str_eq(en(&item(fw, "ac-1")->text),
			 "a. Develop, document, and disseminate to [Assignment: organization-defined personnel or roles]:\n"
			 "1. [Selection (one or more): Organization-level; Mission/business process-level; System-level] access control policy that:\n"
			 "(a) Addresses purpose, scope, roles, responsibilities, management commitment, coordination among organizational entities, and compliance; and\n"
			 "(b) Is consistent with applicable laws, executive orders, directives, regulations, policies, standards, and guidelines; and\n"
			 "2. Procedures to facilitate the implementation of the access control policy and the associated access controls;\n"
			 "b. Designate an [Assignment: organization-defined official] to manage the development, documentation, and dissemination of the access control policy and procedures; and\n"
			 "c. Review and update the current access control:\n"
			 "1. Policy [Assignment: organization-defined frequency] and following [Assignment: organization-defined events]; and\n"
			 "2. Procedures [Assignment: organization-defined frequency] and following [Assignment: organization-defined events].");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

Test(real, sp80053_xml)
{
	expect_sp80053_full("oscal/NIST_SP-800-53_rev5_catalog_5.0.1.xml");
}

Test(real, sp80053_json)
{
	expect_sp80053_full("oscal/NIST_SP-800-53_rev5_catalog_5.0.1.json");
}

Test(real, sp80053_min_json)
{
	expect_sp80053_full("oscal/NIST_SP-800-53_rev5_catalog_5.0.1-min.json");
}

/* --- SP 800-53 resolved baselines ---------------------------------------- */

struct baseline {
	const char *file;
	const char *id;
	size_t families, controls, enhancements;
};

#define RES(level, ext) "oscal/NIST_SP-800-53_rev5_" level "-baseline-resolved-profile_catalog_5.1.1" ext

static const struct baseline baselines[] = {
	{ RES("LOW", ".xml"), "nist-sp800-53-r5-low", 18, 131, 18 },
	{ RES("LOW", ".json"), "nist-sp800-53-r5-low", 18, 131, 18 },
	{ RES("MODERATE", ".xml"), "nist-sp800-53-r5-moderate", 18, 177, 110 },
	{ RES("MODERATE", ".json"), "nist-sp800-53-r5-moderate", 18, 177, 110 },
	{ RES("HIGH", ".xml"), "nist-sp800-53-r5-high", 18, 188, 182 },
	{ RES("HIGH", "-min.json"), "nist-sp800-53-r5-high", 18, 188, 182 },
	{ RES("PRIVACY", ".xml"), "nist-sp800-53-r5-privacy", 16, 81, 21 },
	{ RES("PRIVACY", ".json"), "nist-sp800-53-r5-privacy", 16, 81, 21 },
};

/* Controls of each resolved baseline: LOW 149, MODERATE 287, HIGH 370,
 * PRIVACY 102, all of them controls of the full catalog too. */
Test(real, sp80053_resolved_baselines)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *full_path = shared("oscal/NIST_SP-800-53_rev5_catalog_5.0.1.xml");
	struct xw_doc full_doc;
	struct xw_framework *full = must_read(reg, full_path, &full_doc);

	for (size_t b = 0; b < sizeof(baselines) / sizeof(baselines[0]); b++) {
		char *path = shared(baselines[b].file);
		struct xw_doc doc;
		struct xw_framework *fw = must_read(reg, path, &doc);
		struct counts c = count(fw);

		cr_expect_str_eq(fw->id, baselines[b].id, "%s", baselines[b].file);
		cr_expect_str_eq(fw->version, "5.1.1+u4");
		cr_expect_eq(c.by_kind[XW_KIND_CATEGORY], baselines[b].families, "%s", baselines[b].file);
		cr_expect_eq(c.under_kind[XW_KIND_CATEGORY], baselines[b].controls, "%s", baselines[b].file);
		cr_expect_eq(c.under_kind[XW_KIND_CONTROL], baselines[b].enhancements, "%s", baselines[b].file);
		cr_expect_eq(c.withdrawn, 0);
		for (size_t i = 0; i < fw->n_items; i++) {
			size_t k = xw_framework_find(full, fw->items[i]->id);

			cr_expect_neq(k, XW_NONE, "%s: %s is not in the full catalog",
				      baselines[b].file, fw->items[i]->id);
			if (k != XW_NONE)
				cr_expect(!full->items[k]->withdrawn);
		}
		xw_doc_clear(&doc);
		free(path);
	}
	xw_doc_clear(&full_doc);
	free(full_path);
	xw_registry_free(reg);
}

/* --- SP 800-171 rev3 ------------------------------------------------------ */

Test(real, sp800171)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared("sp800-171/NIST_SP800-171_rev3_catalog.xml");
	struct xw_doc doc;
	struct xw_framework *fw = must_read(reg, path, &doc);
	struct counts c = count(fw);

	cr_expect_str_eq(fw->id, "nist-sp800-171-r3");
	cr_expect_eq(c.by_kind[XW_KIND_CATEGORY], 17, "families");
	cr_expect_eq(c.by_kind[XW_KIND_REQUIREMENT], 130);
	cr_expect_eq(c.by_kind[XW_KIND_CONTROL], 97, "security requirement statements");
	cr_expect_eq(c.withdrawn, 33);
	cr_expect_eq(c.replaced, 27);
	/* CPRT's "SP_800_171_" prefix is dropped; bare hrefs resolve */
	cr_expect_str_eq(item(fw, "03.01.14")->replaced_by.v[0], "03.01.12");
	cr_expect_str_eq(item(fw, "SR-03.01.01")->parent_id, "03.01.01");
	cr_expect_str_eq(item(fw, "03.01.01")->parent_id, "03.01");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/* An OSCAL profile is recognised, and refused as a framework: it is
 * read as profiles of its catalog (test_baselines.c). */
Test(real, profile_is_not_a_framework)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared("oscal/NIST_SP-800-53_rev5_LOW-baseline_profile_5.1.1.xml");
	struct xw_doc doc;
	struct xw_error e;

	cr_expect_eq(read_doc(reg, path, &doc, &e), XW_EUNSUPPORTED);
	cr_expect_str_eq(e.message, PROFILE_REFUSED);
	free(path);
	xw_registry_free(reg);
}
