/* SPDX-License-Identifier: MIT */
/*
 * The plugin's small readers, compiled in from plugins/iso27001-soa:
 * control and clause numbers, dates, applicability and status words,
 * and the folding that compares headers.
 */
#include <criterion/criterion.h>
#include <criterion/parameterized.h>
#include <string.h>

#include "soa_date.h"
#include "soa_id.h"
#include "soa_text.h"
#include "soa_value.h"

struct id_case {
	const char *cell;
	enum soa_id kind;
	const char *id;
};

static const struct id_case ids[] = {
	{ "A.5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "A5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "a.5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "Annex A 5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "Annex A.5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "附属書A.5.1", SOA_ID_CONTROL, "A.5.1" },
	{ "付属書Ａ　５．１", SOA_ID_CONTROL, "A.5.1" },
	{ "A.05.01", SOA_ID_CONTROL, "A.5.1" },
	{ "Ａ．５．１", SOA_ID_CONTROL, "A.5.1" },
	{ "５．２３", SOA_ID_CONTROL, "A.5.23" },
	{ " A.8.34 ", SOA_ID_CONTROL, "A.8.34" },
	{ "A.8.34.", SOA_ID_CONTROL, "A.8.34" },
	{ "A.5.1 Policies for information security", SOA_ID_CONTROL, "A.5.1" },
	{ "5.1情報セキュリティのための方針群", SOA_ID_CONTROL, "A.5.1" },
	{ "A.5", SOA_ID_THEME, "A.5" },
	{ "A.8 Technological controls", SOA_ID_THEME, "A.8" },
	{ "4.1", SOA_ID_CLAUSE, "4.1" },
	{ "6.1.2", SOA_ID_CLAUSE, "6.1.2" },
	{ "9.3.3", SOA_ID_CLAUSE, "9.3.3" },
	{ "10.2", SOA_ID_CLAUSE, "10.2" },
	{ "4", SOA_ID_CLAUSE, "4" },
	{ "5 組織的管理策", SOA_ID_CLAUSE, "5" },
	{ "Clause 5.1", SOA_ID_CLAUSE, "5.1" },
	{ "箇条6.1.3", SOA_ID_CLAUSE, "6.1.3" },
	{ "A.5.1.1", SOA_ID_2013, "" },
	{ "A.18.2.3", SOA_ID_2013, "" },
	{ "12.1.2", SOA_ID_2013, "" },
	{ "A.9.4", SOA_ID_2013, "" },
	{ "A.12", SOA_ID_2013, "" },
	{ "14.2", SOA_ID_2013, "" },
	{ "A.5.38", SOA_ID_BAD, "" },
	{ "A.6.0", SOA_ID_BAD, "" },
	{ "A.5.1a", SOA_ID_BAD, "" },
	{ "A.4.1", SOA_ID_BAD, "" },
	{ "4.5", SOA_ID_BAD, "" },
	{ "Clause 5.4", SOA_ID_BAD, "" },
	{ "A.5.0001", SOA_ID_BAD, "" },
	{ "1.2.3.4", SOA_ID_BAD, "" },
	{ "組織的管理策", SOA_ID_TEXT, "" },
	{ "Annex A controls", SOA_ID_TEXT, "" },
	{ "Access control", SOA_ID_TEXT, "" },
	{ "3", SOA_ID_TEXT, "" },
	{ "2024年4月改訂", SOA_ID_TEXT, "" },
	{ "", SOA_ID_TEXT, "" },
};

/* Indices: Criterion's workers are processes of their own, where pointers do not hold. */
ParameterizedTestParameters(units, id)
{
	static size_t index[sizeof(ids) / sizeof(ids[0])];

	for (size_t i = 0; i < sizeof(index) / sizeof(index[0]); i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, sizeof(index) / sizeof(index[0]));
}

ParameterizedTest(size_t *i, units, id)
{
	const struct id_case *c = &ids[*i];
	char id[SOA_ID_MAX];

	cr_assert_eq(soa_id_parse(c->cell, id), c->kind, "'%s'", c->cell);
	cr_assert_str_eq(id, c->id, "'%s'", c->cell);
}

Test(units, dates)
{
	static const char *const good[][2] = {
		{ "2027-03-31", "2027-03-31" }, { "2027/3/31", "2027-03-31" },
		{ "2027/03/31", "2027-03-31" }, { "2027.3.1", "2027-03-01" },
		{ "2027年3月31日", "2027-03-31" }, { "2027 年 3 月 31 日", "2027-03-31" },
		{ "２０２７／０３／３１", "2027-03-31" }, { "令和9年3月31日", "2027-03-31" },
		{ "令和元年5月1日", "2019-05-01" }, { "平成31年4月30日", "2019-04-30" },
		{ "2028/2/29", "2028-02-29" },
	};
	static const char *const bad[] = {
		"2027-02-29", "2027/13/01", "2027-3-31x", "2027年3月31", "27/3/31",
		"31/03/2027", "46843", "", "2027-03", "2027/3-31",
	};
	char out[11];

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++) {
		cr_assert(soa_date(good[i][0], false, out), "'%s'", good[i][0]);
		cr_assert_str_eq(out, good[i][1], "'%s'", good[i][0]);
	}
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert(!soa_date(bad[i], false, out), "'%s' read as %s", bad[i], out);
}

/* Excel's serial days, 1900 system, its phantom 1900-02-29 included. */
Test(units, serial_dates)
{
	static const char *const serials[][2] = {
		{ "1", "1900-01-01" }, { "59", "1900-02-28" }, { "61", "1900-03-01" },
		{ "45748", "2025-04-01" }, { "46843", "2028-03-31" },
		{ "46843.75", "2028-03-31" }, { "2958465", "9999-12-31" },
	};
	char out[11];

	for (size_t i = 0; i < sizeof(serials) / sizeof(serials[0]); i++) {
		cr_assert(soa_date(serials[i][0], true, out), "'%s'", serials[i][0]);
		cr_assert_str_eq(out, serials[i][1], "'%s'", serials[i][0]);
	}
	cr_assert(!soa_date("60", true, out));
	cr_assert(!soa_date("0", true, out));
	cr_assert(!soa_date("2958466", true, out));
	cr_assert(soa_date("2027/3/31", true, out), "a written date is still read");
}

Test(units, fold)
{
	char f[64];

	cr_assert(soa_fold("Control No.", f, sizeof(f)));
	cr_assert_str_eq(f, "controlno");
	cr_assert(soa_fold("ＣＯＮＴＲＯＬ　ｎｏ", f, sizeof(f)));
	cr_assert_str_eq(f, "controlno");
	cr_assert(soa_fold("適用可否\n（○/×）", f, sizeof(f)));
	cr_assert_str_eq(f, "適用可否");
	cr_assert(soa_fold("【必須】適用・除外理由", f, sizeof(f)));
	cr_assert_str_eq(f, "適用除外理由");
	cr_assert(soa_fold("Applicable [Y/N]", f, sizeof(f)));
	cr_assert_str_eq(f, "applicable");
	cr_assert(!soa_fold("a long header that does not fit", f, 8));
}

Test(units, applicability)
{
	static const char *const yes[] = { "Yes", "y", "○", "〇", "✓", "適用", " 該当 " };
	static const char *const no[] = { "No", "N", "×", "N/A", "除外", "適用除外", "Excluded" };

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		cr_assert_eq(soa_applicable_of(yes[i]), SOA_APPLICABLE_YES, "'%s'", yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		cr_assert_eq(soa_applicable_of(no[i]), SOA_APPLICABLE_NO, "'%s'", no[i]);
	cr_assert_eq(soa_applicable_of(""), SOA_APPLICABLE_BLANK);
	cr_assert_eq(soa_applicable_of(" - "), SOA_APPLICABLE_BLANK);
	cr_assert_eq(soa_applicable_of("maybe"), SOA_APPLICABLE_BAD);
	cr_assert_eq(soa_applicable_of("X"), SOA_APPLICABLE_BAD, "x: yes or no? ask");
}

Test(units, statuses)
{
	static const struct {
		const char *cell;
		enum soa_status status;
	} cases[] = {
		{ "Implemented", SOA_STATUS_IMPLEMENTED }, { "実施済", SOA_STATUS_IMPLEMENTED },
		{ "導入済み", SOA_STATUS_IMPLEMENTED }, { "○", SOA_STATUS_IMPLEMENTED },
		{ "Partially", SOA_STATUS_PARTIAL }, { "Partially implemented", SOA_STATUS_PARTIAL },
		{ "一部実施", SOA_STATUS_PARTIAL }, { "△", SOA_STATUS_PARTIAL },
		{ "Not implemented", SOA_STATUS_NOT_IMPLEMENTED },
		{ "not-implemented", SOA_STATUS_NOT_IMPLEMENTED },
		{ "未実施", SOA_STATUS_NOT_IMPLEMENTED }, { "×", SOA_STATUS_NOT_IMPLEMENTED },
		{ "Planned", SOA_STATUS_PLANNED }, { "計画中", SOA_STATUS_PLANNED },
		{ "Planned (Q3 2027)", SOA_STATUS_PLANNED },
		{ "N/A", SOA_STATUS_NOT_APPLICABLE }, { "対象外", SOA_STATUS_NOT_APPLICABLE },
		{ "未着手", SOA_STATUS_NOT_IMPLEMENTED }, { "検討中", SOA_STATUS_PLANNED },
		{ "Unknown", SOA_STATUS_UNKNOWN }, { "", SOA_STATUS_BLANK },
		{ "―", SOA_STATUS_BLANK }, { "ーー", SOA_STATUS_BLANK },
		{ "Sort of", SOA_STATUS_BAD },
	};

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++)
		cr_assert_eq(soa_status_of(cases[i].cell), cases[i].status, "'%s'", cases[i].cell);
	cr_assert_str_eq(soa_status_name(SOA_STATUS_PLANNED), "not-implemented");
	cr_assert_str_eq(soa_status_name(SOA_STATUS_BLANK), "unknown");
}

static int match_applicable(const char *folded)
{
	return strcmp(folded, "applicable") == 0 ? 1 : strcmp(folded, "適用") == 0 ? 2 : -1;
}

/* A bilingual cell is found by its parts when every part is a name. */
Test(units, lookup)
{
	cr_assert_eq(soa_lookup("Applicable (Y/N)", match_applicable), 1);
	cr_assert_eq(soa_lookup("適用 / Applicable", match_applicable), 2);
	cr_assert_eq(soa_lookup("Applicable\n適用", match_applicable), 1);
	cr_assert_eq(soa_lookup("適用／Applicable", match_applicable), 2);
	cr_assert_eq(soa_lookup("評価基準\nApplicable", match_applicable), -1);
	cr_assert_eq(soa_lookup("", match_applicable), -1);
}

Test(units, join)
{
	const char *parts[] = { " first ", "", "　", "second" };
	char *s = soa_join(parts, 4, "\n");

	cr_assert_str_eq(s, "first\nsecond");
	free(s);
}
