/* SPDX-License-Identifier: MIT */
/*
 * SoAs as companies keep them read as the same assessment as their
 * native YAML: an English CSV with metadata rows, a Japanese workbook
 * with a cover sheet, a CSV with its header on row 5 under a certificate
 * block, a CSV with a BOM and CRLF line ends, one with bilingual
 * headers and a column of running numbers, and the CSV version of the
 * example SoA in contrib/examples.
 */
#include "helpers.h"

Test(read, english_csv)
{
	same_as_yaml("soa-en.csv", "soa-en.yaml");
}

Test(read, japanese_workbook)
{
	same_as_yaml("soa-ja.xlsx", "soa-ja.yaml");
}

Test(read, header_on_row_5_under_a_certificate_block)
{
	same_as_yaml("soa-row5.csv", "soa-row5.yaml");
}

Test(read, bom_and_crlf)
{
	same_as_yaml("soa-bom-crlf.csv", "soa-bom-crlf.yaml");
}

Test(read, bilingual_headers_and_running_numbers)
{
	same_as_yaml("soa-bilingual.csv", "soa-bilingual.yaml");
}

Test(read, example_soa_csv_is_the_yaml)
{
	struct xw_registry *reg = soa_registry();
	char *csv = src_path("contrib/examples/soa-example-parts.csv");
	char *yaml = src_path("contrib/examples/soa-example-parts.yaml");
	struct xw_doc x, y;
	struct xw_error e;
	char *xs, *ys;

	must_read(reg, csv, &x);
	xw_error_clear(&e);
	cr_assert_eq(xw_native_load(yaml, &y, &e), 0, "%s", e.message);
	cr_assert_eq(x.assessment->n_results, 93);
	xs = yaml_of(&x);
	ys = yaml_of(&y);
	cr_assert_str_eq(xs, ys);
	free(xs);
	free(ys);
	xw_doc_clear(&x);
	xw_doc_clear(&y);
	free(csv);
	free(yaml);
	xw_registry_free(reg);
}

/* What the Japanese workbook's cells become, spelled out. */
Test(read, japanese_workbook_cells)
{
	struct xw_registry *reg = soa_registry();
	char *path = data_path("soa-ja.xlsx");
	const struct xw_assessment *a;
	struct xw_doc doc;

	must_read(reg, path, &doc);
	a = doc.assessment;
	cr_assert_str_eq(a->framework, "iso27001-2022");
	/* the cover sheet's Excel serial date, and the revision history left alone */
	cr_assert_str_eq(a->certificate.expires, "2028-03-31");
	cr_assert_str_eq(a->certificate.issued, "2024-04-01");
	cr_assert_str_eq(a->date, "2026-10-01", "from '評価日：2026年10月1日'");
	cr_assert_null(a->assessor);
	cr_assert_eq(a->n_results, 10, "headings and the note under the table are no rows");
	cr_assert_str_eq(a->results[0]->item, "A.5.1", "from 'Ａ．５．１'");
	cr_assert_str_eq(a->results[4]->item, "A.5.5", "from 'A.05.05'");
	cr_assert_str_eq(a->results[5]->item, "A.5.6", "from '附属書A 5.6'");
	cr_assert_str_eq(a->results[9]->item, "A.8.34", "from '８．３４'");
	/* 5.3: excluded (×), whatever its status column says */
	cr_assert_eq(a->results[2]->status, XW_RESULT_NOT_APPLICABLE);
	cr_assert_str_eq(a->results[3]->note, "計画中: 2027年度に導入予定");
	cr_assert_eq(a->results[3]->status, XW_RESULT_NOT_IMPLEMENTED);
	/* a justification merged over two rows is the note of each */
	cr_assert_str_eq(a->results[7]->note, a->results[6]->note);
	/* positions: the id cell, as row and column */
	cr_assert_eq(a->results[0]->line, 6);
	cr_assert_eq(a->results[0]->column, 1);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/* A CSV result is placed at its id cell's line and column. */
Test(read, csv_positions)
{
	struct xw_registry *reg = soa_registry();
	char *path = data_path("soa-en.csv");
	struct xw_doc doc;

	must_read(reg, path, &doc);
	cr_assert_str_eq(doc.assessment->results[2]->item, "A.5.1");
	cr_assert_eq(doc.assessment->results[2]->line, 14);
	cr_assert_eq(doc.assessment->results[2]->column, 1);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/* Read by content as whatever it is, an SoA is an assessment. */
Test(read, by_content_any_kind)
{
	struct xw_registry *reg = soa_registry();
	char *path = data_path("soa-ja.xlsx");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e), 0,
		     "%s", e.message);
	cr_assert_eq(doc.kind, XW_DOC_ASSESSMENT);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}
