/* SPDX-License-Identifier: MIT */
/*
 * Criteria tables that are wrong (made by make_hostile.py): a missing or
 * repeated column, a bad number, level or mark, rows out of place. Each
 * error names its cell and what was looked for.
 */
#include "helpers.h"

static struct xw_registry *reg;

static void load(void)
{
	reg = plugin_registry(SCS_PLUGIN);
}

static void unload(void)
{
	xw_registry_free(reg);
}

TestSuite(table, .init = load, .fini = unload);

Test(table, errors_name_their_cell)
{
	static const struct refusal r[] = {
		{ "missing-column.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!A1: the header row has no column '要求事項（詳細）'" },
		{ "dup-header.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!J1: a second column headed '評価基準' (the first is B1)" },
		{ "bad-id.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!A3: '1-1-1-10' is not a criterion number of the scheme (N-N-N-N, as 1-2-1-1)" },
		{ "bad-level.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!C3: '★5' is not a level of criterion 1-1-1-2; expected ★3 or ★4" },
		{ "bad-mark.xlsx", XW_DOC_ASSESSMENT, XW_EINVAL,
		  "基準!J3: '◎' is not a 自己評価 mark for criterion 1-1-1-2: "
		  "○ (or 〇 ◯) met, △ partly met, ✖ (or × ✕ ✗) not met" },
		{ "dup-criterion.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!A4: criterion 1-1-1-1 is given twice (first in row 2)" },
		{ "dup-criterion.xlsx", XW_DOC_ASSESSMENT, XW_EINVAL,
		  "基準!A4: criterion 1-1-1-1 is given twice (first in row 2)" },
		{ "split-group.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!A4: subcategory 1-1 begins again after others (first in row 2); "
		  "a subcategory's rows must stand together" },
		{ "differing.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!E3: '要求事項' of requirement 1-1-1 differs from row 2's; "
		  "merge the cells or repeat the same text" },
		{ "number-mismatch.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!D3: '要求事項No.' says requirement 1-1-2, but criterion 1-1-1-2 belongs to 1-1-1" },
		{ "bad-csf.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!I3: '統治' names no NIST CSF 2.0 function (as 統治(GV))" },
		{ "empty-text.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!B3: '評価基準' is empty for criterion 1-1-1-2" },
		{ "no-criteria.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "基準!A1: the table lists no criteria under this header" },
	};

	for (size_t i = 0; i < sizeof(r) / sizeof(r[0]); i++)
		refused(reg, &r[i]);
}

/* No 評価基準No. header: not a ★ workbook, whichever reader is asked. */
Test(table, no_criteria_table_is_not_ours)
{
	char *path = hostile_path("no-table.xlsx");
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, XW_DOC_NONE, &doc, &e), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "no reader recognises this file (see 'xwalk plugins')");
	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "scs-excel", XW_DOC_FRAMEWORK, &doc, &e),
		     XW_EUNSUPPORTED);
	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "scs-excel", XW_DOC_NONE, &doc, &e),
		     XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "plugin 'scs-excel' cannot read this file as a framework, "
				    "mapping set or assessment");
	free(path);
}

/* A check sheet with answers but not the catalog's columns reads as an assessment. */
Test(table, answers_only_sheet_is_an_assessment)
{
	char *path = hostile_path("answers-only.xlsx");
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, XW_DOC_FRAMEWORK, &doc, &e), XW_EUNSUPPORTED);
	must_read(reg, path, XW_DOC_NONE, &doc);
	cr_assert_eq(doc.kind, XW_DOC_ASSESSMENT);
	cr_assert_eq(doc.assessment->n_results, 1);
	cr_assert_str_eq(doc.assessment->results[0]->item, "1-1-1-1");
	xw_doc_clear(&doc);
	free(path);
}
