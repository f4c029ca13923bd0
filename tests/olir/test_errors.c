/* SPDX-License-Identifier: MIT */
/*
 * Bad input gets one exact error at its cell: a word OLIR does not have,
 * a strength off xwalk's scale, an id SP 800-53 cannot have, a column or
 * label given twice, a row naming too little, broken CSV, bad options.
 * A set OLIR cannot carry is refused on writing, never changed. Files
 * with no OLIR table are not taken for one.
 */
#include "helpers.h"

TestSuite(errors, .fini = scratch_remove);

#define HEADER "Focal Document Element,Rationale,Relationship,Reference Document Element," \
	"Strength of Relationship,Comments\n"
#define SIDES "olir:source=nist-csf-2.0,target=nist-sp800-53-r5"

struct bad {
	const char *text;
	const char *format;
	int code;
	unsigned line, column;
	const char *message;
};

static const struct bad bad_csv[] = {
	{ HEADER "GV.OC-01,Semantic,similar to,AC-01,,\n", SIDES, XW_EINVAL, 2, 19,
	  "relationship 'similar to' is not 'equal', 'subset of', 'superset of', "
	  "'intersects with' or 'not related to'" },
	{ HEADER "GV.OC-01,Intuitive,equal,AC-01,,\n", SIDES, XW_EINVAL, 2, 10,
	  "rationale 'Intuitive' is not 'Syntactic', 'Semantic' or 'Functional'" },
	{ HEADER "GV.OC-01,Semantic,equal,AC-01,12,\n", SIDES, XW_EINVAL, 2, 31,
	  "strength '12' is not a whole number from 0 to 10" },
	{ HEADER "GV.OC-01,Semantic,equal,AC-01,7.5,\n", SIDES, XW_EINVAL, 2, 31,
	  "strength '7.5' is not a whole number from 0 to 10" },
	{ HEADER "GV.OC-01,Semantic,equal,AC-2a,,\n", SIDES, XW_EINVAL, 2, 25,
	  "'AC-2a' is not an SP 800-53 control id (as 'AC-02(01)', 'AC-2(1)' or 'ac-2.1')" },
	{ HEADER "GV.OC-01;;GV.OC-02,Semantic,equal,AC-01,,\n", SIDES, XW_EINVAL, 2, 1,
	  "an empty id ('GV.OC-01;;GV.OC-02')" },
	{ HEADER "GV.OC-01,Semantic,equal,,,\n", SIDES, XW_EINVAL, 2, 25,
	  "the row names no reference document element; only a 'not related to' row "
	  "may leave one side empty" },
	{ HEADER ",Semantic,equal,AC-01,,\n", SIDES, XW_EINVAL, 2, 1,
	  "the row names no focal document element; only a 'not related to' row may "
	  "leave one side empty" },
	{ "Focal Document Element,Relationship,Reference Document Element\n"
	  "GV.OC-01,equal,AC-01\n", SIDES, XW_EINVAL, 2, 1,
	  "row 'olir-0001' has a relationship but no 'rationale' (syntactic, semantic or "
	  "functional)" },
	{ HEADER ",,not related to,,,Nothing\n", SIDES, XW_EINVAL, 2, 1,
	  "the row names no focal and no reference document element" },
	{ "Focal Document Element,Reference Document Element,\"Focal Document\nElement\"\n",
	  SIDES, XW_EINVAL, 1, 51,
	  "a second column headed 'Focal Document Element' (the first is column 1)" },
	{ HEADER "GV.OC-01,Semantic,equal,\"AC-01,,\n", SIDES, XW_ESYNTAX, 2, 25,
	  "quoted cell is never closed (its opening quote is here)" },
	{ HEADER "GV.OC-01,Semantic,equal,AC-01,,\xff\n", SIDES, XW_ESYNTAX, 2, 32,
	  "invalid UTF-8 (byte 0xFF)" },
	{ "xwalk Autor,me\n" HEADER, SIDES, XW_EINVAL, 1, 1,
	  "'xwalk Autor' is not a general information label xwalk writes" },
	{ "Comprehensive,maybe\n" HEADER, SIDES, XW_EINVAL, 1, 15, "'maybe' is not Yes or No" },
	{ "Comprehensive,yes\ncomprehensive:,no\n" HEADER, SIDES, XW_EINVAL, 2, 1,
	  "'Comprehensive' is given a second time" },
	{ "Focal Document,nist-csf-2.0\nxwalk Date,2026-13-01\n" HEADER,
	  "olir:target=nist-sp800-53-r5", XW_EINVAL, 2, 12, NULL },
	{ HEADER, "olir:sorce=x", XW_EUSAGE, 0, 0,
	  "an unknown option 'sorce=x' for the olir plugin; its options are source=ID, "
	  "source-version=V, target=ID and target-version=V" },
	{ HEADER, "olir:source", XW_EUSAGE, 0, 0,
	  "an option without '=' 'source' for the olir plugin; its options are source=ID, "
	  "source-version=V, target=ID and target-version=V" },
	{ HEADER, "olir:source=a, source=b", XW_EUSAGE, 0, 0,
	  "a second value in 'source=b' for the olir plugin; its options are source=ID, "
	  "source-version=V, target=ID and target-version=V" },
	{ HEADER, "olir:source=", XW_EUSAGE, 0, 0,
	  "an empty value in 'source=' for the olir plugin; its options are source=ID, "
	  "source-version=V, target=ID and target-version=V" },
};

Test(errors, bad_csv_is_refused_at_its_cell)
{
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	for (size_t i = 0; i < sizeof(bad_csv) / sizeof(bad_csv[0]); i++) {
		const struct bad *b = &bad_csv[i];
		char name[32], *path;
		struct xw_doc doc;
		struct xw_error e;

		snprintf(name, sizeof(name), "bad-%zu.csv", i);
		path = spit(name, b->text, strlen(b->text));
		cr_expect_eq(read_set(reg, path, b->format, &doc, &e), b->code,
			     "case %zu: %s", i, e.message);
		cr_expect_str_eq(e.file, path, "case %zu", i);
		cr_expect_eq(e.line, b->line, "case %zu: line %u", i, e.line);
		cr_expect_eq(e.column, b->column, "case %zu: column %u", i, e.column);
		if (b->message)
			cr_expect_str_eq(e.message, b->message, "case %zu", i);
		else
			cr_expect(strstr(e.message, "2026-13-01"), "case %zu: %s", i, e.message);
		free(path);
	}
	xw_registry_free(reg);
}

Test(errors, bad_workbooks_name_the_cell)
{
	static const char *const cases[][2] = {
		{ "bad-strength.xlsx", "Mapping!F4: strength '11' is not a whole number from 0 to 10" },
		{ "bad-twice.xlsx",
		  "Mapping!H3: a second column headed 'Rationale' (the first is column 3)" },
	};
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char *path = fixture(cases[i][0]);
		struct xw_doc doc;
		struct xw_error e;

		cr_expect_eq(read_set(reg, path, SIDES, &doc, &e), XW_EINVAL, "%s", cases[i][0]);
		cr_expect_str_eq(e.message, cases[i][1]);
		cr_expect_eq(e.line, 0);
		free(path);
	}
	xw_registry_free(reg);
}

/* A workbook or CSV file without the two element columns is not OLIR. */
Test(errors, other_files_are_not_taken_for_olir)
{
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	static const char other[] = "a,b\n1,2\n",
		half_text[] = "Focal Document Element,Comments\nGV.OC-01,x\n";
	char *book = fixture("not-olir.xlsx"), *csv = spit("other.csv", other, strlen(other));
	char *half = spit("half.csv", half_text, strlen(half_text));
	const char *const paths[] = { book, csv, half };

	for (size_t i = 0; i < 3; i++) {
		struct xw_doc doc;
		struct xw_error e;

		cr_expect_eq(read_set(reg, paths[i], NULL, &doc, &e), XW_EUNSUPPORTED,
			     "%s: %s", paths[i], e.message);
		cr_expect_eq(read_set(reg, paths[i], "olir", &doc, &e), XW_EUNSUPPORTED,
			     "%s: %s", paths[i], e.message);
	}
	free(half);
	free(csv);
	free(book);
	xw_registry_free(reg);
}

static const char set_head[] =
	"format: xwalk-mapping/1\nid: demo\nsource: {framework: demo-a, version: \"1\"}\n"
	"target: {framework: nist-sp800-53-r5, version: 5.2.0}\nauthor: tests\n"
	"method: human\nstatus: draft\n";

/* A set OLIR cannot carry is refused, with what and where. */
Test(errors, what_olir_cannot_carry_is_refused)
{
	static const char *const cases[][2] = {
		{ "rows:\n  - {id: r1, sources: [a;b], targets: [ac-1], relationship: related}\n",
		  "cannot write mapping set 'demo' as OLIR: row 'r1': id 'a;b' would not read back "
		  "the same (it holds ';', starts or ends with a blank, or is not in demo-a's "
		  "form)" },
		{ "rows:\n  - {id: r1, sources: [a], targets: [ac-2_smt.a], relationship: related}\n",
		  "cannot write mapping set 'demo' as OLIR: row 'r1': id 'ac-2_smt.a' would not "
		  "read back the same (it holds ';', starts or ends with a blank, or is not in "
		  "nist-sp800-53-r5's form)" },
		{ "rows:\n  - {id: r1, sources: [a], targets: [ac-1], relationship: related,"
		  " conditions: [\"one\\ntwo\"]}\n",
		  "cannot write mapping set 'demo' as OLIR: row 'r1': condition 'one\\ntwo' holds a "
		  "line break or starts or ends with a blank" },
		{ "title: {en: \"two\\nlines\"}\nrows: []\n",
		  "cannot write mapping set 'demo' as OLIR: its xwalk Title (en) 'two\\nlines' holds "
		  "a line break or a run of blanks" },
	};
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char text[1024], *in, *out = tmp_path("refused.csv");
		struct xw_doc doc;
		struct xw_error e;

		snprintf(text, sizeof(text), "%s%s", set_head, cases[i][0]);
		in = spit("refused.yaml", text, strlen(text));
		must_read(reg, in, "native", &doc);
		xw_error_clear(&e);
		cr_expect_eq(xw_registry_write(reg, &doc, out, "olir", &e), XW_EINVAL, "case %zu", i);
		cr_expect_str_eq(e.message, cases[i][1], "case %zu", i);
		cr_expect_neq(access(out, F_OK), 0, "case %zu: nothing is written", i);
		xw_doc_clear(&doc);
		free(in);
		free(out);
	}
	xw_registry_free(reg);
}

Test(errors, unknown_writer_option)
{
	char *path = src_path("tests/olir/data/features.yaml"), *out = tmp_path("x.ods");
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	must_read(reg, path, "native", &doc);
	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, &doc, out, "olir:ods", &e), XW_EUSAGE);
	cr_assert_str_eq(e.message, "an unknown option 'ods' for the olir writer; it takes csv "
			 "or xlsx (--to olir:xlsx)");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(out);
	free(path);
}

/* The plugin's own limits (docs/formats.md, "Limits and errors"). */
Test(errors, limits)
{
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	char text[8192], *path;
	struct xw_doc doc;
	struct xw_error e;
	size_t n;

	/* the header must be among the first 64 rows */
	n = 0;
	for (int i = 0; i < 64; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "note %d\n", i);
	snprintf(text + n, sizeof(text) - n, HEADER "GV.OC-01,Semantic,equal,AC-01,,\n");
	path = spit("deep.csv", text, strlen(text));
	cr_expect_eq(read_set(reg, path, SIDES, &doc, &e), XW_EUNSUPPORTED, "%s", e.message);
	free(path);

	/* 65 ids in one cell */
	n = (size_t)snprintf(text, sizeof(text), HEADER "GV.OC-01,Semantic,equal,\"");
	for (int i = 1; i <= 65; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%sAC-%d", i > 1 ? ";" : "", i);
	snprintf(text + n, sizeof(text) - n, "\",,\n");
	path = spit("many.csv", text, strlen(text));
	cr_expect_eq(read_set(reg, path, SIDES, &doc, &e), XW_EINVAL);
	cr_expect_str_eq(e.message, "more than 64 ids in one cell");
	free(path);

	/* an id of 128 bytes */
	snprintf(text, sizeof(text), HEADER "GV.OC-01,Semantic,equal,%0128d,,\n", 0);
	path = spit("long.csv", text, strlen(text));
	cr_expect_eq(read_set(reg, path, SIDES, &doc, &e), XW_EINVAL);
	cr_expect_str_eq(e.message, "an id longer than 127 bytes");
	free(path);
	xw_registry_free(reg);
}
