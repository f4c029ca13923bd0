/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the informative references converted to a native mapping set, with the
 * warnings about what is left out; a missing target refused with one line
 * and exit status 1; NIST's text laid over the bundled catalog.
 */

#include "helpers.h"
#include "xwalk/io.h"

TestSuite(cli, .fini = scratch_remove, .timeout = 60);

/* How often @needle occurs in @s. */
static size_t occurrences(const char *s, const char *needle)
{
	size_t n = 0;

	for (; (s = strstr(s, needle)); s++)
		n++;
	return n;
}

Test(cli, references_to_a_native_set)
{
	char *path = fixture("synthetic.xlsx"), *out = tmp_path("out.yaml"), *yaml, *err, want[4096];
	const char *args[] = { "convert", "--from", ISO, "--kind", "mapping", path, out, NULL };

	cr_assert_eq(run_xwalk(args), 0);
	err = scratch_text("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: warning: 'CSF 2.0 Core'!D8: ISO/IEC 27001:2022 'Mandatory Clause: 6.11' "
		 "for GV.OC-02 names 6.11: ISO/IEC 27001:2022 has no such clause, left out\n", path);
	cr_expect_str_eq(err, want);
	yaml = scratch_text("out.yaml");
	cr_expect(strstr(yaml, "format: xwalk-mapping/1\nid: nist-csf-2.0--iso27001-2022\n"), "%s",
		  yaml);
	cr_expect_eq(occurrences(yaml, "\n  - id: nist-"), 10);
	cr_expect_eq(occurrences(yaml, "    relationship: related\n"), 10);
	free(yaml);
	free(err);
	free(out);
	free(path);
}

Test(cli, no_target)
{
	char *path = fixture("synthetic.xlsx"), *err, want[4096];
	const char *args[] = { "convert", "--from", "nist-cprt", "--kind", "mapping", path, "-",
			       NULL };

	cr_assert_eq(run_xwalk(args), 1);
	err = scratch_text("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: NIST's informative references name many schemes: choose one with "
		 "--from nist-cprt:target=TARGET, TARGET being iso27001-2022 (ISO/IEC 27001:2022) "
		 "or nist-sp800-53-r5 (SP 800-53 Rev 5.1.1)\n", path);
	cr_expect_str_eq(err, want);
	free(err);
	free(path);
}

/* Found by content, the export reads as the framework. */
Test(cli, framework_by_content)
{
	char *path = fixture("synthetic.xlsx"), *yaml;
	const char *args[] = { "convert", path, "-", NULL };

	cr_assert_eq(run_xwalk(args), 0);
	yaml = scratch_text("stdout");
	cr_expect(strstr(yaml, "format: xwalk-framework/1\nid: nist-csf-2.0\n"), "%s", yaml);
	cr_expect_eq(occurrences(yaml, "\n  - id: "), 11);
	free(yaml);
	free(path);
}

Test(cli, official_text_over_the_bundled_catalog)
{
	char *path = shared(EXPORT_2025), *err, want[4096];
	const char *args[] = { "--official", path, "show", "nist-csf-2.0:PR.AA", NULL };

	cr_assert_eq(run_xwalk(args), 0);
	err = scratch_text("stderr");
	snprintf(want, sizeof(want), "xwalk: %s: official text for 134 items of nist-csf-2.0\n",
		 path);
	cr_expect_str_eq(err, want);
	free(err);
	free(path);
}
