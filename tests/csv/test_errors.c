/* SPDX-License-Identifier: MIT */
/*
 * What goes wrong, and where: each bad file gives its error code, its
 * line and column (characters, 1-based) and its exact message. Then the
 * limits, and the values the writer refuses rather than change.
 */
#include <stddef.h>
#include <stdint.h>

#include "helpers.h"
#include "host.h"

#include <criterion/redirect.h>

TestSuite(errors, .fini = scratch_remove);
TestSuite(limits, .fini = scratch_remove);
TestSuite(write, .fini = scratch_remove);

/* Seven metadata rows of a valid mapping set; the header is line 8. */
#define MAPPING "#format,xwalk-mapping/1\n#id,m\n#source.framework,a\n" \
		"#target.framework,b\n#author,me\n#method,human\n#status,draft\n"
#define ROWS MAPPING "id,sources,targets,relationship,justification,rationale\n"
/* Five metadata rows of a valid framework; the header is line 6. */
#define FRAMEWORK "#format,xwalk-framework/1\n#id,f\n#name.en,F\n" \
		  "#version,1\n#id-pattern,[a-z]\n"

static void expect_n(const char *csv, size_t len, int code, unsigned line,
		     unsigned column, const char *message)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = spit("in.csv", csv, len);
	struct xw_error e;
	struct xw_doc doc;

	cr_assert_eq(read_doc(reg, path, "csv", &doc, &e), code,
		     "got %d: %s", e.code, e.message);
	cr_assert_eq(e.code, code);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(e.line, line, "line %u, expected %u (%s)", e.line, line, e.message);
	cr_assert_eq(e.column, column, "column %u, expected %u (%s)", e.column,
		     column, e.message);
	cr_assert_str_eq(e.message, message);
	free(path);
	xw_registry_free(reg);
}

static void expect(const char *csv, int code, unsigned line, unsigned column,
		   const char *message)
{
	expect_n(csv, strlen(csv), code, line, column, message);
}

/* --- syntax -------------------------------------------------------------- */

Test(errors, unterminated_quote_points_at_its_opening)
{
	expect(ROWS "r1,x,y,equal,\"never closed\nstill open\n", XW_ESYNTAX, 9, 14,
	       "quoted cell is never closed (its opening quote is here)");
}

Test(errors, stray_quote_in_unquoted_cell)
{
	expect(ROWS "r1,x,y,equal,say \"hi\"\n", XW_ESYNTAX, 9, 18,
	       "quote inside an unquoted cell; put the whole cell in quotes "
	       "and write this quote twice");
}

Test(errors, text_after_closing_quote)
{
	expect(ROWS "r1,x,y,equal,\"x\"y\n", XW_ESYNTAX, 9, 17,
	       "text after the closing quote of a quoted cell; "
	       "write a quote inside a quoted cell twice");
}

Test(errors, invalid_utf8)
{
	expect(ROWS "r1,x,y,equal,caf\xC3\n", XW_ESYNTAX, 9, 17,
	       "invalid UTF-8 (byte 0xC3)");
}

Test(errors, columns_count_from_after_the_bom)
{
	expect("\xEF\xBB\xBF#id,\xFF\n", XW_ESYNTAX, 1, 5, "invalid UTF-8 (byte 0xFF)");
	expect("\xEF\xBB\xBF" ROWS "r1,x,y,equal,\"x\"y\n", XW_ESYNTAX, 9, 17,
	       "text after the closing quote of a quoted cell; "
	       "write a quote inside a quoted cell twice");
}

/* --- header -------------------------------------------------------------- */

Test(errors, more_cells_than_the_header)
{
	/* an empty cell past the header is Excel's padding and is fine */
	expect(ROWS "r1,x,y,equal,j,semantic,,extra\n", XW_EINVAL, 9, 26,
	       "this row has a value in column 8, but the header names only 6 columns");
}

Test(errors, unknown_column_with_suggestion)
{
	expect(MAPPING "id,sources,targets,relationship,justifcation\n", XW_EINVAL,
	       8, 33,
	       "unknown column 'justifcation' in a mapping set CSV (did you mean 'justification'?)");
}

Test(errors, unknown_props_column)
{
	expect(FRAMEWORK "id,kind,prop.area\n", XW_EINVAL, 6, 9,
	       "unknown column 'prop.area' in a framework CSV (did you mean 'props.area'?)");
	expect(FRAMEWORK "id,kind,xyzzy\n", XW_EINVAL, 6, 9,
	       "unknown column 'xyzzy' in a framework CSV");
	expect(FRAMEWORK "id,kind,props.\n", XW_EINVAL, 6, 9,
	       "unknown column 'props.' in a framework CSV");
}

Test(errors, duplicate_column)
{
	expect(MAPPING "id,sources,targets,sources\n", XW_EINVAL, 8, 20,
	       "column 'sources' appears twice in the header (first as column 2)");
	expect(FRAMEWORK "id,kind,props.a,props.b,props.a\n", XW_EINVAL, 6, 25,
	       "column 'props.a' appears twice in the header (first as column 3)");
}

Test(errors, column_without_name)
{
	expect(MAPPING "id,,sources,targets\n", XW_EINVAL, 8, 4,
	       "column 2 of the header has no name");
}

/* --- metadata ------------------------------------------------------------ */

Test(errors, unknown_metadata_with_suggestion)
{
	expect("#format,xwalk-framework/1\n#nmae.ja,x\n", XW_EINVAL, 2, 1,
	       "unknown metadata row '#nmae.ja' in a framework CSV (did you mean '#name.ja'?)");
}

Test(errors, duplicate_metadata)
{
	expect("#format,xwalk-mapping/1\n#id,a\n#author,me\n#id,b\n", XW_EINVAL, 4, 1,
	       "'#id' is given twice (first on line 2)");
	expect("#format,xwalk-framework/1\n#profile,a\n#profile.title.en,A\n"
	       "#profile.title.en,B\n", XW_EINVAL, 4, 1,
	       "'#profile.title.en' is given twice (first on line 3)");
	expect("#format,xwalk-framework/1\n#question,q\n#question.if-yes,a\n"
	       "#question.if-yes,b\n", XW_EINVAL, 4, 1,
	       "'#question.if-yes' is given twice (first on line 3)");
	expect("#format,xwalk-framework/1\n#advice.default,a\n#question,q\n"
	       "#advice.default,b\n", XW_EINVAL, 4, 1,
	       "'#advice.default' is given twice (first on line 2)");
}

Test(errors, unknown_advice_rows_with_suggestion)
{
	expect("#format,xwalk-framework/1\n#question,q\n#question.if-no,a\n",
	       XW_EINVAL, 3, 1,
	       "unknown metadata row '#question.if-no' in a framework CSV "
	       "(did you mean '#question.if-yes'?)");
	expect("#format,xwalk-framework/1\n#advice.defualt,a\n", XW_EINVAL, 2, 1,
	       "unknown metadata row '#advice.defualt' in a framework CSV "
	       "(did you mean '#advice.default'?)");
}

Test(errors, profile_field_before_profile)
{
	expect("#format,xwalk-framework/1\n#profile.extends,star3\n", XW_EINVAL, 2, 1,
	       "'#profile.extends' comes before any '#profile,ID' row");
}

/* Each group has its own start row: a "#profile" row starts no question. */
Test(errors, question_field_before_question)
{
	expect("#format,xwalk-framework/1\n#profile,a\n#question.text.en,Q?\n",
	       XW_EINVAL, 3, 1,
	       "'#question.text.en' comes before any '#question,ID' row");
	expect("#format,xwalk-framework/1\n#question,q\n#profile.extends,a\n",
	       XW_EINVAL, 3, 1,
	       "'#profile.extends' comes before any '#profile,ID' row");
}

/* The checks after reading point at the question's "#question" row. */
Test(errors, incomplete_question)
{
	expect(FRAMEWORK "#profile,a\n#question,q\n#question.text.en,Q?\nid,kind\n",
	       XW_EINVAL, 7, 1, "an advice question needs 'id' and 'if-yes'");
	expect(FRAMEWORK "#profile,a\n#question,q\n#question.if-yes,b\nid,kind\n",
	       XW_EINVAL, 7, 1, "question 'q': 'if-yes' names unknown profile 'b'");
}

Test(errors, metadata_row_with_three_cells)
{
	expect("#format,xwalk-mapping/1\n#id,a,b\n", XW_EINVAL, 2, 7,
	       "a metadata row has two cells, '#id' and its value");
}

Test(errors, unknown_format)
{
	expect("#format,xwalk-mapping/2\n", XW_EINVAL, 1, 9,
	       "unknown format 'xwalk-mapping/2'; expected xwalk-framework/1, "
	       "xwalk-mapping/1 or xwalk-assessment/1");
}

/* --- values, checked by the host's setters at the cell ------------------- */

Test(errors, review_hashes_not_id_and_hex)
{
	expect(MAPPING "id,sources,targets,relationship,source-hashes\n"
	       "r1,x,y,no-relationship,x=0123456789abcdef; y 0123456789abcdef\n",
	       XW_EINVAL, 9, 24,
	       "'y 0123456789abcdef' in 'source-hashes' is not ID=HEX "
	       "(an item id, '=' and its text hash)");
	expect(MAPPING "id,sources,targets,relationship,target-hashes\n"
	       "r1,x,y,no-relationship, =0123456789abcdef\n",
	       XW_EINVAL, 9, 24,
	       "'=0123456789abcdef' in 'target-hashes' has no item id before the '='");
	expect(MAPPING "id,sources,targets,relationship,target-hashes\n"
	       "r1,x,y,no-relationship,y=0123456789ABCDEF\n",
	       XW_EINVAL, 9, 24,
	       "text hash '0123456789ABCDEF' is not 16 lower-case hex digits");
}

Test(errors, bad_value_in_a_cell)
{
	expect(MAPPING "id,sources,targets,relationship\nr1,x,y,equl\n", XW_EINVAL,
	       9, 8, "'equl' is not a valid relationship (did you mean 'equal'?)");
}

Test(errors, bad_value_in_metadata)
{
	expect("#format,xwalk-mapping/1\n#date,2026-13-01\n", XW_EINVAL, 2, 7,
	       "'2026-13-01' is not a date (YYYY-MM-DD)");
}

Test(errors, checks_after_reading_name_the_row)
{
	expect(MAPPING "id,sources,targets,relationship\nr1,x,y,no-relationship\n"
	       "r1,x,z,no-relationship\n", XW_EINVAL, 10, 1,
	       "row 'r1' has the same id as an earlier row");
}

/* --- limits -------------------------------------------------------------- */

static void expect_reads(const char *csv, size_t len)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *path = spit("in.csv", csv, len);
	struct xw_error e;
	struct xw_doc doc;

	cr_assert_eq(read_doc(reg, path, "csv", &doc, &e), 0, "%u:%u: %s",
		     e.line, e.column, e.message);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

Test(limits, columns)
{
	char csv[2048] = ROWS;

	/* the 257th cell starts at column 2 * 256 + 1 */
	for (int i = 0; i < 257; i++)
		strcat(csv, i ? ",a" : "a");
	strcat(csv, "\n");
	expect(csv, XW_ELIMIT, 9, 513, "more than 256 cells in a row");
}

/* ROWS, then a row whose justification is @n bytes long. */
static char *long_cell(size_t n, size_t *len)
{
	static const char head[] = ROWS "r1,x,y,equal,", tail[] = ",semantic\n";
	char *csv = malloc(sizeof(head) + n + sizeof(tail));

	cr_assert(csv != NULL);
	memcpy(csv, head, sizeof(head) - 1);
	memset(csv + sizeof(head) - 1, 'j', n);
	memcpy(csv + sizeof(head) - 1 + n, tail, sizeof(tail));
	*len = sizeof(head) - 1 + n + sizeof(tail) - 1;
	return csv;
}

Test(limits, cell_size)
{
	size_t len;
	char *csv = long_cell((size_t)1 << 20, &len);

	expect_reads(csv, len);
	free(csv);
	csv = long_cell(((size_t)1 << 20) + 1, &len);
	expect_n(csv, len, XW_ELIMIT, 9, 14, "cell is longer than 1048576 bytes (1 MiB)");
	free(csv);
}

/* ROWS and then blank lines, @n lines in all; blank rows count too. */
static char *many_rows(size_t n, size_t *len)
{
	static const char head[] = ROWS;
	size_t lines = 8;  /* in head */
	char *csv = malloc(sizeof(head) + n);

	cr_assert(csv != NULL && n > lines);
	memcpy(csv, head, sizeof(head) - 1);
	memset(csv + sizeof(head) - 1, '\n', n - lines);
	*len = sizeof(head) - 1 + n - lines;
	return csv;
}

Test(limits, rows)
{
	size_t len;
	char *csv = many_rows(1000000, &len);

	expect_reads(csv, len);
	free(csv);
	csv = many_rows(1000001, &len);
	expect_n(csv, len, XW_ELIMIT, 1000001, 1, "more than 1000000 rows");
	free(csv);
}

/* --- writing ------------------------------------------------------------- */

/* Reads @path, writes it as CSV and expects @code with @message. */
static void expect_write_error(const char *path, int code, const char *message)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *out = tmp_path("out.csv");
	struct xw_error e;
	struct xw_doc doc;

	must_read(reg, path, &doc);
	xw_error_clear(&e);
	cr_assert_eq(xw_registry_write(reg, &doc, out, NULL, &e), code, "%s", e.message);
	cr_assert_str_eq(e.message, message);
	cr_assert_neq(access(out, F_OK), 0, "a failed write leaves no file");
	xw_doc_clear(&doc);
	free(out);
	xw_registry_free(reg);
}

static void expect_yaml_write_error(const char *yaml, int code, const char *message)
{
	char *path = spit("in.yaml", yaml, strlen(yaml));

	expect_write_error(path, code, message);
	free(path);
}

#define MAPPING_YAML                                                        \
	"format: xwalk-mapping/1\nid: m\nsource: {framework: a}\n"          \
	"target: {framework: b}\nauthor: me\nmethod: human\nstatus: draft\n"  \
	"rows:\n"

/* The size of a host table that ends with @fn. */
#define TABLE_END(fn) (offsetof(struct xw_host, fn) + sizeof(xw_host_table.fn))
/* ABI 1.0's table ends with write(); 1.1's first one, before level advice, with row_hash_get(). */
#define ABI_1_0 TABLE_END(write)
#define ABI_1_1_BEFORE_ADVICE TABLE_END(row_hash_get)

/*
 * This xwalk's host table cut to an older one's @size bytes; the
 * functions past them are NULL, so that calling one crashes the test.
 */
static struct xw_host old_host(uint32_t minor, size_t size)
{
	struct xw_host old = xw_host_table;

	old.abi_minor = minor;
	old.struct_size = (uint32_t)size;
	memset((char *)&old + size, 0, sizeof(old) - size);
	return old;
}

/*
 * The plugin loaded by @host writes the document at @path, returning
 * the writer's result; the output, if any, goes to *@csv.
 */
static int write_on_host(const struct xw_host *host, const char *path,
			 struct xw_buf *csv, struct xw_error *e)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, "csv");
	struct xw_output out = { XW_BUF_INIT, NULL, "" };
	struct xw_call call = { "out.csv", 0, 0, e };
	struct xw_doc doc;
	void *state;
	int rc;

	cr_assert_not_null(p);
	cr_assert_eq(p->desc.init(host, &state), 0, "an older host loads the plugin");
	must_read(reg, path, &doc);
	xw_error_clear(e);
	rc = doc.kind == XW_DOC_FRAMEWORK
		     ? p->desc.write_framework(state, &call, doc.framework, &out)
		     : p->desc.write_mapping(state, &call, doc.mapping, &out);
	p->desc.fini(state);
	*csv = out.buf;
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	return rc;
}

/* The plugin loaded by @host reads @csv as a framework. */
static int read_on_host(const struct xw_host *host, const char *csv,
			struct xw_error *e)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, "csv");
	struct xw_input in = { "in.csv", (const unsigned char *)csv, strlen(csv), "" };
	struct xw_call call = { "in.csv", 0, 0, e };
	struct xw_framework *fw;
	void *state;
	int rc;

	cr_assert_not_null(p);
	cr_assert_eq(p->desc.init(host, &state), 0, "an older host loads the plugin");
	xw_error_clear(e);
	cr_assert_eq(xw_framework_new(&fw, e), 0);
	rc = p->desc.read_framework(state, &call, &in, fw);
	p->desc.fini(state);
	xw_framework_free(fw);
	xw_registry_free(reg);
	return rc;
}

Test(write, old_host_refuses_profiles)
{
	struct xw_host old = old_host(0, ABI_1_0);
	char *path = data_path("framework-profiles.csv");
	struct xw_buf csv;
	struct xw_error e;

	cr_assert_eq(write_on_host(&old, path, &csv, &e), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message,
			 "cannot write framework 'demo-1' as CSV: item 'A-1' is in profile 'basic', "
			 "and plugin ABI 1.0 gives writers no access to profiles");
	xw_buf_reset(&csv);
	free(path);
}

/* Hashes a 1.0 host cannot show are left out, as before ABI 1.1. */
Test(write, old_host_leaves_out_review_hashes)
{
	struct xw_host old = old_host(0, ABI_1_0);
	char *path = data_path("mapping.yaml");
	struct xw_buf csv;
	struct xw_error e;

	cr_assert_eq(write_on_host(&old, path, &csv, &e), 0, "%s", e.message);
	cr_assert(csv.data && !strstr(csv.data, "hashes"), "%s", csv.data);
	xw_buf_reset(&csv);
	free(path);
}

/* A host that shows the advice but not its questions: no silent loss. */
Test(write, old_host_refuses_advice)
{
	struct xw_host old = old_host(1, ABI_1_1_BEFORE_ADVICE);
	char *path = src_path("frameworks/scs-2026.yaml");
	struct xw_buf csv;
	struct xw_error e;

	cr_assert_eq(write_on_host(&old, path, &csv, &e), XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message,
			 "cannot write framework 'scs-2026' as CSV: it has level advice "
			 "('#advice.default'), and this xwalk's plugin ABI 1.1 gives writers "
			 "no access to its questions");
	xw_buf_reset(&csv);
	free(path);
}

/* framework_get() as the first xwalk of ABI 1.1 had it: blind to advice. */
static const char *get_no_advice(const struct xw_framework *fw, const char *key,
				 const char *sub, size_t idx)
{
	return strncmp(key, "advice.", 7) == 0 ? NULL : xw_framework_get(fw, key, sub, idx);
}

/* A host that shows no advice at all: the plugin cannot tell, and says so. */
Test(write, old_host_without_advice_warns, .init = cr_redirect_stderr)
{
	struct xw_host old = old_host(1, ABI_1_1_BEFORE_ADVICE);
	char *path = src_path("frameworks/scs-2026.yaml");
	struct xw_buf csv;
	struct xw_error e;

	old.framework_get = get_no_advice;
	cr_assert_eq(write_on_host(&old, path, &csv, &e), 0, "%s", e.message);
	cr_assert(csv.data && strstr(csv.data, "\r\n#profile,star4\r\n"), "%s", csv.data);
	cr_assert(!strstr(csv.data, "#advice") && !strstr(csv.data, "#question"), "%s", csv.data);
	fflush(stderr);
	cr_assert_stderr_eq_str("xwalk: out.csv: warning: this xwalk's plugin ABI 1.1 gives "
				"writers no access to level advice: if framework 'scs-2026' "
				"has any, it is not written\n");
	xw_buf_reset(&csv);
	free(path);
}

/* Such a host cannot build questions either: "#question" rows are refused at the row. */
Test(errors, old_host_reads_no_questions)
{
	struct xw_host old = old_host(1, ABI_1_1_BEFORE_ADVICE);
	struct xw_error e;

	cr_assert_eq(read_on_host(&old, FRAMEWORK "#profile,a\n#advice.default,a\n"
				  "#question,q\n#question.if-yes,a\nid,kind\n", &e),
		     XW_EINVAL);
	cr_assert_str_eq(e.file, "in.csv");
	cr_assert_eq(e.line, 8);
	cr_assert_eq(e.column, 1);
	cr_assert_str_eq(e.message,
			 "cannot read level advice questions: this xwalk's plugin ABI 1.1 "
			 "gives readers no way to build them");
}

Test(write, older_host_table_is_refused)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, "csv");
	struct xw_host old = xw_host_table;
	void *state = NULL;

	old.struct_size = offsetof(struct xw_host, write);
	cr_assert_eq(p->desc.init(&old, &state), XW_EPLUGIN);
	old = xw_host_table;
	old.abi_major = XW_PLUGIN_ABI_MAJOR + 1;
	cr_assert_eq(p->desc.init(&old, &state), XW_EPLUGIN);
	xw_registry_free(reg);
}

Test(write, refuses_empty_text)
{
	expect_yaml_write_error(MAPPING_YAML
		"  - {id: r1, sources: [x], targets: [y], relationship: related, rationale: semantic,\n"
		"     justification: \"\"}\n",
		XW_EINVAL,
		"cannot write row 'r1' as CSV: 'justification' is \"\", and an empty cell "
		"means the field is absent");
	expect_yaml_write_error(
		"format: xwalk-framework/1\nid: f\nname: {en: F}\nversion: \"1\"\n"
		"publisher: \"\"\nid-pattern: '[a-z]'\nitems:\n  - {id: a, kind: item}\n",
		XW_EINVAL,
		"cannot write the framework as CSV: 'publisher' is \"\", and an empty cell "
		"means the field is absent");
	expect_yaml_write_error(
		"format: xwalk-framework/1\nid: f\nname: {en: F}\nversion: \"1\"\n"
		"id-pattern: '[a-z]'\nprofiles:\n  - {id: p, title: {en: \"\"}}\n"
		"items:\n  - {id: a, kind: item}\n",
		XW_EINVAL,
		"cannot write profile 'p' as CSV: 'profile.title.en' is \"\", and an empty cell "
		"means the field is absent");
	expect_yaml_write_error(
		"format: xwalk-framework/1\nid: f\nname: {en: F}\nversion: \"1\"\n"
		"id-pattern: '[a-z]'\nprofiles:\n  - {id: p}\n"
		"advice: {default: p, note: {ja: \"\"}}\nitems:\n  - {id: a, kind: item}\n",
		XW_EINVAL,
		"cannot write the framework as CSV: 'advice.note.ja' is \"\", and an empty cell "
		"means the field is absent");
	expect_yaml_write_error(
		"format: xwalk-framework/1\nid: f\nname: {en: F}\nversion: \"1\"\n"
		"id-pattern: '[a-z]'\nprofiles:\n  - {id: p}\n"
		"advice:\n  questions:\n    - {id: q, text: {en: \"\"}, if-yes: p}\n"
		"items:\n  - {id: a, kind: item}\n",
		XW_EINVAL,
		"cannot write question 'q' as CSV: 'question.text.en' is \"\", and an empty cell "
		"means the field is absent");
}

Test(write, refuses_ids_a_list_cell_cannot_keep)
{
	expect_yaml_write_error(MAPPING_YAML
		"  - {id: r1, sources: [\"x;y\"], targets: [y], relationship: related,\n"
		"     rationale: semantic}\n",
		XW_EINVAL,
		"cannot write row 'r1' as CSV: 'sources' is \"x;y\", and a ';'-separated "
		"cell cannot keep an empty id, a ';' or blanks at either end");
	expect_yaml_write_error(MAPPING_YAML
		"  - {id: r1, sources: [x], targets: [\" y\"], relationship: related,\n"
		"     rationale: semantic}\n",
		XW_EINVAL,
		"cannot write row 'r1' as CSV: 'targets' is \" y\", and a ';'-separated "
		"cell cannot keep an empty id, a ';' or blanks at either end");
	expect_yaml_write_error(MAPPING_YAML
		"  - {id: r1, sources: [x], targets: [y], relationship: related,\n"
		"     rationale: semantic, review: {source-hashes: {\"x;y\": 0123456789abcdef}}}\n",
		XW_EINVAL,
		"cannot write row 'r1' as CSV: 'source-hashes' is \"x;y\", and a ';'-separated "
		"cell cannot keep an empty id, a ';' or blanks at either end");
}

Test(write, refuses_conditions_with_line_breaks)
{
	expect_yaml_write_error(MAPPING_YAML
		"  - {id: r1, sources: [x], targets: [y], relationship: related,\n"
		"     rationale: semantic, conditions: [\"two\\nlines\"]}\n",
		XW_EINVAL,
		"cannot write row 'r1' as CSV: 'conditions' is \"two\\nlines\", and a "
		"one-per-line cell cannot keep an empty entry or a line break");
}

Test(write, column_limit)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_buf_puts(&b, "format: xwalk-framework/1\nid: f\nname: {en: F}\n"
		    "version: \"1\"\nid-pattern: '[a-z]'\nitems:\n"
		    "  - id: a\n    kind: item\n    props:\n");
	/* id, kind and 255 props columns */
	for (int i = 0; i < 255; i++)
		xw_buf_printf(&b, "      p%d: v\n", i);
	cr_assert(!b.failed);
	expect_yaml_write_error(b.data, XW_ELIMIT,
				"this framework needs more than 256 columns, the most a CSV file may have");
	xw_buf_reset(&b);
}
