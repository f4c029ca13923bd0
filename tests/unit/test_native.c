/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "xwalk/buf.h"
#include "xwalk/native.h"
#include "number_like.h"

/* --- round trips ----------------------------------------------------------- */

static void write_doc(const struct xw_doc *doc, struct xw_buf *b)
{
	xw_native_write(doc, b);
	cr_assert_not(b->failed);
	cr_assert_gt(b->len, 0);
}

/* Both frameworks have the same items, texts (by hash) and profiles. */
static void same_framework(const struct xw_framework *a, const struct xw_framework *b)
{
	cr_assert_str_eq(a->id, b->id);
	cr_assert_str_eq(a->version, b->version);
	cr_assert_str_eq(a->id_pattern, b->id_pattern);
	cr_assert_eq(a->n_items, b->n_items);
	cr_assert_eq(a->n_profiles, b->n_profiles);
	for (size_t i = 0; i < a->n_items; i++) {
		const struct xw_item *x = a->items[i], *y = b->items[i];
		cr_assert_str_eq(x->id, y->id);
		cr_assert_eq(x->parent, y->parent, "%s", x->id);
		cr_assert_eq(x->kind, y->kind, "%s", x->id);
		cr_assert_eq(xw_item_hash(x), xw_item_hash(y), "text hash of %s changed", x->id);
		cr_assert_eq(x->profiles, y->profiles, "%s", x->id);
		cr_assert_eq(x->withdrawn, y->withdrawn, "%s", x->id);
		cr_assert_eq(x->authoritative, y->authoritative, "%s", x->id);
		cr_assert_eq(x->props.n, y->props.n, "%s", x->id);
		for (int l = 0; l < XW_LANG_COUNT; l++) {
			cr_assert_str_eq(x->title.s[l] ? x->title.s[l] : "(none)",
					 y->title.s[l] ? y->title.s[l] : "(none)");
			cr_assert_str_eq(x->text.s[l] ? x->text.s[l] : "(none)",
					 y->text.s[l] ? y->text.s[l] : "(none)");
		}
	}
}

/*
 * load @path -> write A -> read A -> write B: A == B. Writing the first
 * model again gives A too. Returns the first model in @first.
 */
static void round_trip(const char *path, struct xw_doc *first)
{
	struct xw_doc second;
	struct xw_error e;
	struct xw_buf a = XW_BUF_INIT, b = XW_BUF_INIT, again = XW_BUF_INIT;
	int rc;

	xw_error_clear(&e);
	rc = xw_native_load(path, first, &e);
	cr_assert_eq(rc, 0, "%s:%u:%u: %s", e.file, e.line, e.column, e.message);
	write_doc(first, &a);
	write_doc(first, &again);
	cr_assert_eq(a.len, again.len, "%s: two writes differ in length", path);
	cr_assert_eq(memcmp(a.data, again.data, a.len), 0, "%s: two writes differ", path);

	rc = xw_native_read("written.yaml", a.data, a.len, &second, &e);
	cr_assert_eq(rc, 0, "%s: cannot read back what was written: %u:%u: %s\n%s",
		     path, e.line, e.column, e.message, a.data);
	cr_assert_eq(second.kind, first->kind);
	write_doc(&second, &b);
	cr_assert_eq(a.len, b.len, "%s: second write differs in length (%zu, %zu)",
		     path, a.len, b.len);
	cr_assert_eq(memcmp(a.data, b.data, a.len), 0, "%s: second write differs", path);
	if (first->kind == XW_DOC_FRAMEWORK)
		same_framework(first->framework, second.framework);
	xw_doc_clear(&second);
	xw_buf_reset(&a);
	xw_buf_reset(&b);
	xw_buf_reset(&again);
}

Test(native, every_bundled_framework_round_trips_byte_for_byte)
{
	char dir[4096], path[8192];
	struct dirent **names;
	size_t done = 0;
	int n;

	src_path(dir, sizeof(dir), "frameworks");
	n = scandir(dir, &names, NULL, alphasort);
	cr_assert_geq(n, 0, "cannot list %s", dir);
	for (int i = 0; i < n; i++) {
		const char *name = names[i]->d_name;
		size_t len = strlen(name);

		if (len > 5 && strcmp(name + len - 5, ".yaml") == 0) {
			struct xw_doc doc;

			snprintf(path, sizeof(path), "%s/%s", dir, name);
			round_trip(path, &doc);
			cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK, "%s", name);
			cr_assert_gt(doc.framework->n_items, 0, "%s", name);
			xw_doc_clear(&doc);
			done++;
		}
		free(names[i]);
	}
	free(names);
	cr_log_info("%zu bundled frameworks round-tripped", done);
	cr_assert_geq(done, 6, "only %zu framework files found in %s", done, dir);
}

Test(native, tricky_framework_round_trips_and_keeps_its_strings)
{
	char path[4096];
	struct xw_doc doc;
	const struct xw_framework *fw;

	round_trip(data_path(path, sizeof(path), "framework-tricky.yaml"), &doc);
	fw = doc.framework;
	cr_assert_str_eq(fw->licence, "no");
	cr_assert_str_eq(fw->publisher, "@publisher");
	cr_assert_str_eq(fw->summary.s[XW_LANG_EN],
			 "A summary with a \"quote\" and a backslash \\ and\nnewline.");
	cr_assert_str_eq(fw->profiles[0]->id, "on");
	cr_assert_not(fw->profiles[1]->defined);
	cr_assert_str_eq(fw->items[0]->title.s[XW_LANG_EN], "true");
	cr_assert_str_eq(xw_props_get(&fw->items[0]->props, "key: with colon"),
			 "value, with comma");
	cr_assert_str_eq(fw->items[2]->title.s[XW_LANG_EN], "");
	cr_assert_str_eq(fw->items[3]->text.s[XW_LANG_JA],
			 "全角スペース　と　タブ\tと改行\n二行目");
	cr_assert_str_eq(fw->items[3]->text.s[XW_LANG_EN], "-1");
	cr_assert_eq(fw->items[1]->unknown.n, 2);
	cr_assert_str_eq(xw_props_get(&fw->items[1]->props, "tilde"), "~");
	cr_assert_str_eq(xw_props_get(&fw->items[1]->props, "empty"), "");
	xw_doc_clear(&doc);
}

Test(native, mapping_example_round_trips_and_keeps_its_values)
{
	char path[4096];
	struct xw_doc doc;
	const struct xw_mapping *m;
	const struct xw_row *r;

	round_trip(data_path(path, sizeof(path), "mapping-example.yaml"), &doc);
	cr_assert_eq(doc.kind, XW_DOC_MAPPING);
	m = doc.mapping;
	cr_assert_str_eq(m->id, "unit-src--unit-tgt");
	cr_assert_str_eq(m->source_version, "1");
	cr_assert_eq(m->method, XW_METHOD_HYBRID);
	cr_assert_eq(m->status, XW_REVIEW_REVIEWED);
	cr_assert(m->comprehensive);
	cr_assert_str_eq(m->intended_use, "yes");
	cr_assert_eq(m->n_rows, 3);
	r = m->rows[0];
	cr_assert_eq(r->strength, 0);
	cr_assert_eq(r->relationship, XW_REL_SUPERSET);
	cr_assert_eq(r->rationale, XW_RATIONALE_SEMANTIC);
	cr_assert_eq(r->review, XW_REVIEW_APPROVED);
	cr_assert_str_eq(r->review_date, "2026-11-28");
	cr_assert_eq(r->source_hashes.n, 2);
	cr_assert_eq(r->source_hashes.v[1].hash, 0xfedcba9876543210ull);
	cr_assert_eq(r->target_hashes.v[0].hash, 0xffull);
	cr_assert_str_eq(r->conditions.v[4], "tab\there");
	cr_assert_str_eq(r->conditions.v[6], "single ' quote, \"double\" and \\ backslash");
	cr_assert_str_eq(r->conditions.v[12],
			 "NEL \xC2\x85 LS \xE2\x80\xA8 PS \xE2\x80\xA9 BOM \xEF\xBB\xBF");
	cr_assert_str_eq(r->conditions.v[13], "del \x7F ctl \x01");
	cr_assert_eq(m->rows[1]->strength, XW_STRENGTH_NONE);
	cr_assert_eq(m->rows[1]->rationale, XW_RATIONALE_UNSET);
	cr_assert_str_eq(m->rows[1]->justification, "null");
	cr_assert_str_eq(m->rows[2]->id, "007");
	cr_assert_str_eq(m->rows[2]->sources.v[0], "a,b");
	cr_assert_str_eq(m->rows[2]->sources.v[1], "x: y");
	cr_assert_eq(m->rows[2]->strength, 10);
	xw_doc_clear(&doc);
}

Test(native, assessment_example_round_trips_and_keeps_its_values)
{
	char path[4096];
	struct xw_doc doc;
	const struct xw_assessment *a;

	round_trip(data_path(path, sizeof(path), "assessment-example.yaml"), &doc);
	cr_assert_eq(doc.kind, XW_DOC_ASSESSMENT);
	a = doc.assessment;
	cr_assert_str_eq(a->framework, "lint-src");
	cr_assert_str_eq(a->assessor, "山田 太郎");
	cr_assert_str_eq(a->certificate.expires, "2028-03-31");
	cr_assert_eq(a->n_results, 5);
	cr_assert_eq(a->results[0]->status, XW_RESULT_IMPLEMENTED);
	cr_assert_str_eq(a->results[0]->evidence, "doc #12");
	cr_assert_str_eq(a->results[1]->note, "No");
	cr_assert_eq(a->results[4]->status, XW_RESULT_NOT_IMPLEMENTED);
	cr_assert_str_eq(a->results[4]->evidence, "true");
	cr_assert_eq(a->results[2]->line, 21);
	xw_doc_clear(&doc);
}

/*
 * Characters YAML does not allow raw in a file (C1 controls other than
 * NEL, U+FFFE, U+FFFF) can reach the model through escapes; the writer
 * must escape them again or its output cannot be read back.
 */
Test(native, non_printable_characters_are_escaped_when_written)
{
	static const char text[] =
		"format: xwalk-assessment/1\n"
		"framework: f\n"
		"results:\n"
		"  - item: A\n"
		"    status: unknown\n"
		"    note: \"c1 \\x80 \\x9F nonchar \\uFFFE \\uFFFF end\"\n";
	struct xw_doc doc, back;
	struct xw_error e;
	struct xw_buf b = XW_BUF_INIT;
	int rc, same;

	read_ok(text, &doc);
	cr_assert_str_eq(doc.assessment->results[0]->note,
			 "c1 \xC2\x80 \xC2\x9F nonchar \xEF\xBF\xBE \xEF\xBF\xBF end");
	write_doc(&doc, &b);
	rc = xw_native_read("written.yaml", b.data, b.len, &back, &e);
	same = rc == 0 && strcmp(back.assessment->results[0]->note,
				 doc.assessment->results[0]->note) == 0;
	xw_doc_clear(&back);
	xw_doc_clear(&doc);
	xw_buf_reset(&b);
	cr_assert_eq(rc, 0, "the writer's output does not read back: %u:%u: %s",
		     e.line, e.column, e.message);
	cr_assert(same, "the note changed in the round trip");
}

/*
 * Strings a YAML reader would take for a number or a date are quoted;
 * others that look close are not (xw_number_like(), matched by hand
 * since POSIX regex allocates).
 */
Test(native, number_like_strings_are_told_apart)
{
	static const char *const numbers[] = {
		"0", "-0", "+7", "1_000", "017", "0_7", "0x1F", "-0xff_ff", "0o17", "0b1011",
		"1.5", ".5", "5.", ".", "+.", "1.5e-3", "2.E+10", "1e5", "-3E0", ".inf",
		"-.Inf", "+.INF", ".nan", ".NaN", "1:30", "-1:05:59.5", "190:20:30",
		"2026-11-28", "2026-1-2", "2026-11-28T09:00:00Z", "2026-11-2x",
	};
	static const char *const strings[] = {
		"", "A.5.1", "1-2-1", "5.1.2a", "0x", "0o", "0o8", "0b2", "08", "1e",
		"1e+", "e5", "1.5f", "inf", "-.nan", ".nan.", "1:60", "1:", "12:345", "1::3",
		"2026-11", "2026/11/28", "26-11-28", "v1.0", "1,000", "-", "+", "_1",
	};

	for (size_t i = 0; i < sizeof(numbers) / sizeof(numbers[0]); i++)
		cr_assert(xw_number_like(numbers[i]), "'%s' reads as a number or date", numbers[i]);
	for (size_t i = 0; i < sizeof(strings) / sizeof(strings[0]); i++)
		cr_assert_not(xw_number_like(strings[i]), "'%s' reads as a string", strings[i]);
}

Test(native, save_writes_the_canonical_bytes_to_a_file)
{
	char dir[4096], out[4200], path[4096], *buf;
	struct xw_doc doc;
	struct xw_error e;
	struct xw_buf b = XW_BUF_INIT;
	size_t len;

	make_tmpdir(dir);
	snprintf(out, sizeof(out), "%s/saved.yaml", dir);
	cr_assert_eq(xw_native_load(data_path(path, sizeof(path), "mapping-example.yaml"),
				    &doc, &e), 0, "%s", e.message);
	cr_assert_eq(xw_native_save(&doc, out, &e), 0, "%s", e.message);
	write_doc(&doc, &b);
	buf = slurp(out, &len);
	cr_assert_eq(len, b.len);
	cr_assert_eq(memcmp(buf, b.data, len), 0);
	free(buf);
	xw_buf_reset(&b);
	xw_doc_clear(&doc);
	rm_tree(dir);
}

Test(native, written_framework_starts_with_its_format)
{
	struct xw_doc doc;
	struct xw_buf b = XW_BUF_INIT;

	read_ok("format: xwalk-framework/1\nid: x\nname: {en: X}\nversion: '1'\n"
		"id-pattern: '[a-z]'\nitems:\n  - id: a\n    kind: item\n", &doc);
	write_doc(&doc, &b);
	cr_assert_str_eq(b.data,
			 "format: xwalk-framework/1\n"
			 "id: x\n"
			 "name:\n"
			 "  en: X\n"
			 "version: \"1\"\n"
			 "id-pattern: \"[a-z]\"\n"
			 "items:\n"
			 "  - id: a\n"
			 "    kind: item\n");
	cr_assert(xw_native_probe(b.data, b.len));
	xw_buf_reset(&b);
	xw_doc_clear(&doc);
}

Test(native, probe)
{
	static const char *const yes[] = {
		"format: xwalk-framework/1\n",
		"# comment\n\nformat: xwalk-mapping/1\n",
		"---\nformat: xwalk-assessment/1\n",
	};
	static const char *const no[] = {
		"", "id: x\nformat: xwalk-framework/1\n", "format: other\n",
		"format: xwalk", "a,b,c\n",
	};

	for (size_t i = 0; i < sizeof(yes) / sizeof(yes[0]); i++)
		cr_assert(xw_native_probe(yes[i], strlen(yes[i])), "%s", yes[i]);
	for (size_t i = 0; i < sizeof(no) / sizeof(no[0]); i++)
		cr_assert_not(xw_native_probe(no[i], strlen(no[i])), "%s", no[i]);
}

/* --- errors -------------------------------------------------------------------- */

static void fails(const char *text, int code, unsigned line, unsigned col,
		  const char *msg)
{
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_str(text, &doc, &e);

	if (rc == 0)
		xw_doc_clear(&doc);   /* the test fails; free before it stops */
	cr_assert_eq(rc, code, "rc %d, expected %d: %s", rc, code, e.message);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	cr_assert_str_eq(e.file, "t.yaml");
	cr_assert_eq(e.line, line, "line %u, expected %u: %s", e.line, line, e.message);
	if (col)
		cr_assert_eq(e.column, col, "column %u, expected %u: %s", e.column,
			     col, e.message);
	assert_has(e.message, msg);
}

#define MAP_HEAD                                                              \
	"format: xwalk-mapping/1\n"                                           \
	"id: m\n"                                                             \
	"source: {framework: a}\n"                                            \
	"target: {framework: b}\n"                                            \
	"author: me\n"                                                        \
	"method: human\n"                                                     \
	"status: draft\n"                                                     \
	"rows:\n"
/* rows start on line 9 */

#define FW_HEAD                                                               \
	"format: xwalk-framework/1\n"                                         \
	"id: f\n"                                                             \
	"name: {en: F}\n"                                                     \
	"version: '1'\n"                                                      \
	"id-pattern: '[A-Z]'\n"                                               \
	"items:\n"
/* items start on line 7 */

Test(native, unknown_item_key_suggests_title)
{
	fails(FW_HEAD
	      "  - id: A\n"
	      "    kind: item\n"
	      "    titel: {en: Typo}\n",
	      XW_EINVAL, 9, 5, "unknown key 'titel' in item (did you mean 'title'?)");
}

Test(native, unknown_row_key_suggests_relationship)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: [A]\n"
	      "    targets: [B]\n"
	      "    relationshp: equal\n",
	      XW_EINVAL, 12, 5, "did you mean 'relationship'?");
}

Test(native, unknown_top_level_key_suggests_and_far_key_does_not)
{
	fails("format: xwalk-assessment/1\nframework: f\norganization: X\nresults: []\n",
	      XW_EINVAL, 3, 1, "did you mean 'organisation'");
	{
		struct xw_doc doc;
		struct xw_error e;

		cr_assert_eq(read_str("format: xwalk-assessment/1\nframework: f\n"
				      "zzzzzzzz: 1\nresults: []\n", &doc, &e), XW_EINVAL);
		assert_has(e.message, "unknown key 'zzzzzzzz'");
		cr_assert_null(strstr(e.message, "did you mean"), "%s", e.message);
	}
}

/* 1000 characters: over the 63 the suggester compares, under libyaml's 1024 for a key */
Test(native, very_long_unknown_key_gives_a_bounded_message)
{
	size_t n = 1000;
	char *text = malloc(n + 200);
	struct xw_doc doc;
	struct xw_error e;
	int o;

	cr_assert_not_null(text);
	o = sprintf(text, "format: xwalk-assessment/1\nframework: f\n");
	memset(text + o, 'k', n);
	strcpy(text + o + n, ": 1\nresults: []\n");
	cr_assert_eq(read_str(text, &doc, &e), XW_EINVAL);
	cr_assert_eq(e.line, 3);
	cr_assert_eq(strlen(e.message), XW_ERROR_MSG_MAX - 1, "message not truncated: %zu",
		     strlen(e.message));
	assert_has(e.message, "unknown key 'kkkk");
	cr_assert_null(strstr(e.message, "did you mean"));
	free(text);
}

Test(native, list_where_a_single_value_is_expected)
{
	fails("format: xwalk-mapping/1\n"
	      "id: m\n"
	      "author: [a, b]\n",
	      XW_EINVAL, 3, 9, "'author' must be a single value");
}

Test(native, single_value_where_a_list_is_expected)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: A\n",
	      XW_EINVAL, 10, 14, "'sources' must be a list");
}

Test(native, mapping_inside_a_list_of_scalars)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: [A, {x: y}]\n",
	      XW_EINVAL, 10, 18, "'sources' must be a single value");
}

Test(native, rows_must_be_a_list_of_mappings)
{
	fails(MAP_HEAD
	      "  - just a string\n",
	      XW_EINVAL, 9, 5, "a row must be a mapping");
}

Test(native, unknown_relationship_suggests_equal)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: [A]\n"
	      "    targets: [B]\n"
	      "    relationship: equals\n"
	      "    rationale: semantic\n",
	      XW_EINVAL, 12, 19, "'equals' is not a valid relationship (did you mean 'equal'?)");
}

Test(native, far_enum_value_lists_the_choices)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: [A]\n"
	      "    targets: [B]\n"
	      "    relationship: overlapping-with-stuff\n",
	      XW_EINVAL, 12, 19, "expected one of: equal, subset-of, superset-of");
}

Test(native, bad_dates)
{
	fails("format: xwalk-mapping/1\nid: m\ndate: 2026-02-30\n",
	      XW_EINVAL, 3, 7, "'2026-02-30' is not a date");
	fails("format: xwalk-mapping/1\nid: m\ndate: 2025-02-29\n",
	      XW_EINVAL, 3, 7, "not a date");
	fails("format: xwalk-mapping/1\nid: m\ndate: 2026-1-05\n",
	      XW_EINVAL, 3, 7, "not a date");
	fails("format: xwalk-assessment/1\nframework: f\ncertificate:\n  expires: 31/03/2028\n",
	      XW_EINVAL, 4, 3, "not a date");
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    review:\n"
	      "      date: 2026-00-10\n",
	      XW_EINVAL, 11, 13, "not a date");
}

Test(native, leap_day_is_a_date)
{
	struct xw_doc doc;

	read_ok("format: xwalk-assessment/1\nframework: f\ndate: 2024-02-29\nresults: []\n",
		&doc);
	cr_assert_str_eq(doc.assessment->date, "2024-02-29");
	xw_doc_clear(&doc);
}

Test(native, strength_out_of_range)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    strength: 11\n",
	      XW_EINVAL, 10, 15, "strength '11' is not a whole number from 0 to 10");
	fails(MAP_HEAD "  - id: r1\n    strength: -1\n", XW_EINVAL, 10, 15, "strength");
	fails(MAP_HEAD "  - id: r1\n    strength: 7.5\n", XW_EINVAL, 10, 15, "strength");
	fails(MAP_HEAD "  - id: r1\n    strength: ''\n", XW_EINVAL, 10, 15, "strength");
}

Test(native, relationship_without_rationale_names_the_row)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    sources: [A]\n"
	      "    targets: [B]\n"
	      "    relationship: no-relationship\n"
	      "  - id: r2\n"             /* line 13 */
	      "    sources: [A]\n"
	      "    targets: [C]\n"
	      "    relationship: subset-of\n",
	      XW_EINVAL, 13, 5, "row 'r2' has a relationship but no 'rationale'");
}

Test(native, bad_text_hash)
{
	fails(MAP_HEAD
	      "  - id: r1\n"
	      "    review:\n"
	      "      source-hashes:\n"
	      "        A: 0123456789ABCDEF\n",
	      XW_EINVAL, 12, 9, "not 16 lower-case hex digits");
}

Test(native, key_appearing_twice)
{
	fails("format: xwalk-mapping/1\nid: a\nid: b\n",
	      XW_EINVAL, 3, 1, "key 'id' appears twice");
}

Test(native, bad_language)
{
	fails(FW_HEAD
	      "  - id: A\n"
	      "    kind: item\n"
	      "    title: {de: Titel}\n",
	      XW_EINVAL, 9, 13, "'de' is not a valid language");
}

/*
 * YAML keys are unique; the reader refuses a repeated key in an object
 * ("appears twice") and must do the same inside a {ja, en} text or a
 * props map instead of keeping only the last value.
 */
Test(native, key_appearing_twice_in_a_text_map)
{
	fails(FW_HEAD
	      "  - id: A\n"
	      "    kind: item\n"
	      "    title:\n"
	      "      en: First\n"
	      "      en: Second\n",
	      XW_EINVAL, 11, 7, "appears twice");
}

Test(native, key_appearing_twice_in_props)
{
	fails(FW_HEAD
	      "  - id: A\n"
	      "    kind: item\n"
	      "    props: {x: 1, x: 2}\n",
	      XW_EINVAL, 9, 19, "appears twice");
}

Test(native, missing_format_key)
{
	fails("id: m\nauthor: me\n", XW_EINVAL, 1, 1, "no 'format:' key");
}

Test(native, wrong_format)
{
	fails("format: xwalk-framework/2\nid: x\n", XW_EINVAL, 1, 1,
	      "unknown format 'xwalk-framework/2'");
	fails("format: csv\n", XW_EINVAL, 1, 1, "unknown format 'csv'");
}

Test(native, empty_file)
{
	fails("", XW_EINVAL, 1, 1, "the file is empty");
	fails("# nothing here\n", XW_EINVAL, 1, 1, "the file is empty");
}

Test(native, top_level_must_be_a_mapping)
{
	fails("- format: xwalk-mapping/1\n", XW_EINVAL, 1, 1, "must be a mapping, not a list");
	fails("just text\n", XW_EINVAL, 1, 1, "must be a mapping, not a single value");
}

Test(native, yaml_errors_come_through_with_position)
{
	fails("format: xwalk-mapping/1\nid: [unclosed\n", XW_ESYNTAX, 3, 0, "invalid YAML");
	fails("format: xwalk-mapping/1\nid: &a m\n", XW_ELIMIT, 2, 5, "anchors");
}

Test(native, load_missing_file)
{
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(xw_native_load("/nonexistent/xwalk/file.yaml", &doc, &e), XW_EIO);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	cr_assert_str_eq(e.file, "/nonexistent/xwalk/file.yaml");
}
