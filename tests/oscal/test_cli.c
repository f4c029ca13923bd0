/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * `convert CATALOG OUT --profiles FILE...` writes the catalog with its
 * baselines as profiles, and `show` (with XWALK_DATA_PATH at the folder
 * the native file was written to) lists them.
 */
#include <sys/stat.h>

#include "helpers.h"
#include "xwalk/io.h"

#define SP80053 "nist-sp800-53-r5"
#define TINY "example-tiny-catalog-rev-2"

/* The scratch folder is also the data folder: frameworks/ holds what
 * convert writes, for show. */
static void data_dir(void)
{
	char *fws = tmp_path("frameworks");

	cr_assert_eq(mkdir(fws, 0700), 0, "mkdir: %s", strerror(errno));
	free(fws);
	cr_assert_eq(setenv("XWALK_DATA_PATH", scratch(), 1), 0);
}

TestSuite(cli, .init = data_dir, .fini = scratch_remove, .timeout = 120);

static void expect_stderr(const char *want)
{
	char *err = scratch_text("stderr");

	cr_expect_str_eq(err, want);
	free(err);
}

/* The line tiny.xml's own dangling link earns, whatever is done with it. */
static void tiny_warning(char *buf, size_t size, const char *tiny)
{
	snprintf(buf, size, "xwalk: %s:74:1: warning: 'ex-1.2' links to '#nowhere', which "
		 "is not in this catalog; it is left out of replaced-by\n", tiny);
}

#define OSCAL_DIR "oscal/NIST_SP-800-53_rev5_"

Test(cli, baselines_then_show)
{
	char *cat = shared(OSCAL_DIR "catalog_5.0.1.xml");
	char *low = shared(OSCAL_DIR "LOW-baseline_profile_5.1.1.xml");
	char *mod = shared(OSCAL_DIR "MODERATE-baseline_profile_5.1.1.xml");
	char *high = shared(OSCAL_DIR "HIGH-baseline_profile_5.1.1.xml");
	char *out = tmp_path("frameworks/" SP80053 ".yaml"), *shown;
	const char *args[] = { "convert", cat, out, "--profiles", low, "--profiles", mod,
			       "--profiles", high, NULL };
	const char *show[] = { "show", SP80053, NULL };
	const char *show_item[] = { "show", SP80053 ":ac-2.1", NULL };
	struct xw_doc doc;
	struct xw_error e;
	const struct xw_framework *fw;

	cr_assert_eq(run_xwalk(args), 0);
	expect_stderr("");
	cr_assert_eq(xw_native_load(out, &doc, &e), 0, "%s", e.message);
	fw = doc.framework;
	cr_assert_eq(fw->n_profiles, 3);
	cr_expect_str_eq(fw->profiles[0]->id, "low");
	cr_expect_null(fw->profiles[0]->extends_id);
	cr_expect_str_eq(fw->profiles[1]->id, "moderate");
	cr_expect_str_eq(fw->profiles[1]->extends_id, "low");
	cr_expect_str_eq(fw->profiles[2]->id, "high");
	cr_expect_str_eq(fw->profiles[2]->extends_id, "moderate");
	cr_expect_eq(direct_members(fw, "low"), 149);
	cr_expect_eq(direct_members(fw, "moderate"), 287);
	cr_expect_eq(direct_members(fw, "high"), 370);
	xw_doc_clear(&doc);

	cr_assert_eq(run_xwalk(show), 0);
	expect_stderr("");
	shown = scratch_text("stdout");
	cr_expect(strstr(shown,
		"Profiles\n"
		"PROFILE   EXTENDS   ITEMS                     ASSURANCE  TITLE\n"
		"low                 149 control, 18 category             "
		"NIST Special Publication 800-53 Revision 5.1.1 LOW IMPACT BASELINE\n"
		"moderate  low       287 control, 18 category             "
		"NIST Special Publication 800-53 Revision 5.1.1 MODERATE IMPACT BASELINE\n"
		"high      moderate  370 control, 18 category             "
		"NIST Special Publication 800-53 Revision 5.1.1 HIGH IMPACT BASELINE\n"),
		"%s", shown);
	free(shown);

	cr_assert_eq(run_xwalk(show_item), 0);
	shown = scratch_text("stdout");
	cr_expect(strstr(shown, "\nprofiles    moderate high\n"), "%s", shown);
	free(shown);
	free(out);
	free(high);
	free(mod);
	free(low);
	free(cat);
}

Test(cli, tiny_profiles)
{
	char *cat = fixture("tiny.xml"), *base = fixture("profile.xml");
	char *all = fixture("profile-all.xml");
	char *out = tmp_path("frameworks/" TINY ".yaml"), *yaml, want[1024];
	const char *args[] = { "convert", cat, out, "--profiles", base, "--profiles", all, NULL };

	cr_assert_eq(run_xwalk(args), 0);
	tiny_warning(want, sizeof(want), cat);
	expect_stderr(want);
	yaml = scratch_text("frameworks/" TINY ".yaml");
	cr_expect(strstr(yaml,
		"profiles:\n"
		"  - id: example-baseline\n"
		"    title:\n"
		"      en: Example baseline\n"
		"  - id: example-everything\n"
		"    title:\n"
		"      en: \"Example: everything\"\n"
		"    extends: example-baseline\n"
		"items:\n"), "%s", yaml);
	cr_expect(strstr(yaml, "  - id: FN.X-01\n    parent: FN\n"), "%s", yaml);
	cr_expect(strstr(yaml, "    profiles: [example-baseline, example-everything]\n"),
		  "%s", yaml);
	free(yaml);
	free(out);
	free(all);
	free(base);
	free(cat);
}

/* A profile with a DOCTYPE fails the whole conversion: nothing written. */
Test(cli, doctype_profile_refused)
{
	char *cat = fixture("tiny.xml"), *bad = fixture("profile-doctype.xml");
	char *out = tmp_path("frameworks/" TINY ".yaml"), want[2048];
	const char *args[] = { "convert", cat, out, "--profiles", bad, NULL };
	size_t n;

	cr_assert_eq(run_xwalk(args), 1);
	tiny_warning(want, sizeof(want), cat);
	n = strlen(want);
	snprintf(want + n, sizeof(want) - n, "xwalk: %s:2:1: DOCTYPE not allowed: OSCAL "
		 "needs none, and xwalk never reads DTDs or expands entities\n", bad);
	expect_stderr(want);
	cr_expect_neq(access(out, F_OK), 0, "%s was written", out);
	free(out);
	free(bad);
	free(cat);
}
