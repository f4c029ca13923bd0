/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "helpers.h"
#include "yaml_tree.h"

static int parse(const char *s, size_t len, struct xw_ydoc *doc,
		 struct xw_error *e)
{
	xw_error_clear(e);
	return xw_yaml_parse("y.yaml", s, len, doc, e);
}

static void expect_fail(const char *s, size_t len, int code, unsigned line,
			unsigned col, const char *msg)
{
	struct xw_ydoc doc;
	struct xw_error e;
	int rc = parse(s, len, &doc, &e);

	cr_assert_eq(rc, code, "rc %d, expected %d (%s)", rc, code, e.message);
	cr_assert_eq(e.code, code);
	cr_assert_str_eq(e.file, "y.yaml");
	cr_assert_eq(e.line, line, "line %u, expected %u (%s)", e.line, line, e.message);
	cr_assert_eq(e.column, col, "column %u, expected %u (%s)", e.column, col, e.message);
	if (msg)
		assert_has(e.message, msg);
	cr_assert_null(doc.root);
	cr_assert_null(doc.arena);
}

#define FAILS(lit, code, line, col, msg) \
	expect_fail(lit, sizeof(lit) - 1, code, line, col, msg)

/* --- well-formed input ------------------------------------------------------ */

Test(yaml, builds_a_tree_with_positions)
{
	static const char s[] =
		"a: 1\n"
		"list:\n"
		"  - x\n"
		"  - 'y'\n"
		"map: {k: v}\n"
		"empty:\n";
	struct xw_ydoc doc;
	struct xw_error e;
	const struct xw_ynode *k, *v;

	cr_assert_eq(parse(s, sizeof(s) - 1, &doc, &e), 0, "%s", e.message);
	cr_assert_not_null(doc.root);
	cr_assert_eq(doc.root->type, XW_YMAP);
	cr_assert_eq(doc.root->line, 1);
	cr_assert_eq(doc.root->column, 1);

	k = doc.root->first;
	cr_assert_str_eq(k->value, "a");
	v = k->next;
	cr_assert_eq(v->type, XW_YSCALAR);
	cr_assert_str_eq(v->value, "1");
	cr_assert(v->plain);
	cr_assert_eq(v->line, 1);
	cr_assert_eq(v->column, 4);

	k = v->next;
	cr_assert_str_eq(k->value, "list");
	v = k->next;
	cr_assert_eq(v->type, XW_YSEQ);
	cr_assert_str_eq(v->first->value, "x");
	cr_assert_eq(v->first->line, 3);
	cr_assert_eq(v->first->column, 5);
	cr_assert_str_eq(v->first->next->value, "y");
	cr_assert_not(v->first->next->plain);
	cr_assert_null(v->first->next->next);

	k = v->next;
	cr_assert_str_eq(k->value, "map");
	v = k->next;
	cr_assert_eq(v->type, XW_YMAP);
	cr_assert_str_eq(v->first->value, "k");
	cr_assert_str_eq(v->first->next->value, "v");

	k = v->next;
	cr_assert_str_eq(k->value, "empty");
	cr_assert(xw_ynode_is_null(k->next));
	cr_assert_null(k->next->next);
	xw_yaml_free(&doc);
	cr_assert_null(doc.root);
}

Test(yaml, empty_input_has_no_root)
{
	struct xw_ydoc doc;
	struct xw_error e;

	cr_assert_eq(parse("", 0, &doc, &e), 0);
	cr_assert_null(doc.root);
	xw_yaml_free(&doc);
	cr_assert_eq(parse("# only a comment\n", 17, &doc, &e), 0);
	cr_assert_null(doc.root);
	xw_yaml_free(&doc);
}

Test(yaml, null_scalars)
{
	static const char s[] = "[~, null, Null, NULL, '', \"null\", nil, x]";
	static const int want[] = { 1, 1, 1, 1, 0, 0, 0, 0 };
	struct xw_ydoc doc;
	struct xw_error e;
	const struct xw_ynode *n;
	size_t i = 0;

	cr_assert_eq(parse(s, sizeof(s) - 1, &doc, &e), 0, "%s", e.message);
	for (n = doc.root->first; n; n = n->next, i++)
		cr_assert_eq(xw_ynode_is_null(n), want[i], "element %zu '%s'", i, n->value);
	cr_assert_eq(i, 8);
	xw_yaml_free(&doc);
}

Test(yaml, explicit_single_document_is_fine)
{
	static const char s[] = "---\na: 1\n...\n";
	struct xw_ydoc doc;
	struct xw_error e;

	cr_assert_eq(parse(s, sizeof(s) - 1, &doc, &e), 0, "%s", e.message);
	cr_assert_eq(doc.root->type, XW_YMAP);
	xw_yaml_free(&doc);
}

Test(yaml, large_scalars_are_copied_whole)
{
	size_t n = 200000;
	char *s = malloc(n + 4);
	struct xw_ydoc doc;
	struct xw_error e;

	cr_assert_not_null(s);
	memcpy(s, "a: ", 3);
	memset(s + 3, 'z', n);
	s[n + 3] = '\0';
	cr_assert_eq(parse(s, n + 3, &doc, &e), 0, "%s", e.message);
	cr_assert_eq(strlen(doc.root->first->next->value), n);
	xw_yaml_free(&doc);
	free(s);
}

/* --- depth ------------------------------------------------------------------ */

Test(yaml, hundred_thousand_brackets_hit_the_depth_limit_quickly, .timeout = 20)
{
	size_t n = 100000;
	char *s = malloc(n + 1);
	struct timespec t0;
	double secs;

	cr_assert_not_null(s);
	memset(s, '[', n);
	s[n] = '\0';
	clock_gettime(CLOCK_MONOTONIC, &t0);
	/* the 65th '[' opens level 65 */
	expect_fail(s, n, XW_ELIMIT, 1, 65, "64");
	secs = elapsed_since(&t0);
	cr_log_info("100000 '[' refused in %.3f s", secs);
	free(s);
}

Test(yaml, sixty_four_levels_are_allowed)
{
	char s[256];
	struct xw_ydoc doc;
	struct xw_error e;

	memset(s, '[', 64);
	memset(s + 64, ']', 64);
	s[128] = '\0';
	cr_assert_eq(parse(s, 128, &doc, &e), 0, "%s", e.message);
	xw_yaml_free(&doc);
}

/* Block mappings nested @levels deep: "k:\n  k:\n    k: v\n" */
static char *nested_maps(int levels)
{
	char *s = malloc((size_t)levels * (size_t)levels * 2 + (size_t)levels * 8 + 16);
	size_t o = 0;

	cr_assert_not_null(s);
	for (int i = 0; i < levels; i++) {
		memset(s + o, ' ', (size_t)i * 2);
		o += (size_t)i * 2;
		o += (size_t)sprintf(s + o, i == levels - 1 ? "k: v\n" : "k:\n");
	}
	s[o] = '\0';
	return s;
}

Test(yaml, sixty_five_nested_maps_hit_the_limit)
{
	char *s = nested_maps(65);

	/* the 65th mapping starts at its first key: line 65, after 128 spaces */
	expect_fail(s, strlen(s), XW_ELIMIT, 65, 129, "deeper than 64");
	free(s);
}

Test(yaml, sixty_four_nested_maps_are_allowed)
{
	char *s = nested_maps(64);
	struct xw_ydoc doc;
	struct xw_error e;

	cr_assert_eq(parse(s, strlen(s), &doc, &e), 0, "%s", e.message);
	xw_yaml_free(&doc);
	free(s);
}

/* --- anchors, aliases, tags, documents -------------------------------------- */

Test(yaml, billion_laughs_is_refused_at_the_first_anchor, .timeout = 20)
{
	static const char s[] =
		"# billion laughs\n"
		"a: &a [\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\",\"lol\"]\n"
		"b: &b [*a,*a,*a,*a,*a,*a,*a,*a,*a]\n"
		"c: &c [*b,*b,*b,*b,*b,*b,*b,*b,*b]\n"
		"d: &d [*c,*c,*c,*c,*c,*c,*c,*c,*c]\n"
		"e: &e [*d,*d,*d,*d,*d,*d,*d,*d,*d]\n"
		"f: &f [*e,*e,*e,*e,*e,*e,*e,*e,*e]\n"
		"g: &g [*f,*f,*f,*f,*f,*f,*f,*f,*f]\n"
		"h: &h [*g,*g,*g,*g,*g,*g,*g,*g,*g]\n"
		"i: &i [*h,*h,*h,*h,*h,*h,*h,*h,*h]\n";

	FAILS(s, XW_ELIMIT, 2, 4, "anchors");
}

Test(yaml, anchor_on_a_scalar_is_refused)
{
	FAILS("a: 1\nb: &x 2\n", XW_ELIMIT, 2, 4, "anchors");
}

Test(yaml, anchor_on_a_block_mapping_is_refused)
{
	FAILS("a: &m\n  k: v\n", XW_ELIMIT, 1, 4, "anchors");
}

Test(yaml, alias_is_refused)
{
	FAILS("a: x\nb: *nowhere\n", XW_ELIMIT, 2, 4, "aliases");
}

Test(yaml, tag_is_refused)
{
	FAILS("a: !!str 12\n", XW_EINVAL, 1, 4, "tags");
	FAILS("a: !custom {k: v}\n", XW_EINVAL, 1, 4, "tags");
	FAILS("!!map\na: 1\n", XW_EINVAL, 1, 1, "tags");
}

Test(yaml, two_documents_are_refused)
{
	FAILS("a: 1\n---\nb: 2\n", XW_EINVAL, 2, 1, "more than one");
	FAILS("---\na: 1\n...\n---\nb: 2\n", XW_EINVAL, 4, 1, "more than one");
}

/* --- syntax errors and bad bytes ------------------------------------------- */

Test(yaml, invalid_yaml_is_esyntax_with_position)
{
	/* a second ': ' on one line */
	FAILS("ok: 1\nkey: value: x\n", XW_ESYNTAX, 2, 11, "invalid YAML");
}

Test(yaml, unclosed_flow_sequence_is_esyntax)
{
	struct xw_ydoc doc;
	struct xw_error e;

	cr_assert_eq(parse("a: [1, 2\nb: 3\n", 14, &doc, &e), XW_ESYNTAX);
	cr_assert_gt(e.line, 0);
	cr_assert_gt(e.column, 0);
	assert_has(e.message, "invalid YAML");
	cr_assert_null(doc.root);
}

Test(yaml, bad_indentation_is_esyntax)
{
	struct xw_ydoc doc;
	struct xw_error e;
	static const char s[] = "a:\n  b: 1\n c: 2\n";

	cr_assert_eq(parse(s, sizeof(s) - 1, &doc, &e), XW_ESYNTAX);
	cr_assert_eq(e.line, 3, "%u: %s", e.line, e.message);
}

Test(yaml, nul_byte_is_refused_at_its_position)
{
	static const char s[] = "a: 1\nb: x\0y\n";

	FAILS(s, XW_ESYNTAX, 2, 5, "NUL");
}

Test(yaml, escaped_nul_in_a_quoted_scalar_is_refused)
{
	FAILS("a: \"x\\0y\"\n", XW_ESYNTAX, 1, 4, "NUL");
}

Test(yaml, invalid_utf8_is_refused_at_its_position)
{
	FAILS("a: 1\nb: 日本\xE8\n", XW_ESYNTAX, 2, 6, "UTF-8");
	FAILS("a: \xC0\xAF\n", XW_ESYNTAX, 1, 4, "UTF-8");
	FAILS("a: \xED\xA0\x80\n", XW_ESYNTAX, 1, 4, "UTF-8");
}

/*
 * libyaml's reader refuses characters YAML does not allow (C1 controls,
 * U+FFFE, ...) and gives their byte offset, not a mark: the error must
 * still point at the character.
 */
Test(yaml, disallowed_character_is_esyntax_at_its_position)
{
	/* U+0080 (C2 80), valid UTF-8 but not allowed in YAML, on line 3 */
	FAILS("a: 1\nb: 2\nc: x\xC2\x80y\n", XW_ESYNTAX, 3, 5, "control characters");
}

Test(yaml, disallowed_noncharacter_is_esyntax_at_its_position)
{
	/* U+FFFF on line 2 after two Japanese characters */
	FAILS("a: 1\nb: 日本\xEF\xBF\xBF\n", XW_ESYNTAX, 2, 6, "control characters");
}
