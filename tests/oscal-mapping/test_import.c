/* SPDX-License-Identifier: MIT */
/*
 * Real mapping collections (XW_SHARED_DATA): BSI's IT-Grundschutz
 * collection, which is schema-valid, comes in whole; the three with
 * known schema errors (shared/data/oscal-mapping/README.md) are read
 * leniently, with a warning for each problem.
 */
#include "helpers.h"

TestSuite(import, .fini = scratch_remove);

struct read {
	struct xw_doc doc;
	char *warnings;
};

static struct read import(const char *name)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = real_path(name);
	struct read r;

	capture_begin();
	must_read(reg, path, NULL, &r.doc);
	r.warnings = capture_end();
	cr_assert_eq(r.doc.kind, XW_DOC_MAPPING);
	free(path);
	xw_registry_free(reg);
	return r;
}

static void done(struct read *r)
{
	xw_doc_clear(&r->doc);
	free(r->warnings);
}

/* Whether a warning ends with @text at line:col "@at" of the file. */
static void assert_warned(const struct read *r, const char *at, const char *text)
{
	char line[1024];

	snprintf(line, sizeof(line), ".json:%s: warning: %s\n", at, text);
	cr_assert(strstr(r->warnings, line), "no warning\n  %s\nin\n%s", line, r->warnings);
}

static size_t count_rel(const struct xw_mapping *m, enum xw_relationship rel)
{
	size_t n = 0;

	for (size_t i = 0; i < m->n_rows; i++)
		n += m->rows[i]->relationship == rel;
	return n;
}

Test(import, bsi_it_grundschutz_in_full)
{
	struct read r = import("bsi-itgs2023-to-gspp_mapping-collection.json");
	const struct xw_mapping *m = r.doc.mapping;
	const struct xw_row *first = m->rows[0];

	cr_assert_eq(m->n_rows, 1185);
	cr_assert_eq(count_rel(m, XW_REL_SUBSET), 464);
	cr_assert_eq(count_rel(m, XW_REL_INTERSECTS), 395);
	cr_assert_eq(count_rel(m, XW_REL_SUPERSET), 187);
	/* equivalent-to (118) and equal-to (21) are both xwalk's equal */
	cr_assert_eq(count_rel(m, XW_REL_EQUAL), 139);
	for (size_t i = 0; i < m->n_rows; i++) {
		cr_assert_eq(m->rows[i]->rationale, XW_RATIONALE_SEMANTIC, "row %zu", i);
		cr_assert_eq(m->rows[i]->sources.n, 1);
		cr_assert_eq(m->rows[i]->targets.n, 1);
	}
	cr_assert_str_eq(first->id, "1d8cc717-b1d3-5aa4-8e52-11c9c5fd8639");
	cr_assert_str_eq(first->sources.v[0], "APP.3.6.A1-UA.2");
	cr_assert_str_eq(first->targets.v[0], "ARCH.1.1");
	cr_assert_str_eq(m->source, "itgs-source-catalog");
	cr_assert_str_eq(m->target, "05160af58864-bsi-stand-der-technik-kernel-catalog-and-"
				    "30dc66259164-bsi-methodik-grundschutz-catalog");
	cr_assert_str_eq(m->title.s[XW_LANG_EN], "GSMap OSCAL Mapping Collection");
	cr_assert_str_eq(m->version, "gsmap-oscal-export-v1");
	cr_assert_str_eq(m->date, "2026-07-21");
	cr_assert_eq(m->method, XW_METHOD_HUMAN);
	cr_assert_eq(m->status, XW_REVIEW_DRAFT);
	cr_assert_str_eq(m->author, "not named in the OSCAL document");
	cr_assert_str_eq(m->intended_use, "Generated from GSMap NDJSON review decisions.");
	assert_warned(&r, "60641:28", "the mappings name 2 target resources; xwalk reads them as "
		      "one target framework, '05160af58864-bsi-stand-der-technik-kernel-catalog-"
		      "and-30dc66259164-bsi-methodik-grundschutz-catalog'");
	assert_warned(&r, "8:22", "'props' in 1185 maps is not imported: xwalk has no field for it");
	done(&r);
}

/* Schema error: two keys provenance does not have. */
Test(import, bsi_iso27001_annex_a_extra_provenance_keys)
{
	struct read r = import("bsi-iso27001-annexa-to-gspp_mapping-collection.json");
	const struct xw_mapping *m = r.doc.mapping;

	cr_assert_eq(m->n_rows, 96);
	cr_assert_eq(count_rel(m, XW_REL_SUBSET), 75);
	cr_assert_eq(count_rel(m, XW_REL_EQUAL), 16);
	cr_assert_eq(count_rel(m, XW_REL_INTERSECTS), 5);
	cr_assert_str_eq(m->source, "iso27001-annexa-catalog");
	/* "complete" in OSCAL is not a review by xwalk's measure */
	cr_assert_eq(m->status, XW_REVIEW_DRAFT);
	cr_assert_not(m->comprehensive);
	cr_assert_str_eq(m->date, "2026-07-27");
	assert_warned(&r, "23:22", "'qa-reviewed' in provenance is not in the OSCAL 1.2.1 "
		      "schema; ignored");
	assert_warned(&r, "24:18", "'qa-note' in provenance is not in the OSCAL 1.2.1 schema; "
		      "ignored");
	done(&r);
}

/* Schema error: method "manual"; and a source gap summary. */
Test(import, csf2_manual_method_and_gap_summary)
{
	struct read r = import("csf2-to-sp800-53r5_mapping-collection.json");
	const struct xw_mapping *m = r.doc.mapping;
	const struct xw_row *gap = m->rows[106];

	cr_assert_eq(m->n_rows, 107);
	cr_assert_eq(count_rel(m, XW_REL_SUPERSET), 106);
	cr_assert_eq(m->method, XW_METHOD_HUMAN);
	cr_assert_str_eq(m->source, "nist-csf-v2.0");
	cr_assert_str_eq(m->target, "nist-sp-800-53-rev5");
	cr_assert_str_eq(m->id, "nist-csf-v2.0--nist-sp-800-53-rev5");
	cr_assert_str_eq(gap->id, "bc2323ec-a76c-49fd-a13e-0fdebd0e7e20");
	cr_assert_eq(gap->relationship, XW_REL_NONE);
	cr_assert_eq(gap->sources.n, 79);
	cr_assert_eq(gap->targets.n, 0);
	cr_assert_str_eq(gap->sources.v[0], "de.ae-01");
	assert_warned(&r, "11:17", "provenance method 'manual' is not human, automation or "
		      "hybrid (OSCAL 1.2.1); read as 'human'");
	assert_warned(&r, "55:33", "'confidence-score' in 106 maps is not imported: xwalk has "
		      "no field for it");
	done(&r);
}

/* Schema errors: a qualifier with values outside the enums; and everything else optional. */
Test(import, trestle_fixture_qualifier_values)
{
	struct read r = import("trestle_comprehensive_mapping.json");
	const struct xw_mapping *m = r.doc.mapping;
	const struct xw_row *const *row = (const struct xw_row *const *)m->rows;

	cr_assert_eq(m->n_rows, 5);
	cr_assert_str_eq(m->author, "Test Organization");
	cr_assert_eq(m->method, XW_METHOD_HYBRID);
	/* equal-to of a namespace xwalk does not know says no more than related */
	cr_assert_eq(row[0]->relationship, XW_REL_RELATED);
	cr_assert_eq(row[0]->rationale, XW_RATIONALE_SYNTACTIC);
	cr_assert_str_eq(row[0]->justification, "Direct one-to-one mapping");
	cr_assert_eq(row[0]->conditions.n, 0);
	cr_assert_str_eq(row[1]->sources.v[1], "ac-2_smt.b");
	/* the mapping's own rationale comes before the set's */
	cr_assert_eq(row[1]->rationale, XW_RATIONALE_SEMANTIC);
	cr_assert_str_eq(row[3]->id, "b0000000-0000-4000-8000-000000000080");
	cr_assert_eq(row[3]->sources.n, 2);
	cr_assert_eq(row[3]->targets.n, 0);
	cr_assert_str_eq(row[4]->id, "b0000000-0000-4000-8000-000000000081");
	cr_assert_str_eq(row[4]->targets.v[1], "ac-21");
	assert_warned(&r, "132:28", "qualifier subject 'implementation' is not one of OSCAL "
		      "1.2.1's");
	assert_warned(&r, "133:30", "qualifier predicate 'requires' is not one of OSCAL 1.2.1's");
	assert_warned(&r, "134:29", "qualifier category 'requirement' is not one of OSCAL "
		      "1.2.1's");
	assert_warned(&r, "131:15", "qualifier not imported: only has-requirement ones are "
		      "conditions of the relationship");
	assert_warned(&r, "98:29", "relationship 'equal-to' of namespace "
		      "'https://example.com/ns/mapping' has no meaning xwalk knows; read as 'related'");
	done(&r);
}
