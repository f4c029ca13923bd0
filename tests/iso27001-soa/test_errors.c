/* SPDX-License-Identifier: MIT */
/*
 * SoAs that cannot be read, each read by content as xwalk reads them,
 * and each with its exact error: code, position and message.
 */
#include "helpers.h"

#include <criterion/parameterized.h>

struct refusal {
	const char *file;
	int code;
	unsigned line, column;   /* 0 0 for a workbook: the cell is in the message */
	const char *message;
};

#define LOOKED_FOR_APPLICABILITY \
	"'Applicable', 'Applicability', 'Applied', 'Selected', 'Included', " \
	"'Included/Excluded', '適用', '適用可否', '適用有無', '適用の有無', '適用要否', " \
	"'適用/除外', '採否', '採用'"
#define LOOKED_FOR_STATUS \
	"'Implemented', 'Implementation status', 'Implementation', " \
	"'Implementation state', 'Control status', 'Current status', '実施状況', " \
	"'導入状況', '実施状態', '導入状態', '対応状況', '実装状況', '実施有無', " \
	"'Status', '状況', '状態', 'ステータス'"
#define LOOKED_FOR_ID \
	"'Control No.', 'Control number', 'Control ID', 'Control ref.', " \
	"'Control reference', 'Annex A', 'Annex A No.', 'Annex A ref.', " \
	"'Annex A reference', 'Clause', '管理策番号', '管理策No.', '管理策ID', " \
	"'附属書A', '付属書A', '箇条', '条項', 'No.', 'Number', '番号', '項番', " \
	"'Control', 'Controls', 'Annex A control', '管理策', '附属書A管理策', '付属書A管理策'"

static const struct refusal refusals[] = {
	{ "bad-missing-column.csv", XW_EINVAL, 1, 1,
	  "the header row has no applicability or implementation status column; "
	  "looked for " LOOKED_FOR_APPLICABILITY "; or " LOOKED_FOR_STATUS },
	{ "bad-missing-id.xlsx", XW_EINVAL, 0, 0,
	  "SoA!A3: the header row has no control id column; looked for " LOOKED_FOR_ID },
	{ "bad-two-ids.csv", XW_EINVAL, 1, 13,
	  "a second column for the control id, '管理策番号' (the first is line 1, "
	  "column 1, 'Control No.')" },
	{ "bad-id.csv", XW_EINVAL, 3, 1,
	  "'A.5.1a' is not a control or clause of ISO/IEC 27001:2022: Annex A has "
	  "A.5.1 to A.5.37, A.6.1 to A.6.8, A.7.1 to A.7.14 and A.8.1 to A.8.34, "
	  "written A.5.1, 5.1, A5.1 or Annex A 5.1; clauses run from 4 to 10.2" },
	{ "bad-2013.csv", XW_EINVAL, 4, 1,
	  "'A.5.1.1' is numbered as in ISO/IEC 27001:2013 (114 controls, A.5.1.1 to "
	  "A.18.2.3); the 2013 edition is not supported. Migrate the SoA to the 2022 "
	  "edition's 93 controls (A.5.1 to A.8.34) first, with the correspondence "
	  "table in Annex B of ISO/IEC 27002:2022: xwalk does not guess the new numbers" },
	{ "bad-utf8.csv", XW_ESYNTAX, 3, 13, "invalid UTF-8 (byte 0x95)" },
	{ "bad-shift-jis.csv", XW_ESYNTAX, 1, 1, "invalid UTF-8 (byte 0x8A)" },
	{ "bad-quote.csv", XW_ESYNTAX, 2, 15,
	  "quote inside an unquoted cell; put the whole cell in quotes and write this "
	  "quote twice" },
	{ "bad-status.csv", XW_EINVAL, 3, 11,
	  "'Sort of' is not an implementation status of A.5.2; expected Implemented, "
	  "実施済, ○; Partially, 一部実施, △; Not implemented, 未実施, ×; Planned, 計画中; "
	  "N/A, 対象外; Unknown, 不明 (or the like)" },
	{ "bad-contradiction.csv", XW_EINVAL, 2, 11,
	  "'N/A' says A.5.1 is not applicable, but its applicability says 'Yes'" },
	{ "bad-date.csv", XW_EINVAL, 1, 22,
	  "'2028-02-30' is not a date for certificate.expires; write YYYY-MM-DD, "
	  "YYYY/MM/DD or YYYY年M月D日" },
	{ "bad-twice.csv", XW_EINVAL, 2, 21,
	  "certificate.number is given twice, differently: 'IS 2' here and 'IS 1' at "
	  "line 1, column 17" },
	{ "bad-meta-row.csv", XW_EINVAL, 1, 1,
	  "unknown metadata row '#certficate.body' in a Statement of Applicability; "
	  "known: #organisation, #scope, #date, #assessor, #certificate.body, "
	  "#certificate.number, #certificate.issued, #certificate.expires, "
	  "#certificate.scope, #framework" },
	{ "bad-duplicate.csv", XW_EINVAL, 3, 1,
	  "'5.1' is A.5.1 again (first at line 2, column 1)" },
	{ "bad-number-id.xlsx", XW_EINVAL, 0, 0,
	  "SoA!A3: '5.1' is A.5.1 again (first at SoA!A2); Excel keeps a number "
	  "typed as 5.10 as 5.1: give the id column the Text format" },
};

/* Indices: Criterion's workers are processes of their own, where pointers do not hold. */
ParameterizedTestParameters(errors, refused)
{
	static size_t index[sizeof(refusals) / sizeof(refusals[0])];

	for (size_t i = 0; i < sizeof(index) / sizeof(index[0]); i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, sizeof(index) / sizeof(index[0]));
}

ParameterizedTest(size_t *i, errors, refused)
{
	const struct refusal *r = &refusals[*i];
	struct xw_registry *reg = soa_registry();
	char *path = data_path(r->file);
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_as(reg, path, NULL, &doc, &e);

	cr_assert_eq(rc, r->code, "%s: %d %s", r->file, rc, e.message);
	cr_assert_str_eq(e.message, r->message, "%s", r->file);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(e.line, r->line, "%s: line %u", r->file, e.line);
	cr_assert_eq(e.column, r->column, "%s: column %u", r->file, e.column);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	free(path);
	xw_registry_free(reg);
}

/* A file of another kind is not the plugin's: XW_EUNSUPPORTED, with no message of its own. */
Test(errors, other_kinds_are_not_ours)
{
	static const char *const files[] = {
		"tests/csv/data/assessment.csv",             /* the csv plugin's */
		"tests/scs-excel/data/synthetic.xlsx",       /* another workbook */
		"frameworks/iso27001-2022.yaml",             /* no table at all */
	};
	struct xw_registry *reg = soa_registry();

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char *path = src_path(files[i]);
		struct xw_doc doc;
		struct xw_error e;
		int rc = read_as(reg, path, "iso27001-soa", &doc, &e);

		cr_assert_eq(rc, XW_EUNSUPPORTED, "%s: %s", files[i], e.message);
		/* the host may say that no reader fits; the plugin says nothing */
		cr_assert(!e.message[0] || strncmp(e.message, "plugin 'iso27001-soa' cannot read", 33) == 0,
			  "%s: %s", files[i], e.message);
		free(path);
	}
	xw_registry_free(reg);
}
