/* SPDX-License-Identifier: MIT */
/*
 * Check sheets that must be refused, each with its message and where it
 * points: line:column in a CSV file, the cell in the message for a
 * workbook. Also what is not a check sheet at all (no message: the host
 * tries other readers) and what probe() says.
 */
#include "helpers.h"
#include "xwalk/io.h"

static struct xw_registry *reg;

static void setup(void)
{
	reg = plugin_registry(JC_PLUGIN);
}

static void teardown(void)
{
	scratch_remove();
	xw_registry_free(reg);
}

TestSuite(errors, .init = setup, .fini = teardown);

#define HEAD "ラベル,No.,達成条件,レベル\n"

struct refusal {
	const char *name;            /* a file in the temporary folder, or in XLSX_DIR */
	const char *csv;             /* its text, for a CSV file */
	enum xw_doc_kind kind;
	int code;
	unsigned line, column;
	const char *message;
};

static const struct refusal cases[] = {
	{ "missing.csv", "ラベル,No.,レベル,達成基準\n1 方針,1,Lv1,x\n", XW_DOC_FRAMEWORK,
	  XW_EINVAL, 1, 5, "the header row has no column '達成条件'" },
	{ "bad-id.csv", HEAD "1 方針,1,a,Lv1\n1 方針,No.154,b,Lv1\n", XW_DOC_FRAMEWORK,
	  XW_EINVAL, 3, 6, "'No.154' is not an item number of the guideline (No.1 to No.153)" },
	{ "bad-id-answers.csv", "No.,レベル,回答\n1,Lv1,実施\n12a,Lv1,実施\n", XW_DOC_ASSESSMENT,
	  XW_EINVAL, 3, 1, "'12a' is not an item number of the guideline (No.1 to No.153)" },
	{ "utf8.csv", HEAD "1 方針,1,bad \xff byte,Lv1\n", XW_DOC_FRAMEWORK,
	  XW_ESYNTAX, 2, 12, "invalid UTF-8 (byte 0xFF)" },
	{ "level.csv", HEAD "1 方針,1,a,Lv4\n", XW_DOC_FRAMEWORK,
	  XW_EINVAL, 2, 10, "'Lv4' is not a level of No.1; expected Lv1, Lv2 or Lv3" },
	{ "answer.csv", "No.,レベル,回答\n1,Lv1, ◎\n", XW_DOC_ASSESSMENT, XW_EINVAL, 2, 7,
	  "' ◎' is not an answer for No.1: 実施 (or 実施済, ○), 一部実施 (or △), "
	  "未実施 (or ×), 対象外 (or 該当なし, －)" },
	{ "twice.csv", "No.,レベル,回答\n1,,実施\n\n2,,実施\nNo.1,,未実施\n", XW_DOC_ASSESSMENT,
	  XW_EINVAL, 5, 1, "No.1 is given twice (first in line 2)" },
	{ "again.csv", HEAD "1 方針,1,a,Lv1\n3 法令順守,9,b,Lv1\n1 方針,2,c,Lv2\n",
	  XW_DOC_FRAMEWORK, XW_EINVAL, 4, 1,
	  "label 1 begins again after other labels (first in line 2); a label's rows must "
	  "stand together" },
	{ "group.csv", HEAD "6-1,21,a,Lv3\n6-2,23,b,Lv2\n6-1,22,c,Lv3\n", XW_DOC_FRAMEWORK,
	  XW_EINVAL, 4, 1, "label group 6-1 begins again after others (first in line 2); a "
	  "group's rows must stand together" },
	{ "columns.csv", "No.,レベル,回答,自己評価\n1,Lv1,実施,実施\n", XW_DOC_ASSESSMENT,
	  XW_EINVAL, 1, 12, "'自己評価' is a second 回答 column (the first is line 1, column 9, '回答')" },
	{ "nolabel.csv", HEAD ",1,a,Lv1\n", XW_DOC_FRAMEWORK, XW_EINVAL, 2, 1,
	  "No.1 has no ラベル" },
	{ "label.csv", HEAD "25 方針,1,a,Lv1\n", XW_DOC_FRAMEWORK, XW_EINVAL, 2, 1,
	  "'25 方針' is not a label of the guideline for No.1 (1 to 24, or a sub-label "
	  "such as 6-1, then the name)" },
	{ "name.csv", HEAD "1 方針,1,a,Lv1\n1 法令順守,2,b,Lv2\n", XW_DOC_FRAMEWORK, XW_EINVAL,
	  3, 1, "the label name of 1 differs from its first row's, '方針'; merge the cells "
	  "or repeat the same text" },
	{ "purpose.csv", "ラベル,目的,No.,達成条件,レベル\n1 方針,p,1,a,Lv1\n1 方針,q,2,b,Lv2\n",
	  XW_DOC_FRAMEWORK, XW_EINVAL, 3, 6, "the 目的 of 1 differs from its first row's, 'p'; "
	  "merge the cells or repeat the same text" },
	/* found by a quiet first pass, reported by the second */
	{ "unclosed.csv", HEAD "1 方針,1,\"a,Lv1\n", XW_DOC_FRAMEWORK, XW_ESYNTAX, 2, 8,
	  "quoted cell is never closed (its opening quote is here)" },
	{ "bad-id.xlsx", NULL, XW_DOC_FRAMEWORK, XW_EINVAL, 0, 0,
	  "'チェック シート'!A6: 'No.3a' is not an item number of the guideline (No.1 to No.153)" },
	{ "bad-utf8.xlsx", NULL, XW_DOC_FRAMEWORK, XW_ESYNTAX, 0, 0,
	  "xl/sharedStrings.xml:4:72: invalid UTF-8 (byte 0xFF)" },
};

static char *case_path(const struct refusal *r)
{
	return r->csv ? spit(r->name, r->csv, strlen(r->csv)) : join(XLSX_DIR, r->name);
}

Test(errors, each_is_refused_where_it_goes_wrong)
{
	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		const struct refusal *r = &cases[i];
		char *path = case_path(r);
		struct xw_doc doc;
		struct xw_error e;
		int rc = read_as(reg, path, r->kind, &doc, &e);

		cr_assert_eq(rc, r->code, "%s: %d %s", r->name, rc, e.message);
		cr_assert_str_eq(e.message, r->message, "%s", r->name);
		cr_assert_str_eq(e.file, path);
		cr_assert_eq(e.line, r->line, "%s: line %u", r->name, e.line);
		cr_assert_eq(e.column, r->column, "%s: column %u", r->name, e.column);
		cr_assert_eq(doc.kind, XW_DOC_NONE);
		free(path);
	}
}

/* Read with the plugin named, as `--from jama-checksheet` does. */
static int read_named(const char *path, enum xw_doc_kind kind)
{
	struct xw_doc doc;
	struct xw_error e;
	int rc;

	xw_error_clear(&e);
	rc = xw_registry_read(reg, path, "jama-checksheet", kind, &doc, &e);
	xw_doc_clear(&doc);
	return rc;
}

Test(errors, what_is_no_check_sheet_is_not_ours)
{
	static const char notours[] = "a,b\n1,2\n", blank[] = HEAD "1 方針,1,a,Lv1\n";
	char *p = spit("notours.csv", notours, strlen(notours));
	char *q = spit("blank.csv", blank, strlen(blank));

	cr_assert_eq(read_named(p, XW_DOC_FRAMEWORK), XW_EUNSUPPORTED);
	cr_assert_eq(read_named(p, XW_DOC_ASSESSMENT), XW_EUNSUPPORTED);
	/* a sheet without answers is a catalog, and no assessment */
	cr_assert_eq(read_named(q, XW_DOC_ASSESSMENT), XW_EUNSUPPORTED);
	cr_assert_eq(read_named(q, XW_DOC_FRAMEWORK), 0);
	free(p);
	free(q);
}

static int probe(const char *path)
{
	const struct xw_plugin *p = xw_registry_find(reg, "jama-checksheet");
	struct xw_input in = { .path = path, .options = "" };
	struct xw_error e;
	char *buf;
	int score;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &in.size, &e), 0, "%s",
		     e.message);
	in.data = (const unsigned char *)buf;
	score = p->desc.probe(p->state, &in);
	free(buf);
	return score;
}

Test(errors, probe_wants_a_no_and_a_level_column)
{
	static const char answers[] = "No.,回答\n1,実施\n";
	char *csv = sheet_path(0), *xlsx = sheet_path(1);
	char *only = spit("answers-only.csv", answers, strlen(answers));
	char *bad = join(XLSX_DIR, "bad-utf8.xlsx");

	cr_assert_eq(probe(csv), 80);
	cr_assert_eq(probe(xlsx), 80);
	cr_assert_eq(probe(only), 0, "no level column");
	cr_assert_eq(probe(bad), 5, "a workbook it cannot read: reading it says why");
	free(csv);
	free(xlsx);
	free(only);
	free(bad);
}
