/* SPDX-License-Identifier: MIT */
/*
 * The filled-in sample copy of the workbook (XW_SHARED_DATA) read as an
 * assessment: its 自己評価 column, row for row, is the fixture's
 * scs-selfassessment-sample.csv, and a blank mark gives no result.
 */
#include "helpers.h"
#include "xwalk/io.h"

static struct xw_registry *reg;
static struct xw_doc doc;

static void load(void)
{
	char *path = shared_path("scs-20260327-selfassessment-sample.xlsx");

	reg = plugin_registry(SCS_PLUGIN);
	must_read(reg, path, XW_DOC_ASSESSMENT, &doc);
	free(path);
}

static void unload(void)
{
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

TestSuite(assessment, .init = load, .fini = unload);

static const struct xw_result *result(const char *id)
{
	for (size_t i = 0; i < doc.assessment->n_results; i++)
		if (strcmp(doc.assessment->results[i]->item, id) == 0)
			return doc.assessment->results[i];
	return NULL;
}

static const char *status_of_mark(const char *mark)
{
	if (!*mark)
		return NULL;
	if (strcmp(mark, "○") == 0)
		return "implemented";
	if (strcmp(mark, "△") == 0)
		return "partial";
	cr_assert_str_eq(mark, "✖");
	return "not-implemented";
}

Test(assessment, answers_match_the_ground_truth)
{
	char *csv = shared_path("scs-selfassessment-sample.csv");
	size_t len, rows = 0, answered = 0, next = 0;
	struct xw_error e;
	char *buf, *line, *save = NULL;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(csv, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	cr_assert_str_eq(doc.assessment->framework, "scs-2026");
	line = strtok_r(buf, "\n", &save);
	cr_assert_str_eq(line, "criterion_id,status");
	while ((line = strtok_r(NULL, "\n", &save))) {
		char *comma = strchr(line, ',');
		const char *want;
		const struct xw_result *r;

		cr_assert_not_null(comma, "%s", line);
		*comma = '\0';
		want = status_of_mark(comma + 1);
		r = result(line);
		rows++;
		if (!want) {
			cr_assert_null(r, "%s has no answer, but a result", line);
			continue;
		}
		cr_assert_not_null(r, "%s has no result", line);
		cr_assert_str_eq(xw_result_name(r->status), want, "%s", line);
		/* results come in the sheet's order */
		cr_assert_eq(doc.assessment->results[next++], r, "%s", line);
		answered++;
	}
	cr_assert_eq(rows, 153);
	cr_assert_eq(answered, 100);
	cr_assert_eq(doc.assessment->n_results, answered);
	free(buf);
	free(csv);
}

Test(assessment, tallies)
{
	size_t n[XW_RESULT_COUNT] = { 0 };

	for (size_t i = 0; i < doc.assessment->n_results; i++)
		n[doc.assessment->results[i]->status]++;
	cr_assert_eq(n[XW_RESULT_IMPLEMENTED], 30 + 14);
	cr_assert_eq(n[XW_RESULT_PARTIAL], 20 + 9);
	cr_assert_eq(n[XW_RESULT_NOT_IMPLEMENTED], 24 + 3);
}

Test(assessment, merged_reason_belongs_to_both_rows)
{
	static const char note[] = "同じ要求事項の2つの基準をまとめて記載。\n詳細は根拠欄を参照。";
	const struct xw_result *a = result("3-1-1-1"), *b = result("3-1-1-2");

	cr_assert_not_null(a);
	cr_assert_not_null(b);
	cr_assert_str_eq(a->note, note);
	cr_assert_str_eq(b->note, note);
}

Test(assessment, reason_and_basis)
{
	const struct xw_result *r = result("1-1-1-2");

	cr_assert_not_null(r);
	cr_assert_str_eq(r->note, "実施しているが記録が残っていない。\n証跡の整理が必要。");
	cr_assert_str_eq(r->evidence, "情報セキュリティ基本規程 第7条");
	r = result("1-3-1-1");
	cr_assert_not_null(r);
	cr_assert_null(r->evidence, "an empty 根拠 cell is no evidence");
}

Test(assessment, the_blank_workbook_holds_no_answers)
{
	char *path = shared_path("scs-20260327-reconstructed.xlsx");
	struct xw_doc none;
	struct xw_error e;

	cr_assert_eq(read_as(reg, path, XW_DOC_ASSESSMENT, &none, &e), XW_EUNSUPPORTED,
		     "%s", e.message);
	free(path);
}
