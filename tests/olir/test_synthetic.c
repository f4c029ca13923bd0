/* SPDX-License-Identifier: MIT */
/*
 * The synthetic workbook of make_fixtures.py, laid out unlike xwalk's
 * own: the table found by its headers below a title on the third sheet,
 * the documents known by NIST's names and versions ("NIST SP 800-53",
 * "Rev. 5.1.1"), relationship words in other cases and spellings, ids
 * with stray blanks and line breaks, columns and labels the plugin does
 * not read. The whole set it reads is spelled out below. Among the other
 * plugins that read CSV and .xlsx files, the probe still gives OLIR files
 * to this one.
 */
#include "helpers.h"

static const char expected[] =
	"format: xwalk-mapping/1\n"
	"id: nist-csf-2.0--nist-sp800-53-r5\n"
	"source:\n"
	"  framework: nist-csf-2.0\n"
	"  version: \"2.0\"\n"
	"target:\n"
	"  framework: nist-sp800-53-r5\n"
	"  version: 5.1.1\n"
	"author: not named in the OLIR file\n"
	"method: human\n"
	"status: draft\n"
	"comprehensive: false\n"
	"intended-use: \"Imported by the xwalk plugin olir from an OLIR file, which does "
	"not say how its rows were made: method 'human' is assumed. A row that gives no "
	"relationship is 'related'.\"\n"
	"rows:\n"
	"  - id: olir-0001\n"
	"    sources: [GV.OC-01]\n"
	"    targets: [pm-11]\n"
	"    relationship: subset-of\n"
	"    rationale: semantic\n"
	"    strength: 6\n"
	"    justification: A made-up comment.\n"
	"    review:\n"
	"      status: draft\n"
	"  - id: olir-0002\n"
	"    sources: [GV.OC-02]\n"
	"    targets: [pm-9]\n"
	"    relationship: intersects-with\n"
	"    rationale: functional\n"
	"    review:\n"
	"      status: draft\n"
	"  - id: olir-0003\n"
	"    sources: [GV.OC-03]\n"
	"    targets: [pt]\n"
	"    relationship: related\n"
	"    review:\n"
	"      status: draft\n"
	"  - id: olir-0004\n"
	"    sources: [GV.OC-04]\n"
	"    relationship: no-relationship\n"
	"    justification: Nothing relates.\n"
	"    review:\n"
	"      status: draft\n"
	"  - id: olir-0005\n"
	"    sources: [GV.OC-05]\n"
	"    targets: [cp-2.8]\n"
	"    relationship: equal\n"
	"    rationale: syntactic\n"
	"    strength: 10\n"
	"    review:\n"
	"      status: draft\n";

Test(synthetic, read_by_content_as_the_set_it_says)
{
	char *path = fixture("synthetic.xlsx"), *yaml;
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	yaml = yaml_read(reg, path, NULL);
	cr_assert_str_eq(yaml, expected);
	free(yaml);
	xw_registry_free(reg);
	free(path);
}

/* The registry with the rival plugins (RIVAL_PLUGINS, ':'-separated) loaded before olir. */
static struct xw_registry *crowded_registry(void)
{
	struct xw_registry *reg = NULL;
	char paths[] = RIVAL_PLUGINS, *save, *p;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	for (p = strtok_r(paths, ":", &save); p; p = strtok_r(NULL, ":", &save))
		cr_assert_eq(xw_registry_load_file(reg, p, &e), 0, "%s: %s", p, e.message);
	cr_assert_eq(xw_registry_load_file(reg, OLIR_PLUGIN, &e), 0, "%s", e.message);
	return reg;
}

Test(synthetic, the_probe_picks_olir_among_csv_and_xlsx_readers, .fini = scratch_remove)
{
	char *yaml = src_path("tests/olir/data/features.yaml"), *book = fixture("synthetic.xlsx");
	char *csv = tmp_path("f.csv"), *xlsx = tmp_path("f.xlsx"), *a, *b;
	struct xw_registry *reg = crowded_registry();
	struct xw_doc doc;

	must_read(reg, yaml, "native", &doc);
	must_write(reg, &doc, csv, "olir");
	must_write(reg, &doc, xlsx, "olir");
	a = yaml_of(&doc);
	b = yaml_read(reg, csv, NULL);
	cr_assert_str_eq(b, a);
	free(b);
	b = yaml_read(reg, xlsx, NULL);
	cr_assert_str_eq(b, a);
	free(b);
	b = yaml_read(reg, book, NULL);
	cr_assert_str_eq(b, expected);
	free(b);
	free(a);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(xlsx);
	free(csv);
	free(book);
	free(yaml);
}
