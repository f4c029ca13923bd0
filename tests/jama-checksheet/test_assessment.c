/* SPDX-License-Identifier: MIT */
/*
 * The synthetic check sheet read as an assessment of jama-japia-2.2:
 * words in the CSV (実施, 一部実施, 未実施, 対象外...) and marks in the
 * workbook (○ △ × －) give the same statuses, a blank answer gives no
 * result, and the comment and evidence columns give note and evidence.
 */
#include "helpers.h"
#include "xwalk/assessment.h"

static struct xw_registry *reg;
static struct xw_doc sheets[SHEETS];

static void load(void)
{
	reg = plugin_registry(JC_PLUGIN);
	for (int i = 0; i < SHEETS; i++) {
		char *path = sheet_path(i);

		must_read(reg, path, XW_DOC_ASSESSMENT, &sheets[i]);
		free(path);
	}
}

static void unload(void)
{
	for (int i = 0; i < SHEETS; i++)
		xw_doc_clear(&sheets[i]);
	xw_registry_free(reg);
}

TestSuite(assessment, .init = load, .fini = unload);

/* Every answered item of the sheet, in sheet order. */
static const struct {
	const char *item, *status;
} want[] = {
	{ "No.1", "implemented" }, { "No.2", "partial" }, { "No.3", "implemented" },
	{ "No.9", "implemented" }, { "No.10", "not-applicable" },
	{ "No.11", "not-implemented" }, { "No.13", "implemented" },
	{ "No.14", "implemented" }, { "No.15", "partial" },
	{ "No.21", "not-implemented" }, { "No.22", "not-applicable" },
	{ "No.23", "implemented" }, { "No.24", "implemented" },
	{ "No.49", "implemented" }, { "No.50", "partial" }, { "No.51", "implemented" },
	{ "No.52", "not-implemented" }, { "No.143", "implemented" },
	{ "No.148", "implemented" }, { "No.149", "partial" },
	{ "No.153", "not-implemented" },
};

Test(assessment, statuses_in_sheet_order)
{
	for (int i = 0; i < SHEETS; i++) {
		const struct xw_assessment *a = sheets[i].assessment;

		cr_assert_str_eq(a->framework, "jama-japia-2.2");
		cr_assert_eq(a->n_results, sizeof(want) / sizeof(want[0]));
		for (size_t k = 0; k < a->n_results; k++) {
			cr_assert_str_eq(a->results[k]->item, want[k].item);
			cr_assert_str_eq(xw_result_name(a->results[k]->status), want[k].status,
					 "%s", want[k].item);
		}
	}
}

static const struct xw_result *result(const struct xw_assessment *a, const char *id)
{
	for (size_t i = 0; i < a->n_results; i++)
		if (strcmp(a->results[i]->item, id) == 0)
			return a->results[i];
	return NULL;
}

Test(assessment, blank_answers_give_no_result)
{
	for (int i = 0; i < SHEETS; i++) {
		cr_assert_null(result(sheets[i].assessment, "No.12"));
		/* its comment is warned about, not read */
		cr_assert_null(result(sheets[i].assessment, "No.142"));
	}
}

Test(assessment, note_and_evidence)
{
	for (int i = 0; i < SHEETS; i++) {
		const struct xw_assessment *a = sheets[i].assessment;
		const struct xw_result *r = result(a, "No.10");

		cr_assert_str_eq(r->note, "個人情報を扱わない。");
		cr_assert_null(r->evidence);
		r = result(a, "No.1");
		cr_assert_null(r->note);
		cr_assert_str_eq(r->evidence, "基本方針 第1版");
	}
}

Test(assessment, positions_point_at_the_answer)
{
	/* CSV: line and column of the 回答 cell, after a quoted line break
	 * in 達成基準; workbook: row and column */
	const struct xw_result *csv = result(sheets[0].assessment, "No.1");
	const struct xw_result *xlsx = result(sheets[1].assessment, "No.1");

	cr_assert_eq(csv->line, 6, "%u:%u", csv->line, csv->column);
	cr_assert_eq(csv->column, 10);
	cr_assert_eq(xlsx->line, 4);
	cr_assert_eq(xlsx->column, 4);
}
