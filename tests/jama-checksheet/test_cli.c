/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the synthetic check sheet as the assessment of a ★3 gap report, its
 * answers carried to the ★ criteria by the bundled
 * jama-japia-2.2 → scs-2026 mapping set.
 */

#include "helpers.h"
#include "xwalk/io.h"

TestSuite(cli, .fini = scratch_remove);

Test(cli, check_sheet_as_the_assessment_of_a_star3_gap_report)
{
	char *path = sheet_path(0), *out, *err, want[4096];
	const char *args[] = { "gap", "--assessment", path, "--profile", "star3",
			       "--date", "2026-11-27", NULL };

	cr_assert_eq(run_xwalk(args), 0);
	out = scratch_text("stdout");
	err = scratch_text("stderr");
	/* the sheet is the result used, on framework jama-japia-2.2 */
	snprintf(want, sizeof(want), "\n%s  jama-japia-2.2 ", path);
	cr_assert(strstr(out, want), "%s", out);
	cr_assert(strstr(out, "Report date: 2026-11-27\n"), "%s", out);
	/* answers reach the ★ criteria through the mapping set's rows */
	cr_assert(strstr(out, "No.13 implemented (row jama-004: No.13 superset-of)"), "%s", out);
	cr_assert(strstr(out, "No.15 partial (row jama-006: No.15 intersects-with)"), "%s", out);
	cr_assert(strstr(out, "\nstar3: 81 items: 8 satisfied (8 of them conditional), "
			      "5 partly satisfied, 1 not satisfied, 67 no evidence"), "%s", out);
	/* No.142's comment without an answer is the only thing said on stderr */
	snprintf(want, sizeof(want), "xwalk: %s:24:77: warning: No.142 has no answer, "
		 "so its 備考 is not read\n", path);
	cr_assert_str_eq(err, want);
	free(out);
	free(err);
	free(path);
}
