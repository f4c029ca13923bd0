/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "xwalk/mapping.h"

/* A set with every required field, built through the flat API. */
static struct xw_mapping *new_set(void)
{
	struct xw_mapping *m;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_mapping_new(&m, &e), 0);
	cr_assert_eq(xw_mapping_set(m, "id", NULL, "a--b", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "source", "framework", "a", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "source", "version", "1", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "target", "framework", "b", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "author", NULL, "me", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "method", NULL, "human", &e), 0, "%s", e.message);
	cr_assert_eq(xw_mapping_set(m, "status", NULL, "draft", &e), 0, "%s", e.message);
	return m;
}

static struct xw_row *add_row(struct xw_mapping *m, const char *id, const char *src,
			      const char *tgt, const char *rel, const char *rationale)
{
	struct xw_row *r;
	struct xw_error e;

	cr_assert_eq(xw_mapping_add_row(m, &r, &e), 0);
	cr_assert_eq(r->strength, XW_STRENGTH_NONE);
	cr_assert_eq(r->review, XW_REVIEW_DRAFT);
	if (id)
		cr_assert_eq(xw_row_set(r, "id", NULL, id, &e), 0);
	if (src)
		cr_assert_eq(xw_row_set(r, "sources", NULL, src, &e), 0);
	if (tgt)
		cr_assert_eq(xw_row_set(r, "targets", NULL, tgt, &e), 0);
	if (rel)
		cr_assert_eq(xw_row_set(r, "relationship", NULL, rel, &e), 0, "%s", e.message);
	if (rationale)
		cr_assert_eq(xw_row_set(r, "rationale", NULL, rationale, &e), 0);
	return r;
}

static void finish_fails(struct xw_mapping *m, const char *msg)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_mapping_finish(m, &e), XW_EINVAL, "finish() accepted the set");
	cr_assert_not(m->finished);
	assert_has(e.message, msg);
}

Test(mapping, complete_set_finishes)
{
	struct xw_mapping *m = new_set();
	struct xw_error e;

	add_row(m, "r1", "A", "B", "equal", "semantic");
	add_row(m, "r2", "A", "C", "no-relationship", NULL);
	cr_assert_eq(xw_mapping_finish(m, &e), 0, "%s", e.message);
	cr_assert(m->finished);
	cr_assert_str_eq(m->source_version, "1");
	cr_assert_null(m->target_version);
	xw_mapping_free(m);
}

Test(mapping, duplicate_row_id)
{
	struct xw_mapping *m = new_set();
	struct xw_row *r;

	add_row(m, "r1", "A", "B", "equal", "semantic");
	add_row(m, "r2", "A", "C", "equal", "semantic");
	r = add_row(m, "r1", "A", "D", "equal", "semantic");
	r->line = 42;
	r->column = 5;
	{
		struct xw_error e;
		cr_assert_eq(xw_mapping_finish(m, &e), XW_EINVAL);
		assert_has(e.message, "row 'r1' has the same id as an earlier row");
		cr_assert_eq(e.line, 42);
		cr_assert_eq(e.column, 5);
	}
	xw_mapping_free(m);
}

Test(mapping, row_without_sources)
{
	struct xw_mapping *m = new_set();

	add_row(m, "r1", NULL, "B", "equal", "semantic");
	finish_fails(m, "row 'r1' has no 'sources'");
	xw_mapping_free(m);
}

Test(mapping, row_without_targets)
{
	struct xw_mapping *m = new_set();

	add_row(m, "r1", "A", NULL, "equal", "semantic");
	finish_fails(m, "row 'r1' has no 'targets'");
	xw_mapping_free(m);
}

Test(mapping, row_without_relationship)
{
	struct xw_mapping *m = new_set();

	add_row(m, "r1", "A", "B", NULL, NULL);
	finish_fails(m, "row 'r1' has no 'relationship'");
	xw_mapping_free(m);
}

Test(mapping, row_without_id)
{
	struct xw_mapping *m = new_set();

	add_row(m, NULL, "A", "B", "equal", "semantic");
	finish_fails(m, "row '?' has no 'id'");
	xw_mapping_free(m);
}

Test(mapping, relationship_without_rationale)
{
	struct xw_mapping *m = new_set();

	add_row(m, "r9", "A", "B", "intersects-with", NULL);
	finish_fails(m, "row 'r9' has a relationship but no 'rationale'");
	xw_mapping_free(m);
}

Test(mapping, missing_required_set_fields)
{
	static const char *const keys[] = { "id", "author", "method" };

	for (size_t k = 0; k < sizeof(keys) / sizeof(keys[0]); k++) {
		struct xw_mapping *m;
		struct xw_error e;

		cr_assert_eq(xw_mapping_new(&m, &e), 0);
		for (size_t j = 0; j < sizeof(keys) / sizeof(keys[0]); j++)
			if (j != k)
				xw_mapping_set(m, keys[j], NULL,
					       strcmp(keys[j], "method") == 0 ? "human" : "x", &e);
		xw_mapping_set(m, "source", "framework", "a", &e);
		xw_mapping_set(m, "target", "framework", "b", &e);
		xw_mapping_set(m, "status", NULL, "draft", &e);
		cr_assert_eq(xw_mapping_finish(m, &e), XW_EINVAL, "without '%s'", keys[k]);
		assert_has(e.message, keys[k]);
		xw_mapping_free(m);
	}
}

Test(mapping, missing_source_framework)
{
	struct xw_mapping *m;
	struct xw_error e;

	cr_assert_eq(xw_mapping_new(&m, &e), 0);
	xw_mapping_set(m, "id", NULL, "x", &e);
	xw_mapping_set(m, "source", "version", "1", &e);
	xw_mapping_set(m, "target", "framework", "b", &e);
	xw_mapping_set(m, "author", NULL, "me", &e);
	xw_mapping_set(m, "method", NULL, "human", &e);
	xw_mapping_set(m, "status", NULL, "draft", &e);
	finish_fails(m, "no 'source.framework'");
	xw_mapping_free(m);
}

/* docs/formats.md: `status` of a mapping set is required. */
Test(mapping, set_without_status_is_refused)
{
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_str("format: xwalk-mapping/1\nid: m\nsource: {framework: a}\n"
			  "target: {framework: b}\nauthor: me\nmethod: human\nrows: []\n",
			  &doc, &e);

	if (rc == 0)
		xw_doc_clear(&doc);
	cr_assert_eq(rc, XW_EINVAL,
		     "a mapping set without 'status' was accepted (docs/formats.md says it is required)");
	assert_has(e.message, "status");
}

Test(mapping, native_read_reports_duplicate_row_with_its_line)
{
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(read_str("format: xwalk-mapping/1\nid: m\nsource: {framework: a}\n"
			      "target: {framework: b}\nauthor: me\nmethod: human\nstatus: draft\n"
			      "rows:\n"
			      "  - {id: r1, sources: [A], targets: [B], relationship: related, rationale: semantic}\n"
			      "  - {id: r1, sources: [A], targets: [C], relationship: related, rationale: semantic}\n",
			      &doc, &e), XW_EINVAL);
	cr_assert_eq(e.line, 10);
	cr_assert_eq(e.column, 5);
	assert_has(e.message, "row 'r1' has the same id");
}

Test(mapping, flat_row_names)
{
	struct xw_mapping *m = new_set();
	struct xw_row *r = add_row(m, "r1", "A", "B", "equal", "semantic");
	struct xw_error e;

	cr_assert_eq(xw_row_set(r, "review-status", NULL, "reviewed", &e), 0, "%s", e.message);
	cr_assert_eq(xw_row_set(r, "reviewer", NULL, "Sato", &e), 0, "%s", e.message);
	cr_assert_eq(xw_row_set(r, "review-date", NULL, "2026-01-31", &e), 0, "%s", e.message);
	cr_assert_eq(xw_row_set(r, "review-date", NULL, "2026-02-31", &e), XW_EINVAL);
	cr_assert_eq(xw_row_set(r, "source-hashes", "A", "00112233445566ff", &e), 0, "%s", e.message);
	cr_assert_eq(xw_row_set(r, "target-hashes", "B", "xyz", &e), XW_EINVAL);
	cr_assert_eq(xw_row_set(r, "strength", NULL, "10", &e), 0);
	cr_assert_eq(xw_row_set(r, "strength", NULL, "11", &e), XW_EINVAL);
	cr_assert_eq(xw_row_set(r, "strength", NULL, "5x", &e), XW_EINVAL);
	cr_assert_eq(xw_row_set(r, "conditions", NULL, "c1", &e), 0);
	cr_assert_eq(xw_row_set(r, "conditions", NULL, "c2", &e), 0);
	cr_assert_eq(r->review, XW_REVIEW_REVIEWED);
	cr_assert_str_eq(r->reviewer, "Sato");
	cr_assert_str_eq(r->review_date, "2026-01-31");
	cr_assert_eq(r->source_hashes.n, 1);
	cr_assert_str_eq(r->source_hashes.v[0].id, "A");
	cr_assert_eq(r->source_hashes.v[0].hash, 0x00112233445566ffull);
	cr_assert_eq(r->target_hashes.n, 0);
	cr_assert_eq(r->strength, 10);
	cr_assert_eq(r->conditions.n, 2);
	xw_mapping_free(m);
}

Test(mapping, set_level_sub_keys)
{
	struct xw_mapping *m;
	struct xw_error e;

	cr_assert_eq(xw_mapping_new(&m, &e), 0);
	cr_assert_eq(xw_mapping_set(m, "source", "frameowrk", "a", &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'framework'");
	cr_assert_eq(xw_mapping_set(m, "title", "ja", "表題", &e), 0);
	cr_assert_eq(xw_mapping_set(m, "title", "jp", "表題", &e), XW_EINVAL);
	assert_has(e.message, "'jp' is not a valid language");
	cr_assert_eq(xw_mapping_set(m, "comprehensive", NULL, "yes", &e), XW_EINVAL);
	cr_assert_eq(xw_mapping_set(m, "comprehensive", NULL, "true", &e), 0);
	cr_assert(m->comprehensive);
	cr_assert_eq(xw_mapping_set(m, "method", NULL, "automatic", &e), XW_EINVAL);
	xw_mapping_free(m);
}

Test(mapping, names)
{
	cr_assert_str_eq(xw_relationship_name(XW_REL_EQUAL), "equal");
	cr_assert_str_eq(xw_relationship_name(XW_REL_SUBSET), "subset-of");
	cr_assert_str_eq(xw_relationship_name(XW_REL_NONE), "no-relationship");
	cr_assert_null(xw_relationship_name(XW_REL_UNSET));
	cr_assert_null(xw_relationship_name(XW_REL_COUNT));
	cr_assert_str_eq(xw_rationale_name(XW_RATIONALE_FUNCTIONAL), "functional");
	cr_assert_str_eq(xw_review_name(XW_REVIEW_DEPRECATED), "deprecated");
	cr_assert_str_eq(xw_method_name(XW_METHOD_HYBRID), "hybrid");
	cr_assert_null(xw_method_name(XW_METHOD_UNSET));
}

Test(mapping, many_rows_grow_the_table)
{
	struct xw_mapping *m = new_set();
	struct xw_error e;
	char id[32];

	for (int i = 0; i < 500; i++) {
		snprintf(id, sizeof(id), "r%d", i);
		add_row(m, id, "A", "B", "related", "semantic");
	}
	cr_assert_eq(m->n_rows, 500);
	cr_assert_eq(xw_mapping_finish(m, &e), 0, "%s", e.message);
	cr_assert_str_eq(m->rows[499]->id, "r499");
	xw_mapping_free(m);
}
