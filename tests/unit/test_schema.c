/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "schema.h"
#include "xwalk/mapping.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

static const char *const item_keys[] = {
	"id", "parent", "kind", "title", "text", "authoritative", "profiles",
	"status", "replaced-by", "props", "unknown",
};

static const char *const row_keys[] = {
	"id", "sources", "targets", "relationship", "rationale", "strength",
	"justification", "conditions", "review",
};

static void suggests(const char *word, const char *const *names, size_t n,
		     const char *want)
{
	const char *got = xw_suggest(word, names, n);

	cr_assert_not_null(got, "no suggestion for '%s', expected '%s'", word, want);
	cr_assert_str_eq(got, want, "'%s' -> '%s', expected '%s'", word, got, want);
}

static void no_suggestion(const char *word, const char *const *names, size_t n)
{
	const char *got = xw_suggest(word, names, n);

	cr_assert_null(got, "'%s' should have no suggestion, got '%s'", word, got);
}

Test(schema, suggest_picks_close_names)
{
	suggests("titel", item_keys, N(item_keys), "title");
	suggests("tilte", item_keys, N(item_keys), "title");
	suggests("parnet", item_keys, N(item_keys), "parent");
	suggests("profile", item_keys, N(item_keys), "profiles");
	suggests("replaced_by", item_keys, N(item_keys), "replaced-by");
	suggests("relationshp", row_keys, N(row_keys), "relationship");
	suggests("source", row_keys, N(row_keys), "sources");
	suggests("justifcation", row_keys, N(row_keys), "justification");
	suggests("Kind", item_keys, N(item_keys), "kind");
}

Test(schema, suggest_returns_an_exact_match)
{
	suggests("status", item_keys, N(item_keys), "status");
}

Test(schema, suggest_returns_null_for_far_names)
{
	no_suggestion("colour", item_keys, N(item_keys));
	no_suggestion("xyz", item_keys, N(item_keys));
	no_suggestion("zzzzzzzzzzzz", row_keys, N(row_keys));
	no_suggestion("weight", row_keys, N(row_keys));
}

Test(schema, suggest_handles_empty_and_null_lists)
{
	static const char *const with_null[] = { NULL, "equal", NULL };

	no_suggestion("title", item_keys, 0);
	suggests("equals", with_null, N(with_null), "equal");
	no_suggestion("", with_null, 1);
}

Test(schema, suggest_with_very_long_words_does_not_overflow)
{
	char word[300];
	static const char *names[1];
	char longname[300];

	memset(word, 'a', sizeof(word) - 1);
	word[sizeof(word) - 1] = '\0';
	no_suggestion(word, item_keys, N(item_keys));
	memset(longname, 'a', sizeof(longname) - 1);
	longname[sizeof(longname) - 1] = '\0';
	names[0] = longname;
	no_suggestion("a", names, 1);
	no_suggestion(word, names, 1);
}

Test(schema, enum_parse_and_pick)
{
	static const char *const names[] = { NULL, "equal", "subset-of" };
	struct xw_error e;

	cr_assert_eq(xw_enum_parse("equal", names, N(names)), 1);
	cr_assert_eq(xw_enum_parse("subset-of", names, N(names)), 2);
	cr_assert_eq(xw_enum_parse("", names, N(names)), -1);
	cr_assert_eq(xw_enum_pick("relationship", "subset-of", names, N(names), &e), 2);
	cr_assert_eq(xw_enum_pick("relationship", "subsetof", names, N(names), &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'subset-of'");
}

Test(schema, enum_error_lists_the_choices_when_nothing_is_close)
{
	static const char *const names[] = { NULL, "human", "automation", "hybrid" };
	struct xw_error e;

	cr_assert_eq(xw_enum_error("method", "by-hand-mostly", names, N(names), &e), XW_EINVAL);
	cr_assert_str_eq(e.message,
			 "'by-hand-mostly' is not a valid method; expected one of: human, automation, hybrid");
}

Test(schema, field_lookup)
{
	const struct xw_field *f = xw_schema_field(&xw_mapping_schema, "rows");

	cr_assert_not_null(f);
	cr_assert_eq(f->shape, XW_SHAPE_OBJECTS);
	cr_assert_null(xw_schema_field(&xw_mapping_schema, "row"));
	cr_assert_not_null(xw_schema_field(&xw_framework_schema, "id-pattern"));
	cr_assert_not_null(xw_schema_field(&xw_assessment_schema, "certificate"));
}

Test(schema, unknown_key_message)
{
	struct xw_error e;

	cr_assert_eq(xw_schema_unknown(&xw_mapping_schema, "auther", &e), XW_EINVAL);
	cr_assert_str_eq(e.message,
			 "unknown key 'auther' in mapping set (did you mean 'author'?)");
	cr_assert_eq(xw_schema_unknown(&xw_mapping_schema, "colour", &e), XW_EINVAL);
	cr_assert_str_eq(e.message, "unknown key 'colour' in mapping set");
}

Test(schema, set_reaches_nested_fields_with_a_dot)
{
	struct xw_mapping *m;
	struct xw_row *r;
	struct xw_error e;

	cr_assert_eq(xw_mapping_new(&m, &e), 0);
	cr_assert_eq(xw_mapping_add_row(m, &r, &e), 0);
	cr_assert_eq(xw_row_set(r, "review.status", NULL, "approved", &e), 0, "%s", e.message);
	cr_assert_eq(r->review, XW_REVIEW_APPROVED);
	cr_assert_eq(xw_row_set(r, "review.statsu", NULL, "approved", &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'status'");
	cr_assert_eq(xw_row_set(r, "review", NULL, "x", &e), XW_EUSAGE);
	cr_assert_eq(xw_mapping_set(m, "rows", NULL, "x", &e), XW_EUSAGE);
	xw_mapping_free(m);
}
