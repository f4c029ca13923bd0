/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the csv plugin in the build
 * tree: `xwalk convert` from YAML to CSV and back gives the canonical
 * YAML byte for byte, and CSV to CSV the same CSV.
 */

#include "helpers.h"

TestSuite(cli, .fini = scratch_remove);

static void convert(const char *from, const char *to, const char *in, const char *out)
{
	const char *args[] = { "convert", "--from", from, "--to", to, in, out, NULL };

	cr_assert_eq(run_xwalk(args), 0, "xwalk convert %s %s failed", in, out);
}

static void same_file(const char *a, const char *b)
{
	size_t na, nb;
	char *x = slurp(a, &na), *y = slurp(b, &nb);

	assert_bytes(x, na, y, nb, b);
	free(x);
	free(y);
}

/* YAML -> CSV -> YAML and CSV -> CSV, choosing formats as a user would. */
static void cli_round_trip(const char *input)
{
	char *canon = tmp_path("canonical.yaml"), *csv = tmp_path("table.csv");
	char *back = tmp_path("back.yaml"), *again = tmp_path("again.csv");
	const char *to_canon[] = { "convert", input, canon, NULL };
	const char *to_csv[] = { "convert", canon, csv, NULL };
	const char *to_yaml[] = { "convert", csv, back, NULL };

	cr_assert_eq(run_xwalk(to_canon), 0);
	cr_assert_eq(run_xwalk(to_csv), 0, "by the .csv extension");
	cr_assert_eq(run_xwalk(to_yaml), 0, "the CSV recognised by its content");
	same_file(canon, back);
	convert("csv", "csv", csv, again);
	same_file(csv, again);
	free(canon);
	free(csv);
	free(back);
	free(again);
}

Test(cli, nist_csf_round_trip)
{
	char *path = src_path("frameworks/nist-csf-2.0.yaml");

	cli_round_trip(path);
	free(path);
}

Test(cli, mapping_round_trip)
{
	char *path = data_path("mapping.yaml");

	cli_round_trip(path);
	free(path);
}

/*
 * The README's example, as written: scs-2026, profiles and level advice
 * and all, goes to CSV and back unchanged.
 */
Test(cli, readme_scs_2026)
{
	char *in = src_path("frameworks/scs-2026.yaml"), *canon = tmp_path("canonical.yaml");
	char *csv = tmp_path("scs-2026.csv"), *back = tmp_path("scs-2026.yaml");
	const char *to_canon[] = { "convert", in, canon, NULL };
	const char *to_csv[] = { "convert", in, csv, NULL };
	const char *to_yaml[] = { "convert", csv, back, NULL };
	char *table;
	size_t n;

	cr_assert_eq(run_xwalk(to_canon), 0);
	cr_assert_eq(run_xwalk(to_csv), 0, "xwalk convert frameworks/scs-2026.yaml scs-2026.csv");
	cr_assert_eq(run_xwalk(to_yaml), 0, "xwalk convert scs-2026.csv scs-2026.yaml");
	same_file(canon, back);
	table = slurp(csv, &n);
	cr_assert(strstr(table, "\r\n#advice.default,star3\r\n") &&
		  strstr(table, "\r\n#question,confidential-info\r\n"),
		  "scs-2026 has no level advice any more");
	free(table);
	free(back);
	free(csv);
	free(canon);
	free(in);
}
