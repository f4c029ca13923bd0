/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * `xwalk gap` on an SoA says what it says on the same results in native
 * YAML, and `xwalk convert` turns a workbook SoA into that YAML.
 */
#include <unistd.h>

#include "helpers.h"
#include "xwalk/io.h"

TestSuite(cli, .fini = scratch_remove);

/* Runs xwalk with @args (NULL-terminated), which must succeed: its
 * standard output, malloc'd. */
static char *xwalk_ok(const char *const *args)
{
	int rc = run_xwalk(args);
	char *err = scratch_text("stderr");

	cr_assert_eq(rc, 0, "xwalk %s failed: %s", args[0], err);
	free(err);
	return scratch_text("stdout");
}

static void copy(const char *from, const char *to)
{
	struct xw_error e;
	size_t len;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(from, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	cr_assert_eq(xw_file_write_atomic(to, buf, len, &e), 0, "%s", e.message);
	free(buf);
}

static char *gap(const char *assessment)
{
	const char *args[] = { "gap", "--assessment", assessment, "--profile", "star4",
			       "--date", "2026-11-27", NULL };

	return xwalk_ok(args);
}

/* The summary line of a gap report: "star4: 153 items: ...", malloc'd. */
static char *summary(const char *report)
{
	const char *s = strstr(report, "\nstar4: ");
	size_t n;

	cr_assert(s, "no star4 summary in:\n%s", report);
	s++;
	n = strcspn(s, "\n");
	return strndup(s, n);
}

Test(cli, gap_summary_of_an_soa_is_that_of_its_yaml)
{
	char *csv = data_path("soa-en.csv"), *yaml = data_path("soa-en.yaml");
	char *a = gap(csv), *b = gap(yaml);
	char *sa = summary(a), *sb = summary(b);

	cr_assert_str_eq(sa, sb);
	cr_assert_str_eq(sa, "star4: 153 items: 11 satisfied (8 of them conditional), "
			 "42 partly satisfied, 3 not satisfied, 97 no evidence");
	free(sa);
	free(sb);
	free(a);
	free(b);
	free(csv);
	free(yaml);
}

/* The example SoA as CSV and as YAML, at one path in turn: the same report, byte for byte. */
Test(cli, example_soa_gap_reports_are_identical)
{
	char *csv = src_path("contrib/examples/soa-example-parts.csv");
	char *yaml = src_path("contrib/examples/soa-example-parts.yaml");
	char *at = tmp_path("soa"), *a, *b;

	copy(yaml, at);
	a = gap(at);
	copy(csv, at);
	b = gap(at);
	cr_assert_str_eq(a, b);
	cr_assert(strstr(a, "\nstar4: 153 items: 67 satisfied"), "%s", a);
	free(a);
	free(b);
	free(at);
	free(csv);
	free(yaml);
}

Test(cli, convert_a_workbook_soa)
{
	char *xlsx = data_path("soa-ja.xlsx"), *yaml = data_path("soa-ja.yaml");
	char *ja = tmp_path("ja.yaml"), *canon = tmp_path("soa.yaml");
	const char *from_xlsx[] = { "convert", "--kind", "assessment", xlsx, ja, NULL };
	const char *from_yaml[] = { "convert", yaml, canon, NULL };
	size_t len;
	char *a, *b;

	free(xwalk_ok(from_xlsx));
	free(xwalk_ok(from_yaml));
	a = slurp(ja, &len);
	b = slurp(canon, &len);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	free(ja);
	free(canon);
	free(xlsx);
	free(yaml);
}
