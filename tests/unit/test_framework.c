/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "helpers.h"
#include "sha256.h"
#include "xwalk/framework.h"
#include "xwalk/native.h"

#define HEAD                                                                  \
	"format: xwalk-framework/1\n"                                         \
	"id: test-fw\n"                                                       \
	"name: {ja: テスト, en: Test}\n"                                      \
	"version: \"1\"\n"

/* Reads @text, expects failure with @code at @line, message holding @msg. */
static void fw_fails(const char *text, int code, unsigned line, const char *msg)
{
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_str(text, &doc, &e);

	if (rc == 0)
		xw_doc_clear(&doc);   /* the test fails; free before it stops */
	cr_assert_eq(rc, code, "rc %d, expected %d: %s", rc, code, e.message);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	cr_assert_null(doc.framework);
	cr_assert_str_eq(e.file, "t.yaml");
	if (line)
		cr_assert_eq(e.line, line, "line %u, expected %u: %s", e.line, line,
			     e.message);
	assert_has(e.message, msg);
}

/* --- a small framework read from a string ------------------------------------ */

static const char small[] =
	HEAD
	"id-pattern: '[A-Z]+(-[0-9]+)*'\n"
	"profiles:\n"
	"  - id: basic\n"
	"  - id: full\n"
	"    extends: basic\n"
	"  - id: future\n"
	"    extends: full\n"
	"    defined: false\n"
	"items:\n"
	"  - id: A\n"                  /* line 14 */
	"    kind: category\n"
	"  - id: A-1\n"
	"    parent: A\n"
	"    kind: control\n"
	"    profiles: [basic]\n"
	"  - id: A-2\n"
	"    parent: A\n"
	"    kind: control\n"
	"    profiles: [full]\n"
	"  - id: B\n"
	"    kind: category\n"
	"  - id: B-1\n"
	"    parent: B\n"
	"    kind: control\n"
	"    status: withdrawn\n"
	"    replaced-by: [A-2]\n";

Test(framework, reads_items_in_order_with_parents_and_depths)
{
	struct xw_doc doc;
	const struct xw_framework *fw;

	read_ok(small, &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	fw = doc.framework;
	cr_assert(fw->finished);
	cr_assert_str_eq(fw->id, "test-fw");
	cr_assert_str_eq(fw->path, "t.yaml");
	cr_assert_eq(fw->n_items, 5);
	cr_assert_eq(fw->n_profiles, 3);
	cr_assert_str_eq(fw->items[1]->id, "A-1");
	cr_assert_eq(fw->items[1]->parent, 0);
	cr_assert_eq(fw->items[1]->depth, 1);
	cr_assert_eq(fw->items[0]->parent, XW_NONE);
	cr_assert_eq(fw->items[0]->depth, 0);
	cr_assert_eq(fw->items[0]->kind, XW_KIND_CATEGORY);
	cr_assert_eq(fw->items[1]->kind, XW_KIND_CONTROL);
	cr_assert_eq(fw->items[0]->line, 14);
	cr_assert_eq(fw->items[0]->column, 5);
	cr_assert(fw->items[4]->withdrawn);
	cr_assert_str_eq(fw->items[4]->replaced_by.v[0], "A-2");
	cr_assert_eq(xw_framework_find(fw, "A-2"), 2);
	cr_assert_eq(xw_framework_find(fw, "B"), 3);
	cr_assert_eq(xw_framework_find(fw, "C"), XW_NONE);
	xw_doc_clear(&doc);
	cr_assert_eq(doc.kind, XW_DOC_NONE);
}

Test(framework, profiles_are_cumulative_and_parents_inherit_them)
{
	struct xw_doc doc;
	const struct xw_framework *fw;
	size_t basic, full, future;

	read_ok(small, &doc);
	fw = doc.framework;
	basic = xw_framework_profile(fw, "basic");
	full = xw_framework_profile(fw, "full");
	future = xw_framework_profile(fw, "future");
	cr_assert_eq(basic, 0);
	cr_assert_eq(full, 1);
	cr_assert_eq(future, 2);
	cr_assert_eq(xw_framework_profile(fw, "gold"), XW_NONE);
	cr_assert_eq(fw->profiles[full]->extends, basic);
	cr_assert(fw->profiles[basic]->defined);
	cr_assert_not(fw->profiles[future]->defined);

	/* A-1 is in basic, so in full (extends basic) too */
	cr_assert(xw_item_in_profile(fw->items[1], basic));
	cr_assert(xw_item_in_profile(fw->items[1], full));
	/* A-2 is in full only */
	cr_assert_not(xw_item_in_profile(fw->items[2], basic));
	cr_assert(xw_item_in_profile(fw->items[2], full));
	/* A, the parent, is in every profile of its children */
	cr_assert(xw_item_in_profile(fw->items[0], basic));
	cr_assert(xw_item_in_profile(fw->items[0], full));
	/* B and B-1 are in none */
	cr_assert_not(xw_item_in_profile(fw->items[3], basic));
	cr_assert_not(xw_item_in_profile(fw->items[3], full));
	cr_assert_not(xw_item_in_profile(fw->items[4], full));
	cr_assert_not(xw_item_in_profile(fw->items[0], 40));
	xw_doc_clear(&doc);
}

/* --- finish() errors ----------------------------------------------------------- */

Test(framework, duplicate_item_id)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: category\n"
		 "  - id: B\n"
		 "    kind: category\n"
		 "  - id: A\n"           /* line 11 */
		 "    kind: control\n",
		 XW_EINVAL, 11, "duplicate item id 'A'");
}

Test(framework, id_not_matching_the_pattern)
{
	fw_fails(HEAD
		 "id-pattern: '[0-9]+(-[0-9]+)*'\n"
		 "items:\n"
		 "  - id: \"1\"\n"
		 "    kind: category\n"
		 "  - id: 1-x\n"          /* line 9 */
		 "    parent: \"1\"\n"
		 "    kind: control\n",
		 XW_EINVAL, 9, "'1-x' does not match");
}

Test(framework, pattern_is_anchored_at_both_ends)
{
	/* "A1" contains a match of [A-Z] but is not one */
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A1\n"
		 "    kind: category\n",
		 XW_EINVAL, 7, "does not match");
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: xA\n"
		 "    kind: category\n",
		 XW_EINVAL, 7, "does not match");
}

Test(framework, pattern_that_does_not_compile)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: category\n",
		 XW_EINVAL, 0, "does not compile");
}

Test(framework, catastrophic_backtracking_pattern_is_elimit_not_a_hang,
     .timeout = 30)
{
	char text[1024], id[64];
	struct xw_doc doc;
	struct xw_error e;
	struct timespec t0;
	int rc;

	memset(id, 'a', 40);
	id[40] = 'b';
	id[41] = '\0';
	snprintf(text, sizeof(text),
		 HEAD
		 /* the back reference keeps it from the DFA matcher */
		 "id-pattern: '(a+)+\\1$'\n"
		 "items:\n"
		 "  - id: %s\n"
		 "    kind: item\n", id);
	clock_gettime(CLOCK_MONOTONIC, &t0);
	rc = read_str(text, &doc, &e);
	cr_log_info("'(a+)+\\1$' on a 41-character id refused in %.3f s",
		    elapsed_since(&t0));
	cr_assert_eq(rc, XW_ELIMIT, "rc %d: %s", rc, e.message);
	cr_assert_eq(e.line, 7);
	assert_has(e.message, "backtracks too much");
	assert_has(e.message, id);
}

Test(framework, parent_listed_after_child)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z](-[0-9])?'\n"
		 "items:\n"
		 "  - id: A-1\n"          /* line 7 */
		 "    parent: A\n"
		 "    kind: control\n"
		 "  - id: A\n"
		 "    kind: category\n",
		 XW_EINVAL, 7, "parent 'A' of 'A-1' is not listed before it");
}

Test(framework, unknown_parent)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z](-[0-9])?'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: category\n"
		 "  - id: A-1\n"          /* line 9 */
		 "    parent: Z\n"
		 "    kind: control\n",
		 XW_EINVAL, 9, "parent 'Z'");
}

Test(framework, item_that_is_its_own_parent)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    parent: A\n"
		 "    kind: category\n",
		 XW_EINVAL, 7, "parent 'A' of 'A'");
}

Test(framework, unknown_profile_is_named)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "profiles:\n"
		 "  - id: basic\n"
		 "items:\n"
		 "  - id: A\n"            /* line 9 */
		 "    kind: category\n"
		 "    profiles: [basic, platinum]\n",
		 XW_EINVAL, 9, "'platinum'");
}

Test(framework, extends_a_profile_declared_later)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "profiles:\n"
		 "  - id: full\n"         /* line 7 */
		 "    extends: basic\n"
		 "  - id: basic\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: category\n",
		 XW_EINVAL, 7, "'full' extends 'basic', which is not declared before it");
}

Test(framework, extends_itself)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "profiles:\n"
		 "  - id: loop\n"
		 "    extends: loop\n"
		 "items: []\n",
		 XW_EINVAL, 7, "'loop' extends 'loop'");
}

Test(framework, duplicate_profile)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "profiles:\n"
		 "  - id: p\n"
		 "  - id: p\n"            /* line 8 */
		 "items: []\n",
		 XW_EINVAL, 8, "duplicate profile 'p'");
}

Test(framework, more_than_32_profiles_is_elimit)
{
	struct xw_framework *fw;
	struct xw_profile *p;
	struct xw_error e;

	cr_assert_eq(xw_framework_new(&fw, &e), 0);
	for (int i = 0; i < XW_MAX_PROFILES; i++)
		cr_assert_eq(xw_framework_add_profile(fw, &p, &e), 0);
	cr_assert_eq(xw_framework_add_profile(fw, &p, &e), XW_ELIMIT);
	assert_has(e.message, "32");
	cr_assert_eq(fw->n_profiles, XW_MAX_PROFILES);
	xw_framework_free(fw);
}

/* The limit hit while reading a file comes with the position of the 33rd profile. */
Test(framework, more_than_32_profiles_in_a_file_is_elimit_with_position)
{
	char text[4096];
	int o = snprintf(text, sizeof(text), HEAD "id-pattern: '[A-Z]'\nprofiles:\n");

	for (int i = 0; i < XW_MAX_PROFILES + 1; i++)
		o += snprintf(text + o, sizeof(text) - (size_t)o, "  - id: p%d\n", i);
	snprintf(text + o, sizeof(text) - (size_t)o, "items: []\n");
	/* profiles start on line 7; the 33rd is on line 39 */
	fw_fails(text, XW_ELIMIT, 39, "more than 32 profiles");
}

Test(framework, item_without_kind)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    title: {en: no kind}\n",
		 XW_EINVAL, 7, "item 'A' has no 'kind'");
}

Test(framework, unknown_kind_suggests_the_right_one)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: catgory\n",
		 XW_EINVAL, 8, "did you mean 'category'");
}

Test(framework, replaced_by_an_unknown_item)
{
	fw_fails(HEAD
		 "id-pattern: '[A-Z]'\n"
		 "items:\n"
		 "  - id: A\n"
		 "    kind: category\n"
		 "    status: withdrawn\n"
		 "    replaced-by: [Q]\n",
		 XW_EINVAL, 7, "unknown item 'Q'");
}

Test(framework, missing_required_fields)
{
	fw_fails("format: xwalk-framework/1\nname: {en: T}\nversion: '1'\n"
		 "id-pattern: x\nitems: []\n", XW_EINVAL, 1, "no 'id'");
	fw_fails("format: xwalk-framework/1\nid: t\nversion: '1'\n"
		 "id-pattern: x\nitems: []\n", XW_EINVAL, 1, "no 'name'");
	fw_fails("format: xwalk-framework/1\nid: t\nname: {en: T}\n"
		 "id-pattern: x\nitems: []\n", XW_EINVAL, 1, "no 'version'");
	fw_fails(HEAD "items: []\n", XW_EINVAL, 1, "no 'id-pattern'");
}

Test(framework, framework_id_must_be_lower_case)
{
	fw_fails("format: xwalk-framework/1\nid: Test_FW\nname: {en: T}\n"
		 "version: '1'\nid-pattern: x\nitems: []\n",
		 XW_EINVAL, 2, "'Test_FW'");
}

/* --- the bundled scs-2026 catalog ------------------------------------------------ */

static struct xw_doc load_bundled(const char *name)
{
	char path[4096], rel[256];
	struct xw_doc doc;
	struct xw_error e;
	int rc;

	snprintf(rel, sizeof(rel), "frameworks/%s", name);
	src_path(path, sizeof(path), rel);
	xw_error_clear(&e);
	rc = xw_native_load(path, &doc, &e);
	cr_assert_eq(rc, 0, "%s:%u:%u: %s", e.file, e.line, e.column, e.message);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	return doc;
}

static size_t count(const struct xw_framework *fw, enum xw_item_kind kind,
		    size_t profile)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		if (fw->items[i]->kind == kind &&
		    (profile == XW_NONE || xw_item_in_profile(fw->items[i], profile)))
			n++;
	return n;
}

Test(framework, scs_2026_has_the_published_shape)
{
	struct xw_doc doc = load_bundled("scs-2026.yaml");
	const struct xw_framework *fw = doc.framework;

	cr_assert_str_eq(fw->id, "scs-2026");
	cr_assert_str_eq(fw->version, "2026-03-27");
	cr_assert_eq(count(fw, XW_KIND_CATEGORY, XW_NONE), 7);
	cr_assert_eq(count(fw, XW_KIND_SUBCATEGORY, XW_NONE), 16);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, XW_NONE), 43);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, XW_NONE), 153);
	cr_assert_eq(fw->n_items, 7 + 16 + 43 + 153);
	/* every criterion sits under a requirement, under a subcategory, under a category */
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];
		cr_assert_eq(it->depth, (size_t)(it->kind - XW_KIND_CATEGORY),
			     "%s has depth %zu", it->id, it->depth);
	}
	xw_doc_clear(&doc);
}

Test(framework, scs_2026_profiles)
{
	struct xw_doc doc = load_bundled("scs-2026.yaml");
	const struct xw_framework *fw = doc.framework;
	size_t s3 = xw_framework_profile(fw, "star3");
	size_t s4 = xw_framework_profile(fw, "star4");
	size_t s5 = xw_framework_profile(fw, "star5");

	cr_assert_neq(s3, XW_NONE);
	cr_assert_neq(s4, XW_NONE);
	cr_assert_neq(s5, XW_NONE);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, s3), 81);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, s3), 26);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, s4), 153);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, s4), 43);
	cr_assert_eq(count(fw, XW_KIND_CATEGORY, s3), 7);
	cr_assert_eq(fw->profiles[s4]->extends, s3);
	cr_assert_eq(fw->profiles[s5]->extends, s4);
	cr_assert(fw->profiles[s3]->defined);
	cr_assert(fw->profiles[s4]->defined);
	cr_assert_not(fw->profiles[s5]->defined, "star5 is announced, not defined");
	cr_assert_eq(fw->profiles[s3]->assurance, XW_ASSURANCE_EXPERT_CHECKED);
	cr_assert_eq(fw->profiles[s4]->assurance, XW_ASSURANCE_THIRD_PARTY_TECH);
	/* 1-1-1-1 is tagged ★4 only */
	cr_assert_not(xw_item_in_profile(fw->items[xw_framework_find(fw, "1-1-1-1")], s3));
	cr_assert(xw_item_in_profile(fw->items[xw_framework_find(fw, "1-1-1-1")], s4));
	xw_doc_clear(&doc);
}

/* --- text hashes ------------------------------------------------------------------ */

/* The hash of the single item of a framework written with @item_yaml. */
static uint64_t hash_of(const char *item_yaml)
{
	char text[2048];
	struct xw_doc doc;
	uint64_t h;

	snprintf(text, sizeof(text),
		 HEAD "id-pattern: '[A-Z]'\nitems:\n  - id: A\n    kind: item\n%s",
		 item_yaml);
	read_ok(text, &doc);
	h = xw_item_hash(doc.framework->items[0]);
	xw_doc_clear(&doc);
	return h;
}

/* First 64 bits of SHA-256 over the NUL-terminated strings @parts. */
static uint64_t sha_parts(const char *const *parts, size_t n)
{
	struct xw_sha256 c;
	unsigned char d[32];
	uint64_t h = 0;

	xw_sha256_init(&c);
	for (size_t i = 0; i < n; i++)
		xw_sha256_update(&c, parts[i], strlen(parts[i]) + 1);
	xw_sha256_final(&c, d);
	for (int i = 0; i < 8; i++)
		h = h << 8 | d[i];
	return h;
}

Test(framework, hash_without_authoritative_covers_both_languages_exactly)
{
	static const char *const parts[] = { "題", "本文", "Title", "Body" };
	uint64_t h = hash_of("    title: {ja: 題, en: Title}\n"
			     "    text: {ja: 本文, en: Body}\n");

	/* ja title, ja text, en title, en text, each NUL-terminated */
	cr_assert_eq(h, sha_parts(parts, 4));
}

Test(framework, hash_with_authoritative_covers_only_that_language)
{
	static const char *const ja[] = { "題", "本文" };
	static const char *const en[] = { "Title", "Body" };

	cr_assert_eq(hash_of("    title: {ja: 題, en: Title}\n"
			     "    text: {ja: 本文, en: Body}\n"
			     "    authoritative: ja\n"),
		     sha_parts(ja, 2));
	cr_assert_eq(hash_of("    title: {ja: 題, en: Title}\n"
			     "    text: {ja: 本文, en: Body}\n"
			     "    authoritative: en\n"),
		     sha_parts(en, 2));
}

Test(framework, hash_changes_when_a_title_changes)
{
	uint64_t a = hash_of("    title: {ja: 題, en: Title}\n");
	uint64_t b = hash_of("    title: {ja: 題, en: Title!}\n");
	uint64_t c = hash_of("    title: {ja: 題名, en: Title}\n");

	cr_assert_neq(a, b);
	cr_assert_neq(a, c);
	cr_assert_neq(b, c);
}

Test(framework, hash_ignores_the_non_authoritative_language)
{
	uint64_t a = hash_of("    title: {ja: 題, en: Title}\n    authoritative: ja\n");
	uint64_t b = hash_of("    title: {ja: 題, en: Another}\n    authoritative: ja\n");
	uint64_t c = hash_of("    title: {ja: 題}\n    authoritative: ja\n");
	uint64_t d = hash_of("    title: {ja: 別の題, en: Title}\n    authoritative: ja\n");

	cr_assert_eq(a, b);
	cr_assert_eq(a, c);
	cr_assert_neq(a, d);
}

Test(framework, hash_separates_title_from_text)
{
	uint64_t a = hash_of("    title: {en: ab}\n");
	uint64_t b = hash_of("    title: {en: a}\n    text: {en: b}\n");

	cr_assert_neq(a, b);
}

Test(framework, hash_ignores_props_profiles_and_kind)
{
	uint64_t a = hash_of("    title: {en: T}\n");
	uint64_t b = hash_of("    title: {en: T}\n    props: {x: y}\n");

	cr_assert_eq(a, b);
}

/* Texts changed and finished again (as --official does) give a new hash,
 * though the old one was asked for: finish() forgets it. */
Test(framework, hash_follows_texts_changed_before_finish)
{
	uint64_t before, after = hash_of("    title: {en: After}\n");
	struct xw_doc doc;
	struct xw_error e;
	struct xw_item *it;

	read_ok(HEAD "id-pattern: '[A-Z]'\nitems:\n  - id: A\n    kind: item\n"
		"    title: {en: Before}\n", &doc);
	it = doc.framework->items[0];
	before = xw_item_hash(it);
	cr_assert_eq(xw_item_set(it, "title", "en", "After", &e), 0, "%s", e.message);
	cr_assert_eq(xw_framework_finish(doc.framework, &e), 0, "%s", e.message);
	cr_assert_neq(xw_item_hash(it), before);
	cr_assert_eq(xw_item_hash(it), after);
	xw_doc_clear(&doc);
}

Test(framework, hash_hex_is_16_lower_case_digits)
{
	char buf[17];

	xw_hash_hex(0x0123456789abcdefull, buf);
	cr_assert_str_eq(buf, "0123456789abcdef");
	xw_hash_hex(0, buf);
	cr_assert_str_eq(buf, "0000000000000000");
	xw_hash_hex(UINT64_MAX, buf);
	cr_assert_str_eq(buf, "ffffffffffffffff");
}

/* --- building through the flat API ------------------------------------------------ */

Test(framework, flat_set_api_builds_and_finishes)
{
	struct xw_framework *fw;
	struct xw_item *it;
	struct xw_profile *p;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_framework_new(&fw, &e), 0);
	cr_assert_eq(xw_framework_set(fw, "id", NULL, "api", &e), 0, "%s", e.message);
	cr_assert_eq(xw_framework_set(fw, "name", "en", "API", &e), 0, "%s", e.message);
	cr_assert_eq(xw_framework_set(fw, "version", NULL, "1", &e), 0);
	cr_assert_eq(xw_framework_set(fw, "id-pattern", NULL, "[a-z]+", &e), 0);
	cr_assert_eq(xw_framework_set(fw, "name", "fr", "API", &e), XW_EINVAL);
	cr_assert_eq(xw_framework_set(fw, "name", NULL, "API", &e), XW_EINVAL);
	cr_assert_eq(xw_framework_set(fw, "nmae", NULL, "x", &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'name'");
	cr_assert_eq(xw_framework_set(fw, "date", NULL, "2026-13-01", &e), XW_EINVAL);
	cr_assert_eq(xw_framework_add_profile(fw, &p, &e), 0);
	cr_assert_eq(xw_profile_set(p, "id", NULL, "lvl", &e), 0);
	cr_assert_eq(xw_profile_set(p, "assurance", NULL, "self-assessment", &e), 0);
	cr_assert_eq(xw_framework_add_item(fw, &it, &e), 0);
	cr_assert_eq(xw_item_set(it, "id", NULL, "abc", &e), 0);
	cr_assert_eq(xw_item_set(it, "kind", NULL, "control", &e), 0);
	cr_assert_eq(xw_item_set(it, "profiles", NULL, "lvl", &e), 0);
	cr_assert_eq(xw_item_set(it, "props", "k", "v", &e), 0);
	cr_assert_eq(xw_item_set(it, "props", "k", "w", &e), 0);
	cr_assert_eq(xw_framework_finish(fw, &e), 0, "%s", e.message);
	cr_assert(fw->finished);
	cr_assert_str_eq(xw_props_get(&it->props, "k"), "w");
	cr_assert_eq(it->props.n, 1);
	cr_assert(xw_item_in_profile(it, 0));
	cr_assert_eq(fw->profiles[0]->assurance, XW_ASSURANCE_SELF_ASSESSMENT);
	cr_assert_eq(xw_framework_find(fw, "abc"), 0);
	xw_framework_free(fw);
}
