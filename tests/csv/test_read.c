/* SPDX-License-Identifier: MIT */
/*
 * Reading CSV as standards staff produce it: Excel's BOM, CRLF, padded
 * rows, quoted cells; the kind decided by #format or by the header; and
 * the plugin's probe() and "not my kind" answers.
 */
#include "helpers.h"
#include "host.h"

TestSuite(read, .fini = scratch_remove);
TestSuite(probe, .fini = scratch_remove);

static void read_text(const char *csv, struct xw_doc *doc)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = spit("in.csv", csv, strlen(csv));

	must_read(reg, path, doc);
	free(path);
	xw_registry_free(reg);
}

Test(read, excel_mapping)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = data_path("mapping-excel.csv");
	const struct xw_mapping *m;
	const struct xw_row *r;
	struct xw_doc doc;

	must_read(reg, path, &doc);
	cr_assert_eq(doc.kind, XW_DOC_MAPPING);
	m = doc.mapping;
	cr_assert_str_eq(m->id, "iso27001-2022--scs-2026");
	cr_assert_str_eq(m->title.s[XW_LANG_JA], "ISO/IEC 27001 から ★ へ");
	cr_assert_null(m->title.s[XW_LANG_EN]);
	cr_assert_str_eq(m->source, "iso27001-2022");
	cr_assert_str_eq(m->source_version, "2022");
	cr_assert_str_eq(m->target_version, "2026-03-27");
	cr_assert_str_eq(xw_method_name(m->method), "human");
	cr_assert_eq(m->n_rows, 3, "blank and padded rows are skipped");

	r = m->rows[0];
	cr_assert_str_eq(r->id, "r0001");
	cr_assert_eq(r->line, 13);
	cr_assert_str_eq(r->justification,
			 "A.8.7 asks for \"malware protection\"; the criterion, only anti-malware.");
	cr_assert_eq(r->strength, 8);
	cr_assert_eq(r->conditions.n, 2, "a trailing line break adds no condition");
	cr_assert_str_eq(r->conditions.v[0], "the SoA marks A.8.7 applicable");
	cr_assert_str_eq(r->conditions.v[1], "the scope covers all sites");
	cr_assert_eq(r->review, XW_REVIEW_REVIEWED);
	cr_assert_str_eq(r->reviewer, "佐藤");
	cr_assert_str_eq(r->review_date, "2026-11-20");

	r = m->rows[1];
	cr_assert_eq(r->line, 16, "the quoted cell above spans three lines");
	cr_assert_eq(r->sources.n, 2, "ids are trimmed, empty ones dropped");
	cr_assert_str_eq(r->sources.v[0], "A.5.1");
	cr_assert_str_eq(r->sources.v[1], "A.5.2");
	cr_assert_eq(r->strength, XW_STRENGTH_NONE, "an empty cell is absent");
	cr_assert_null(r->justification);
	cr_assert_eq(r->review, XW_REVIEW_DRAFT);

	r = m->rows[2];
	cr_assert_eq(r->line, 18);
	cr_assert_eq(r->relationship, XW_REL_NONE);
	cr_assert_eq(r->rationale, XW_RATIONALE_UNSET);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

Test(read, line_breaks_in_quoted_cells)
{
	struct xw_doc doc;
	const struct xw_row *r;

	read_text("#format,xwalk-mapping/1\n"
		  "#id,m\n#source.framework,a\n#target.framework,b\n"
		  "#author,me\n#method,human\n#status,draft\n"
		  "id,sources,targets,relationship,rationale,justification,conditions\n"
		  "r1,x,y,related,semantic,\"one\r\ntwo\",\"first\r\nsecond\r\n\"\n",
		  &doc);
	r = doc.mapping->rows[0];
	cr_assert_str_eq(r->justification, "one\r\ntwo", "text keeps its line breaks");
	cr_assert_eq(r->conditions.n, 2, "CRLF also separates conditions");
	cr_assert_str_eq(r->conditions.v[0], "first");
	cr_assert_str_eq(r->conditions.v[1], "second");
	xw_doc_clear(&doc);
}

Test(read, review_hashes)
{
	struct xw_doc doc;
	const struct xw_row *r;
	char hex[17];

	read_text("#format,xwalk-mapping/1\n"
		  "#id,m\n#source.framework,a\n#target.framework,b\n"
		  "#author,me\n#method,human\n#status,draft\n"
		  "id,sources,targets,relationship,source-hashes,target-hashes\n"
		  "r1,x; y,z,no-relationship, x = 0123456789abcdef ;y=fedcba9876543210;,\n",
		  &doc);
	r = doc.mapping->rows[0];
	cr_assert_eq(r->source_hashes.n, 2, "blanks trimmed, empty entries dropped");
	cr_assert_str_eq(r->source_hashes.v[0].id, "x");
	xw_hash_hex(r->source_hashes.v[0].hash, hex);
	cr_assert_str_eq(hex, "0123456789abcdef");
	cr_assert_str_eq(r->source_hashes.v[1].id, "y");
	xw_hash_hex(r->source_hashes.v[1].hash, hex);
	cr_assert_str_eq(hex, "fedcba9876543210");
	cr_assert_eq(r->target_hashes.n, 0, "an empty cell is absent");
	xw_doc_clear(&doc);
}

Test(read, framework_with_profiles)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = data_path("framework-profiles.csv");
	const struct xw_framework *fw;
	struct xw_doc doc;

	must_read(reg, path, &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	fw = doc.framework;
	cr_assert_eq(fw->unknown.n, 2);
	cr_assert_str_eq(fw->unknown.v[1], "publisher");
	cr_assert_eq(fw->n_profiles, 3);
	cr_assert_str_eq(fw->profiles[0]->id, "basic");
	cr_assert_eq(fw->profiles[0]->assurance, XW_ASSURANCE_SELF_ASSESSMENT);
	cr_assert_str_eq(fw->profiles[1]->id, "plus");
	cr_assert_str_eq(fw->profiles[1]->extends_id, "basic");
	cr_assert(fw->profiles[1]->defined);
	cr_assert_str_eq(fw->profiles[2]->extends_id, "plus", "fields go to the last #profile");
	cr_assert_not(fw->profiles[2]->defined);
	cr_assert_str_eq(fw->profiles[2]->note.s[XW_LANG_EN], "Announced, not defined yet");
	cr_assert_eq(fw->n_items, 3);
	cr_assert(xw_item_in_profile(fw->items[1], 0));
	cr_assert(xw_item_in_profile(fw->items[1], 1), "plus extends basic");
	cr_assert(xw_item_in_profile(fw->items[0], 1), "a parent is in its children's profiles");
	cr_assert_not(xw_item_in_profile(fw->items[2], 0));
	cr_assert_str_eq(xw_props_get(&fw->items[0]->props, "area"), "north");
	cr_assert_null(xw_props_get(&fw->items[0]->props, "owner"));
	cr_assert_str_eq(xw_props_get(&fw->items[1]->props, "owner"), "IT");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/*
 * Level advice as someone might type it: the rows in any order, each
 * "#question.*" row filling the last "#question" row's question.
 */
Test(read, level_advice)
{
	const struct xw_framework *fw;
	const struct xw_question *q;
	struct xw_doc doc;

	read_text("#format,xwalk-framework/1\n#id,f\n#name.en,F\n#version,1\n"
		  "#id-pattern,[a-z]\n"
		  "#question,q1\n#question.if-yes,high\n#question.text.en,First?\n"
		  "#profile,low\n#profile,high\n#profile.extends,low\n"
		  "#advice.note.ja,注\n"
		  "#question,q2\n#question.text.ja,二つ目?\n#question.if-yes,high\n"
		  "#question.note.en,\"Asked, second\"\n"
		  "#advice.default,low\n"
		  "id,kind,profiles\na,item,high\n", &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	fw = doc.framework;
	cr_assert_str_eq(fw->advice_default_id, "low");
	cr_assert_eq(fw->advice_default, 0);
	cr_assert_str_eq(fw->advice_note.s[XW_LANG_JA], "注");
	cr_assert_null(fw->advice_note.s[XW_LANG_EN]);
	cr_assert_eq(fw->n_questions, 2);
	q = fw->questions[0];
	cr_assert_str_eq(q->id, "q1");
	cr_assert_str_eq(q->text.s[XW_LANG_EN], "First?");
	cr_assert_null(q->text.s[XW_LANG_JA]);
	cr_assert_eq(q->if_yes, 1, "'high' resolves though it comes later");
	cr_assert_eq(q->line, 6);
	q = fw->questions[1];
	cr_assert_str_eq(q->id, "q2");
	cr_assert_str_eq(q->text.s[XW_LANG_JA], "二つ目?");
	cr_assert_str_eq(q->note.s[XW_LANG_EN], "Asked, second");
	cr_assert_null(q->note.s[XW_LANG_JA]);
	cr_assert_eq(q->line, 13);
	cr_assert_eq(fw->n_profiles, 2);
	cr_assert_str_eq(fw->profiles[1]->extends_id, "low");
	xw_doc_clear(&doc);
}

Test(read, assessment_known_by_header)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = data_path("assessment.csv");
	const struct xw_assessment *a;
	struct xw_doc doc;

	must_read(reg, path, &doc);
	cr_assert_eq(doc.kind, XW_DOC_ASSESSMENT);
	a = doc.assessment;
	cr_assert_str_eq(a->framework, "iso27001-2022");
	cr_assert_str_eq(a->certificate.body, "Example Certification Body");
	cr_assert_str_eq(a->certificate.expires, "2028-03-31");
	cr_assert_null(a->certificate.number);
	cr_assert_eq(a->n_results, 2);
	cr_assert_str_eq(a->results[1]->note, "No physical monitoring, leased office");
	cr_assert_null(a->results[1]->evidence);
	cr_assert_eq(a->results[1]->line, 9);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

Test(read, header_decides_without_format)
{
	struct xw_doc doc;

	read_text("#id,demo\n#name.en,Demo\n#version,1\n#id-pattern,[a-z]\n"
		  "id,kind\na,item\n", &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	xw_doc_clear(&doc);
	read_text("#id,m\n#source.framework,a\n#target.framework,b\n"
		  "#author,me\n#method,human\n#status,draft\n"
		  "id,relationship,targets,sources\nr1,no-relationship,y,x\n", &doc);
	cr_assert_eq(doc.kind, XW_DOC_MAPPING);
	cr_assert_str_eq(doc.mapping->rows[0]->sources.v[0], "x");
	xw_doc_clear(&doc);
}

Test(read, format_row_wins_over_header)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	static const char csv[] = "#format,xwalk-framework/1\nid,kind,sources,targets\n";
	char *path = spit("in.csv", csv, strlen(csv));
	struct xw_error e;
	struct xw_doc doc;

	cr_assert_eq(read_doc(reg, path, NULL, &doc, &e), XW_EINVAL);
	cr_assert_str_eq(e.message, "unknown column 'sources' in a framework CSV");
	free(path);
	xw_registry_free(reg);
}

Test(read, metadata_only)
{
	struct xw_doc doc;

	read_text("\xEF\xBB\xBF#format,xwalk-mapping/1\r\n#id,m\r\n"
		  "#source.framework,a\r\n#target.framework,b\r\n"
		  "#author,me\r\n#method,hybrid\r\n#status,draft\r\n", &doc);
	cr_assert_eq(doc.kind, XW_DOC_MAPPING);
	cr_assert_eq(doc.mapping->n_rows, 0);
	xw_doc_clear(&doc);
}

Test(read, excel_padding_up_to_the_column_limit)
{
	char csv[2048] = "#format,xwalk-mapping/1\n#id,m\n#source.framework,a\n"
			 "#target.framework,b\n#author,me\n#method,human\n#status,draft\n"
			 "id,sources,targets,relationship,rationale\nr1,x,y,equal,semantic";
	struct xw_doc doc;

	/* 256 cells in all: Excel pads each row to the widest one */
	for (int i = 5; i < 256; i++)
		strcat(csv, ",");
	strcat(csv, "\n");
	read_text(csv, &doc);
	cr_assert_eq(doc.mapping->n_rows, 1);
	xw_doc_clear(&doc);
}

/* A file as the host hands it to a reader; free in.data when done. */
static struct xw_input input_of(const char *path)
{
	struct xw_input in;
	size_t len;

	in.path = path;
	in.data = (const unsigned char *)slurp(path, &len);
	in.size = len;
	return in;
}

Test(read, other_kinds_are_declined_silently)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, "csv");
	char *path = data_path("mapping-excel.csv");
	struct xw_input in = input_of(path);
	struct xw_error e;
	struct xw_call call = { path, 0, 0, &e };
	struct xw_framework *fw;
	struct xw_assessment *a;

	cr_assert_not_null(p);
	xw_error_clear(&e);
	cr_assert_eq(xw_framework_new(&fw, &e), 0);
	cr_assert_eq(xw_assessment_new(&a, &e), 0);
	cr_assert_eq(p->desc.read_framework(p->state, &call, &in, fw), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "");
	cr_assert_eq(p->desc.read_assessment(p->state, &call, &in, a), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "");
	cr_assert_eq(fw->n_items, 0, "nothing was built");
	xw_framework_free(fw);
	xw_assessment_free(a);
	free((void *)in.data);
	free(path);
	xw_registry_free(reg);
}

Test(read, unrecognised_table)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = spit("plain.csv", "a,b\n1,2\n", 8);
	struct xw_error e;
	struct xw_doc doc;

	cr_assert_eq(read_doc(reg, path, "csv", &doc, &e), XW_EUNSUPPORTED);
	cr_assert_eq(read_doc(reg, path, NULL, &doc, &e), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "no reader recognises this file (see 'xwalk plugins')");
	free(path);
	xw_registry_free(reg);
}

static int probe(const char *path, const char *text)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, "csv");
	struct xw_input in = { path, (const unsigned char *)text, strlen(text), "" };
	int score = p->desc.probe(p->state, &in);

	xw_registry_free(reg);
	return score;
}

Test(probe, scores)
{
	static const char mapping[] = "id,sources,targets\n";
	static const char framework[] = "\xEF\xBB\xBF#format,xwalk-framework/1\r\n";

	cr_assert_eq(probe("t.csv", mapping), 70);
	cr_assert_eq(probe("t.txt", mapping), 60);
	cr_assert_eq(probe("t.csv", framework), 70);
	cr_assert_eq(probe("t.csv", "#id,x\nitem,status\n"), 70);
	cr_assert_eq(probe("t.csv", "a,b\n1,2\n"), 0, "no known column");
	cr_assert_eq(probe("t.csv", "#format,xwalk-mapping/9\n"), 0, "unknown format");
	cr_assert_eq(probe("t.csv", "#id,\"open\n"), 0, "not CSV");
	cr_assert_eq(probe("t.yaml", "format: xwalk-framework/1\nid: x\n"), 0);
	cr_assert_eq(probe("t.csv", ""), 0);
}
