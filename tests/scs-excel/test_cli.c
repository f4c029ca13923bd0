/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the workbook's official text laid over the whole bundled catalog, a filled-in
 * copy as the assessment of a gap report, and a hostile workbook refused
 * with one line and exit status 1.
 */

#include "helpers.h"
#include "xwalk/io.h"

TestSuite(cli, .fini = scratch_remove);

Test(cli, official_text_over_the_bundled_catalog)
{
	char *path = shared_path("scs-20260327-reconstructed.xlsx");
	const char *args[] = { "--official", path, "list", NULL };
	char *out, *err, want[4096];

	cr_assert_eq(run_xwalk(args), 0);
	out = scratch_text("stdout");
	err = scratch_text("stderr");
	cr_assert(strstr(out, "\nscs-2026 "), "%s", out);
	/* every bundled item got IPA's text, and the file has no other */
	snprintf(want, sizeof(want), "xwalk: %s: official text for 219 items of scs-2026\n", path);
	cr_assert_str_eq(err, want);
	free(out);
	free(err);
	free(path);
}

Test(cli, working_copy_as_the_assessment_of_a_gap_report)
{
	char *path = shared_path("scs-20260327-selfassessment-sample.xlsx");
	const char *args[] = { "gap", "--assessment", path, NULL };
	char *out, *line;

	cr_assert_eq(run_xwalk(args), 0);
	out = scratch_text("stdout");
	line = strstr(out, "star3: 81 items");
	cr_assert_not_null(line, "%s", out);
	*strchr(line, '\n') = '\0';
	/* the fixture's README: 30 ○, 20 △, 24 ✖ and 7 blank among the ★3 criteria */
	cr_assert(strstr(line, "30 satisfied") && strstr(line, "20 partly satisfied") &&
		  strstr(line, "24 not satisfied") && strstr(line, "7 no evidence"), "%s", line);
	free(out);
	free(path);
}

Test(cli, convert_warns_of_text_without_a_mark)
{
	char *path = synthetic_path(), *yaml = tmp_path("out.yaml"), *err, *out, want[4096];
	const char *args[] = { "convert", "--kind", "assessment", path, yaml, NULL };

	cr_assert_eq(run_xwalk(args), 0);
	err = scratch_text("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: warning: '評価 シート'!B7: criterion 1-2-1-1 has no 自己評価 mark, "
		 "so its 理由 and 根拠および実施する事 are not read\n", path);
	cr_assert_str_eq(err, want);
	out = scratch_text("out.yaml");
	cr_assert(strncmp(out, "format: xwalk-assessment/1\nframework: scs-2026\n", 47) == 0,
		  "%s", out);
	free(out);
	free(err);
	free(yaml);
	free(path);
}

Test(cli, hostile_workbook_is_one_line_and_status_1)
{
	char *path = hostile_path("bomb.xlsx"), *yaml = tmp_path("out.yaml"), *err, want[4096];
	const char *args[] = { "convert", path, yaml, NULL };

	cr_assert_eq(run_xwalk(args), 1);
	err = scratch_text("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: xl/sharedStrings.xml: zip entry inflates to more than the 2000 "
		 "bytes it declares (a zip bomb?)\n", path);
	cr_assert_str_eq(err, want);
	cr_assert_eq(access(yaml, F_OK), -1, "nothing is written");
	free(err);
	free(yaml);
	free(path);
}
