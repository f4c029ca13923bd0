/* SPDX-License-Identifier: MIT */
/*
 * Writing and reading back: every bundled mapping set, and a set that
 * uses every field (several sources, gap rows of either side, conditions,
 * review hashes, a Japanese title, text with line breaks, commas and
 * quotes), written as OLIR CSV and as .xlsx and read back, give the same
 * model (the same canonical YAML). NIST's workbook read, written and
 * read again gives the same set. Writing is deterministic, and the
 * writer's options and the file name choose the sink.
 */
#include "helpers.h"

TestSuite(roundtrip, .fini = scratch_remove);

/* @yaml's path read natively, written with @format to @name, read back: the same YAML. */
static void round_trip(struct xw_registry *reg, const char *yaml, const char *name,
		       const char *format)
{
	char *out = tmp_path(name), *before, *after;
	struct xw_doc doc;

	must_read(reg, yaml, "native", &doc);
	before = yaml_of(&doc);
	must_write(reg, &doc, out, format);
	after = yaml_read(reg, out, "olir");
	cr_assert_str_eq(after, before, "%s through %s", yaml, name);
	free(before);
	free(after);
	xw_doc_clear(&doc);
	free(out);
}

Test(roundtrip, bundled_sets_as_csv_and_xlsx)
{
	static const char *const sets[] = {
		"cyber-essentials-3.3--scs-2026", "iso27001-2022--scs-2026",
		"jama-japia-2.2--scs-2026", "nist-csf-2.0--iso27001-2022",
		"nist-csf-2.0--scs-2026", "security-action--scs-2026",
	};
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	for (size_t i = 0; i < sizeof(sets) / sizeof(sets[0]); i++) {
		char rel[256], csv[300], xlsx[300], *path;

		snprintf(rel, sizeof(rel), "mappings/%s.yaml", sets[i]);
		snprintf(csv, sizeof(csv), "%s.csv", sets[i]);
		snprintf(xlsx, sizeof(xlsx), "%s.xlsx", sets[i]);
		path = src_path(rel);
		round_trip(reg, path, csv, "olir");
		round_trip(reg, path, xlsx, "olir");
		free(path);
	}
	xw_registry_free(reg);
}

Test(roundtrip, every_field)
{
	char *path = src_path("tests/olir/data/features.yaml"), *canon, *file;
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	size_t len;

	/* the fixture is canonical, so the round trip gives back its bytes */
	canon = yaml_read(reg, path, "native");
	file = slurp(path, &len);
	cr_assert_str_eq(canon, file);
	round_trip(reg, path, "features.csv", "olir");
	round_trip(reg, path, "features.xlsx", "olir");
	free(canon);
	free(file);
	xw_registry_free(reg);
	free(path);
}

/* The CSV of the fixture, as a person would read it. */
Test(roundtrip, csv_layout)
{
	char *path = src_path("tests/olir/data/features.yaml"), *out = tmp_path("f.csv"), *text;
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;
	size_t len;

	must_read(reg, path, "native", &doc);
	must_write(reg, &doc, out, "olir");
	text = slurp(out, &len);
	cr_assert_eq(strlen(text), len);
	cr_assert(strstr(text, "\xEF\xBB\xBF" "Focal Document,nist-csf-2.0\r\n"
			 "Focal Document Version,2.0\r\n"
			 "Reference Document,nist-sp800-53-r5\r\n"
			 "Comprehensive,Yes\r\n") == text);
	cr_assert(strstr(text, "\r\n\r\nFocal Document Element,Rationale,Relationship,"
			 "Reference Document Element,Strength of Relationship,Comments,"
			 "xwalk Row ID,xwalk Conditions,xwalk Review Status,xwalk Reviewer,"
			 "xwalk Review Date,xwalk Source Hashes,xwalk Target Hashes\r\n"));
	cr_assert(strstr(text, "\r\nGV.OC-01; GV.OC-02,Semantic,superset of,pm-11,7,"));
	cr_assert(strstr(text, "\r\n,,not related to,pt,,,t4,,reviewed,,,,\r\n"));
	cr_assert(strstr(text, "\r\nRC.CO-04,,,cp-2,,,t7,,,,,,\r\n"));
	free(text);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(out);
	free(path);
}

Test(roundtrip, nist_workbook_written_and_read_again)
{
	char *path = shared(NIST_WORKBOOK), *first, *again;
	char *csv = tmp_path("nist.csv"), *xlsx = tmp_path("nist.xlsx");
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;

	must_read(reg, path, NIST_FORMAT, &doc);
	first = yaml_of(&doc);
	must_write(reg, &doc, csv, "olir");
	must_write(reg, &doc, xlsx, "olir");
	/* our files say which frameworks they map: no options */
	again = yaml_read(reg, csv, NULL);
	cr_assert_str_eq(again, first);
	free(again);
	again = yaml_read(reg, xlsx, NULL);
	cr_assert_str_eq(again, first);
	free(again);
	free(first);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(xlsx);
	free(csv);
	free(path);
}

/* Writes the fixture to @name with @format; returns the bytes. */
static char *written(struct xw_registry *reg, const char *name, const char *format,
		     size_t *len)
{
	char *path = src_path("tests/olir/data/features.yaml"), *out = tmp_path(name), *bytes;
	struct xw_doc doc;

	must_read(reg, path, "native", &doc);
	must_write(reg, &doc, out, format);
	bytes = slurp(out, len);
	xw_doc_clear(&doc);
	free(out);
	free(path);
	return bytes;
}

Test(roundtrip, the_same_bytes_every_time)
{
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	size_t a_len, b_len;
	char *a, *b;

	a = written(reg, "a.xlsx", "olir", &a_len);
	sleep(1);  /* a clock in the bytes would show */
	b = written(reg, "b.xlsx", "olir", &b_len);
	cr_assert(a_len == b_len && memcmp(a, b, a_len) == 0, "two writes differ");
	free(a);
	free(b);
	a = written(reg, "a.csv", "olir", &a_len);
	b = written(reg, "b.csv", "olir", &b_len);
	cr_assert(a_len == b_len && memcmp(a, b, a_len) == 0, "two writes differ");
	free(a);
	free(b);
	xw_registry_free(reg);
}

Test(roundtrip, options_and_file_name_choose_the_sink)
{
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	size_t len;
	char *bytes;

	bytes = written(reg, "by-name.xlsx", "olir", &len);
	cr_assert(len > 4 && memcmp(bytes, "PK\x03\x04", 4) == 0, "a .xlsx name gives a workbook");
	free(bytes);
	bytes = written(reg, "by-option.bin", "olir:xlsx", &len);
	cr_assert(len > 4 && memcmp(bytes, "PK\x03\x04", 4) == 0, "olir:xlsx gives a workbook");
	free(bytes);
	bytes = written(reg, "csv-anyway.xlsx", "olir:csv", &len);
	cr_assert(len > 18 && memcmp(bytes, "\xEF\xBB\xBF" "Focal Document,", 18) == 0,
		  "olir:csv gives CSV whatever the name");
	free(bytes);
	bytes = written(reg, "default.txt", "olir", &len);
	cr_assert(len > 18 && memcmp(bytes, "\xEF\xBB\xBF" "Focal Document,", 18) == 0,
		  "CSV is the default");
	free(bytes);
	xw_registry_free(reg);
}
