/* SPDX-License-Identifier: MIT */
/*
 * Our synthetic export (make_fixtures.py): a table found by its header
 * text in another layout than NIST's, every form of cell and reference
 * the reader understands, and the export's date in its forms.
 */
#include "helpers.h"

TestSuite(synthetic, .timeout = 30);

/* id, parent, kind, title, text ("" for none), withdrawn, replaced-by, csf-1.1-category */
static const struct want_item {
	const char *id, *parent;
	enum xw_item_kind kind;
	const char *title, *text;
	bool withdrawn;
	const char *replaced_by, *old_category;
} want_items[] = {
	{ "GV", NULL, XW_KIND_FUNCTION, "GOVERN",
	  /* two blanks in the cell, one here */
	  "A synthetic statement of the govern function.", false, "", NULL },
	{ "GV.OC", "GV", XW_KIND_CATEGORY, "Context",
	  "A synthetic statement of the context category.", false, "", NULL },
	{ "GV.OC-01", "GV.OC", XW_KIND_SUBCATEGORY, "The first synthetic outcome.", "",
	  false, "", NULL },
	{ "GV.OC-02", "GV.OC", XW_KIND_SUBCATEGORY, "The second synthetic outcome.", "",
	  false, "", NULL },
	{ "GV.OC-03", "GV.OC", XW_KIND_SUBCATEGORY, "", "", true, "GV.OC-01", NULL },
	/* the withdrawn category GV.XX is no item: its subcategories sit under the function */
	{ "GV.XX-01", "GV", XW_KIND_SUBCATEGORY, "", "", true, "GV.OC-01 GV.OC-02", "GV.XX" },
	{ "GV.XX-02", "GV", XW_KIND_SUBCATEGORY, "", "", true, "", "GV.XX" },
	/* "GOVERN (GV)" closes the function and names nothing new */
	{ "ID", NULL, XW_KIND_FUNCTION, "IDENTIFY",
	  "A synthetic statement of the identify function.", false, "", NULL },
	/* rows that repeat the function and the category */
	{ "ID.AM", "ID", XW_KIND_CATEGORY, "Assets",
	  "A synthetic statement of the asset category.", false, "", NULL },
	{ "ID.AM-01", "ID.AM", XW_KIND_SUBCATEGORY, "The first synthetic asset outcome.", "",
	  false, "", NULL },
	{ "ID.AM-02", "ID.AM", XW_KIND_SUBCATEGORY, "The second synthetic asset outcome.", "",
	  false, "", NULL },
};

static void check_item(const struct xw_item *it, const struct want_item *w)
{
	char replaced[256] = "";
	size_t n = 0;

	for (size_t i = 0; i < it->replaced_by.n; i++)
		n += (size_t)snprintf(replaced + n, sizeof(replaced) - n, "%s%s", i ? " " : "",
				      it->replaced_by.v[i]);
	cr_expect_str_eq(it->id, w->id);
	cr_expect_str_eq(or_none(it->parent_id), or_none(w->parent), "%s", w->id);
	cr_expect_eq(it->kind, w->kind, "%s", w->id);
	cr_expect_str_eq(en(&it->title), w->title, "%s", w->id);
	cr_expect_str_eq(en(&it->text), w->text, "%s", w->id);
	cr_expect_eq(it->withdrawn, w->withdrawn, "%s", w->id);
	cr_expect_eq(it->authoritative, w->withdrawn ? XW_LANG_NONE : XW_LANG_EN, "%s", w->id);
	cr_expect_str_eq(replaced, w->replaced_by, "%s", w->id);
	cr_expect_str_eq(or_none(xw_props_get(&it->props, "csf-1.1-category")),
			 or_none(w->old_category), "%s", w->id);
}

Test(synthetic, framework)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("synthetic.xlsx");
	struct xw_doc doc;
	const struct xw_framework *fw = framework_of(reg, path, &doc);
	size_t n = sizeof(want_items) / sizeof(want_items[0]);

	cr_expect_str_eq(fw->id, "nist-csf-2.0");
	cr_assert_eq(fw->n_items, n);
	for (size_t i = 0; i < n; i++)
		check_item(fw->items[i], &want_items[i]);
	cr_expect_str_eq(xw_props_get(&item(fw, "GV.OC-01")->props, "implementation-examples"),
			 "Ex1: A first made-up example\nEx2: A second made-up example");
	cr_expect_null(xw_props_get(&item(fw, "GV.OC-02")->props, "implementation-examples"));
	/* a row naming three levels: the examples are the subcategory's */
	cr_expect_str_eq(xw_props_get(&item(fw, "ID.AM-01")->props, "implementation-examples"),
			 "Ex1: A made-up example of the asset outcome");
	cr_expect_null(xw_props_get(&item(fw, "ID.AM")->props, "implementation-examples"));
	cr_expect_null(xw_props_get(&item(fw, "ID")->props, "implementation-examples"));
	cr_expect_str_eq(xw_props_get(&item(fw, "GV.XX-02")->props, "withdrawn-note"), "Removed");
	/* an item's position is its cell: row 7, column E */
	cr_expect_eq(item(fw, "GV.OC-01")->line, 7);
	cr_expect_eq(item(fw, "GV.OC-01")->column, 5);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

struct want_row {
	const char *source, *target, *ref;
};

static void check_rows(const struct xw_mapping *m, const char *scheme,
		       const struct want_row *want, size_t n)
{
	cr_assert_eq(m->n_rows, n);
	for (size_t i = 0; i < n; i++) {
		const struct xw_row *r = m->rows[i];
		char id[16], just[256];

		snprintf(id, sizeof(id), "nist-%04zu", i + 1);
		snprintf(just, sizeof(just), "NIST lists %s %s as an informative reference for %s.",
			 scheme, want[i].ref, want[i].source);
		cr_expect_str_eq(r->id, id);
		cr_assert_eq(r->sources.n, 1);
		cr_assert_eq(r->targets.n, 1);
		cr_expect_str_eq(r->sources.v[0], want[i].source, "%s", id);
		cr_expect_str_eq(r->targets.v[0], want[i].target, "%s", id);
		cr_expect_eq(r->relationship, XW_REL_RELATED, "%s", id);
		cr_expect_eq(r->rationale, XW_RATIONALE_UNSET, "%s", id);
		cr_expect_eq(r->strength, XW_STRENGTH_NONE, "%s", id);
		cr_expect_eq(r->review, XW_REVIEW_DRAFT, "%s", id);
		cr_expect_str_eq(r->justification, just);
		/* a row's position is its references cell, column D here */
		cr_expect_eq(r->column, 4, "%s", id);
	}
}

Test(synthetic, iso_references)
{
	static const struct want_row want[] = {
		{ "GV", "6.1", "Mandatory Clause: 6.1" },
		/* "ISO/IEC 27001:2013: ..." is another scheme */
		{ "GV", "A.5.1", "Annex A Controls: 5.1" },
		/* 4.2(a) and 4.2 (b) are both clause 4.2: one row */
		{ "GV.OC", "4.2", "Mandatory Clause: 4.2(a)" },
		{ "GV.OC-01", "4.1", "Mandatory Clause:  4.1" },
		{ "GV.OC-01", "6.1", "Mandatory Clause:  6.1," },
		/* "Annex A Controls:" names nothing */
		{ "GV.OC-01", "7.1", "Mandatory Clause: 7.1, 7.2" },
		{ "GV.OC-01", "7.2", "Mandatory Clause: 7.1, 7.2" },
		/* None, All applicable controls and 6.11 give no row; 5.37 once */
		{ "GV.OC-02", "A.5.37", "Annex A Controls: 5.37" },
		{ "ID.AM-01", "A.5.9", "Annex A Controls: 5.9" },
		{ "ID.AM-02", "A.5.9", "Annex A Controls: 5.9" },
	};
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("synthetic.xlsx");
	struct xw_doc doc;
	const struct xw_mapping *m = mapping_of(reg, path, ISO, &doc);

	cr_expect_str_eq(m->id, "nist-csf-2.0--iso27001-2022");
	cr_expect_str_eq(m->title.s[XW_LANG_EN],
			 "NIST CSF 2.0 informative references to ISO/IEC 27001:2022 (NIST)");
	cr_expect_str_eq(m->source, "nist-csf-2.0");
	cr_expect_str_eq(m->source_version, "2.0");
	cr_expect_str_eq(m->target, "iso27001-2022");
	cr_expect_str_eq(m->target_version, "2022");
	cr_expect_str_eq(m->author,
			 "NIST (CSF 2.0 Reference Tool informative references), imported by xwalk");
	cr_expect_eq(m->method, XW_METHOD_HUMAN);
	cr_expect_eq(m->status, XW_REVIEW_DRAFT);
	cr_expect(!m->comprehensive);
	/* Excel's 46000 */
	cr_expect_str_eq(m->date, "2025-12-09");
	cr_expect_str_eq(m->version, "2025-12-09 export");
	cr_expect_str_eq(m->intended_use,
			 "NIST's informative references, imported unchanged by the xwalk plugin "
			 "nist-cprt. NIST gives no relationship type, so every row is 'related'. "
			 "Left out because ISO/IEC 27001:2022 has no such clause: GV.OC-02 -> 6.11.");
	check_rows(m, "ISO/IEC 27001:2022", want, sizeof(want) / sizeof(want[0]));
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(synthetic, sp80053_references)
{
	static const struct want_row want[] = {
		{ "GV.OC", "pt", "PT" },
		/* "SP 800-53 Rev 5.2.0: AC-03" is another scheme */
		{ "GV.OC-01", "ac-2.1", "AC-02(01)" },
		/* XX-01 names no family of SP 800-53 */
		{ "GV.OC-02", "cp-2.8", "CP-02(08)" },
	};
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("synthetic.xlsx");
	struct xw_doc doc;
	const struct xw_mapping *m = mapping_of(reg, path, SP, &doc);

	cr_expect_str_eq(m->id, "nist-csf-2.0--nist-sp800-53-r5");
	cr_expect_str_eq(m->target, "nist-sp800-53-r5");
	cr_expect_str_eq(m->target_version, "5.1.1");
	cr_expect(strstr(m->intended_use, "Left out because SP 800-53 Rev. 5 has no such control "
			 "family: GV.OC-02 -> xx-1."), "%s", m->intended_use);
	check_rows(m, "SP 800-53 Rev 5.1.1", want, sizeof(want) / sizeof(want[0]));
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/* The version mapping from CSF 1.1: the notes' rows, then the references not given by a note. */
Test(synthetic, version_map)
{
	static const struct {
		const char *source, *targets, *relationship, *justification;
	} want[] = {
		{ "GV.OC-03", "GV.OC-01", "related",
		  "NIST's CSF 2.0 Reference Tool: GV.OC-03 [Withdrawn: Moved to GV.OC-01]" },
		{ "GV.XX-01", "GV.OC-01 GV.OC-02", "subset-of",
		  "NIST's CSF 2.0 Reference Tool: GV.XX-01 [Withdrawn: Incorporated into GV.OC-01, "
		  "GV.OC-02]" },
		/* unpadded as NIST cites 1.1 ids; GV.OC-3 -> GV.OC-01 is the note's pair */
		{ "ID.BE-02", "GV.OC-01", "related",
		  "NIST lists CSF v1.1 ID.BE-2 as an informative reference for GV.OC-01." },
		{ "ID.AM-01", "ID.AM-01", "related",
		  "NIST lists CSF v1.1 ID.AM-1 as an informative reference for ID.AM-01." },
		{ "ID.AM", "ID.AM-02", "related",
		  "NIST lists CSF v1.1 ID.AM as an informative reference for ID.AM-02." },
	};
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("synthetic.xlsx");
	struct xw_doc doc;
	const struct xw_mapping *m = mapping_of(reg, path, "nist-cprt:from=nist-csf-1.1", &doc);

	cr_expect_str_eq(m->id, "nist-csf-1.1--nist-csf-2.0");
	cr_expect_str_eq(m->source, "nist-csf-1.1");
	cr_expect_str_eq(m->source_version, "1.1");
	cr_expect_str_eq(m->target, "nist-csf-2.0");
	cr_expect(strstr(m->intended_use, "NIST's note names no CSF 2.0 id for: GV.XX, GV.XX-02."),
		  "%s", m->intended_use);
	cr_assert_eq(m->n_rows, sizeof(want) / sizeof(want[0]));
	for (size_t i = 0; i < m->n_rows; i++) {
		const struct xw_row *r = m->rows[i];
		char targets[64] = "";

		for (size_t k = 0; k < r->targets.n; k++)
			snprintf(targets + strlen(targets), sizeof(targets) - strlen(targets), "%s%s",
				 k ? " " : "", r->targets.v[k]);
		cr_expect_str_eq(r->sources.v[0], want[i].source, "row %zu", i);
		cr_expect_str_eq(targets, want[i].targets, "row %zu", i);
		cr_expect_str_eq(xw_relationship_name(r->relationship), want[i].relationship,
				 "row %zu", i);
		cr_expect_eq(r->rationale, r->relationship == XW_REL_SUBSET ? XW_RATIONALE_SEMANTIC
									 : XW_RATIONALE_UNSET);
		cr_expect_str_eq(r->justification, want[i].justification);
		cr_expect_eq(r->review, XW_REVIEW_DRAFT);
	}
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/* The set's date and version from each fixture (NULL: none). */
static void check_date(const char *name, const char *date)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture(name), version[32];
	struct xw_doc doc;
	const struct xw_mapping *m = mapping_of(reg, path, ISO, &doc);

	snprintf(version, sizeof(version), "%s export", date ? date : "");
	cr_expect_str_eq(or_none(m->date), or_none(date), "%s", name);
	cr_expect_str_eq(or_none(m->version), date ? version : "(none)", "%s", name);
	cr_expect_eq(m->n_rows, 1, "%s", name);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(synthetic, export_date)
{
	check_date("isodate.xlsx", "2026-01-31");
	check_date("nodate.xlsx", NULL);
	/* "soon" is warned about, and no date */
	check_date("baddate.xlsx", NULL);
}

Test(synthetic, no_reference_of_the_scheme)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("no-refs-of-scheme.xlsx");
	struct xw_doc doc;

	cr_expect_eq(mapping_of(reg, path, ISO, &doc)->n_rows, 0);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/* Without a Informative References column, the framework is still read. */
Test(synthetic, framework_without_references)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("no-refs-column.xlsx");
	struct xw_doc doc;

	cr_expect_eq(framework_of(reg, path, &doc)->n_items, 3);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}
