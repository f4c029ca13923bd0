/* SPDX-License-Identifier: MIT */
/*
 * Our own workbook (data/synthetic.xlsx, from make_synthetic.py): the
 * criteria table sits on the second sheet, below a title, with its
 * columns in another order than IPA's and its headers retyped, and
 * requirement cells merged over their criteria. Read by header text, it
 * gives the same kind of catalog and assessment as IPA's layout.
 */
#include "helpers.h"

static struct xw_registry *reg;
static char *path;

static void load(void)
{
	reg = plugin_registry(SCS_PLUGIN);
	path = synthetic_path();
}

static void unload(void)
{
	free(path);
	xw_registry_free(reg);
}

TestSuite(synthetic, .init = load, .fini = unload);

Test(synthetic, catalog_by_header_text)
{
	static const char *const order[][3] = {
		{ "1", "category", NULL }, { "1-1", "subcategory", "1" },
		{ "1-1-1", "requirement", "1-1" }, { "1-1-1-1", "criterion", "1-1-1" },
		{ "1-1-1-2", "criterion", "1-1-1" }, { "1-2", "subcategory", "1" },
		{ "1-2-1", "requirement", "1-2" }, { "1-2-1-1", "criterion", "1-2-1" },
		{ "1-2-1-2", "criterion", "1-2-1" }, { "2", "category", NULL },
		{ "2-1", "subcategory", "2" }, { "2-1-1", "requirement", "2-1" },
		{ "2-1-1-1", "criterion", "2-1-1" }, { "2-1-1-2", "criterion", "2-1-1" },
	};
	struct xw_doc doc;
	const struct xw_framework *fw;

	must_read(reg, path, XW_DOC_FRAMEWORK, &doc);
	fw = doc.framework;
	cr_assert_eq(fw->n_items, 14, "the note row below the table is no item");
	for (size_t i = 0; i < 14; i++) {
		const struct xw_item *it = fw->items[i];

		cr_assert_str_eq(it->id, order[i][0]);
		cr_assert_str_eq(xw_kind_name(it->kind), order[i][1], "%s", it->id);
		cr_assert_str_eq(it->parent_id ? it->parent_id : "-",
				 order[i][2] ? order[i][2] : "-", "%s", it->id);
	}
	xw_doc_clear(&doc);
}

Test(synthetic, merged_cells_give_every_row_their_value)
{
	struct xw_doc doc;
	const struct xw_framework *fw;
	size_t s3;

	must_read(reg, path, XW_DOC_FRAMEWORK, &doc);
	fw = doc.framework;
	s3 = xw_framework_profile(fw, "star3");
	cr_assert_str_eq(ja_title(item(fw, "1-1-1")), "合成要求一");
	cr_assert_str_eq(ja_text(item(fw, "1-1-1")), "合成の要求事項一の詳細。");
	cr_assert_str_eq(ja_title(item(fw, "1-2")), "合成中分類二");
	/* ★3 merged over D7:D8 */
	cr_assert(xw_item_in_profile(item(fw, "1-2-1-2"), s3));
	cr_assert_not(xw_item_in_profile(item(fw, "1-1-1-2"), s3));
	cr_assert_str_eq(item(fw, "2-1-1-2")->profile_ids.v[0], "star4");
	/* NIST CSF merged over I9:I10, and written with full-width brackets */
	cr_assert_str_eq(xw_props_get(&item(fw, "2-1-1-2")->props, "csf-function"), "ID");
	cr_assert_str_eq(xw_props_get(&item(fw, "1-2-1-1")->props, "csf-function"), "GV");
	cr_assert_str_eq(xw_props_get(&item(fw, "2")->props, "csf-function"), "ID");
	xw_doc_clear(&doc);
}

Test(synthetic, cell_text_as_written)
{
	struct xw_doc doc;
	const struct xw_framework *fw;

	must_read(reg, path, XW_DOC_FRAMEWORK, &doc);
	fw = doc.framework;
	cr_assert_str_eq(ja_text(item(fw, "1-1-1-2")), "合成の評価基準その二。\n二行目。");
	cr_assert_str_eq(ja_text(item(fw, "1-2-1-1")), "合成の評価基準その三。",
			 "rich text runs, without the phonetic guide");
	cr_assert_str_eq(ja_text(item(fw, "1-2-1-2")), "合成の評価基準その四。 \n");
	cr_assert_str_eq(ja_text(item(fw, "2-1-1-1")), "合成の評価基準その五。");
	xw_doc_clear(&doc);
}

/* The host places items and results at ROW:COLUMN of their cells. */
Test(synthetic, positions_are_cells)
{
	struct xw_doc doc;

	must_read(reg, path, XW_DOC_FRAMEWORK, &doc);
	cr_assert_eq(item(doc.framework, "1-1-1-2")->line, 6);
	cr_assert_eq(item(doc.framework, "1-1-1-2")->column, 1);
	xw_doc_clear(&doc);
	must_read(reg, path, XW_DOC_ASSESSMENT, &doc);
	cr_assert_eq(doc.assessment->results[1]->line, 6);
	cr_assert_eq(doc.assessment->results[1]->column, 2);
	xw_doc_clear(&doc);
}

Test(synthetic, answers)
{
	static const char *const want[][4] = {
		{ "1-1-1-1", "implemented", "合成の理由。", "合成の根拠。" },
		{ "1-1-1-2", "partial", NULL, "根拠その二" },
		{ "1-2-1-2", "implemented", NULL, NULL },          /* 〇, U+3007 */
		{ "2-1-1-1", "not-implemented", "一行目\r\n二行目", NULL },  /* × */
		{ "2-1-1-2", "not-implemented", "一行目\r\n二行目", "根拠その六" },
	};
	struct xw_doc doc;

	must_read(reg, path, XW_DOC_ASSESSMENT, &doc);
	cr_assert_str_eq(doc.assessment->framework, "scs-2026");
	cr_assert_eq(doc.assessment->n_results, 5, "1-2-1-1 has no mark, so no result");
	for (size_t i = 0; i < 5; i++) {
		const struct xw_result *r = doc.assessment->results[i];

		cr_assert_str_eq(r->item, want[i][0]);
		cr_assert_str_eq(xw_result_name(r->status), want[i][1], "%s", r->item);
		cr_assert_str_eq(r->note ? r->note : "-", want[i][2] ? want[i][2] : "-", "%s", r->item);
		cr_assert_str_eq(r->evidence ? r->evidence : "-", want[i][3] ? want[i][3] : "-",
				 "%s", r->item);
	}
	xw_doc_clear(&doc);
}
