/* SPDX-License-Identifier: MIT */
/*
 * The plugin's small parts, compiled in from plugins/xlsx: sheet names
 * (checked against libxlsxwriter's own rules too) and the words of a
 * matrix cell.
 */
#include <criterion/criterion.h>
#include <string.h>
#include <xlsxwriter.h>

#include "xr_coverage.h"
#include "xr_names.h"

/* Whether libxlsxwriter would take @name for a new sheet. */
static void assert_valid(lxw_workbook *wb, const char *name)
{
	cr_assert_eq(workbook_validate_sheet_name(wb, name), LXW_NO_ERROR,
		     "libxlsxwriter refuses '%s'", name);
	cr_assert_not_null(workbook_add_worksheet(wb, name));
}

Test(names, cleans_truncates_and_numbers)
{
	static const struct {
		const char *wanted, *name;
	} cases[] = {
		{ "Mapping rows", "Mapping rows" },
		{ "mapping ROWS", "mapping ROWS (2)" },    /* Excel ignores case */
		{ "Mapping rows", "Mapping rows (3)" },
		{ "Coverage of scs-2026 by iso27001-2022", "Coverage of scs-2026 by iso2700" },
		{ "Coverage of scs-2026 by iso27001-2022", "Coverage of scs-2026 by iso (2)" },
		{ "a/b\\c?d*e:f[g]h", "a_b_c_d_e_f_g_h" },
		{ "'quoted'", "_quoted_" },
		{ "history", "history (2)" },             /* Excel keeps History */
		{ "", "Sheet" },
		{ NULL, "Sheet (2)" },
		/* 31 characters of three bytes each, then more */
		{ "項目ごとの再利用と評価の結果の一覧、項目ごとの再利用と評価の結果の一覧です",
		  "項目ごとの再利用と評価の結果の一覧、項目ごとの再利用と評価の結" },
		/* outside the BMP a character takes two of the 31 units */
		{ "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀", "😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀" },
	};
	struct xr_names names = { 0 };
	lxw_workbook *wb = workbook_new("/dev/null");
	char name[XR_NAME_SIZE];

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		cr_assert_eq(xr_names_make(&names, cases[i].wanted, name), 0);
		cr_assert_str_eq(name, cases[i].name, "from '%s'", cases[i].wanted);
		assert_valid(wb, name);
	}
	xr_names_free(&names);
	lxw_workbook_free(wb);
}

Test(coverage, reads_matrix_cells)
{
	static const struct {
		const char *text;
		bool ok, jointly;
		enum xr_coverage c;
	} cases[] = {
		{ "covered", true, false, XR_COVERED },
		{ "covered (jointly)", true, true, XR_COVERED },
		{ "partly covered", true, false, XR_PARTLY },
		{ "partly covered (jointly)", true, true, XR_PARTLY },
		{ "not covered", true, false, XR_NOT_COVERED },
		{ "unknown (jointly)", true, true, XR_UNKNOWN },
		{ "", false, false, XR_COVERED },
		{ "covered (jointly", false, false, XR_COVERED },
		{ "coveredX", false, false, XR_COVERED },
		{ "Covered", false, false, XR_COVERED },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		enum xr_coverage c = XR_UNKNOWN;
		bool jointly = false;

		cr_assert_eq(xr_coverage_parse(cases[i].text, &c, &jointly), cases[i].ok,
			     "'%s'", cases[i].text);
		if (cases[i].ok) {
			cr_assert_eq(c, cases[i].c, "'%s'", cases[i].text);
			cr_assert_eq(jointly, cases[i].jointly, "'%s'", cases[i].text);
		}
	}
}

Test(coverage, bands_strengths)
{
	cr_assert_eq(xr_band_of(-1), XR_BAND_MID);   /* none given */
	cr_assert_eq(xr_band_of(0), XR_BAND_LOW);
	cr_assert_eq(xr_band_of(3), XR_BAND_LOW);
	cr_assert_eq(xr_band_of(4), XR_BAND_MID);
	cr_assert_eq(xr_band_of(6), XR_BAND_MID);
	cr_assert_eq(xr_band_of(7), XR_BAND_HIGH);
	cr_assert_eq(xr_band_of(10), XR_BAND_HIGH);
}
