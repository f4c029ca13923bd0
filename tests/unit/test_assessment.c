/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <string.h>

#include "helpers.h"
#include "xwalk/assessment.h"

static struct xw_assessment *new_assessment(void)
{
	struct xw_assessment *a;
	struct xw_error e;

	cr_assert_eq(xw_assessment_new(&a, &e), 0);
	cr_assert_eq(xw_assessment_set(a, "framework", NULL, "scs-2026", &e), 0, "%s", e.message);
	return a;
}

static struct xw_result *add(struct xw_assessment *a, const char *item, const char *status)
{
	struct xw_result *r;
	struct xw_error e;

	cr_assert_eq(xw_assessment_add_result(a, &r, &e), 0);
	if (item)
		cr_assert_eq(xw_result_set(r, "item", NULL, item, &e), 0);
	if (status)
		cr_assert_eq(xw_result_set(r, "status", NULL, status, &e), 0, "%s", e.message);
	return r;
}

Test(assessment, complete_assessment_finishes)
{
	struct xw_assessment *a = new_assessment();
	struct xw_error e;

	add(a, "1-1-1-1", "implemented");
	add(a, "1-1-1-2", "not-applicable");
	cr_assert_eq(xw_assessment_finish(a, &e), 0, "%s", e.message);
	cr_assert(a->finished);
	cr_assert_eq(a->results[1]->status, XW_RESULT_NOT_APPLICABLE);
	xw_assessment_free(a);
}

Test(assessment, duplicate_result_item)
{
	struct xw_assessment *a = new_assessment();
	struct xw_result *r;
	struct xw_error e;

	add(a, "1-1-1-1", "implemented");
	add(a, "1-1-1-2", "partial");
	r = add(a, "1-1-1-1", "not-implemented");
	r->line = 17;
	r->column = 5;
	cr_assert_eq(xw_assessment_finish(a, &e), XW_EINVAL);
	cr_assert_not(a->finished);
	assert_has(e.message, "'1-1-1-1' has a second result");
	cr_assert_eq(e.line, 17);
	cr_assert_eq(e.column, 5);
	xw_assessment_free(a);
}

Test(assessment, duplicate_result_item_from_a_file)
{
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(read_str("format: xwalk-assessment/1\nframework: f\nresults:\n"
			      "  - item: A\n    status: implemented\n"
			      "  - item: B\n    status: implemented\n"
			      "  - item: A\n    status: partial\n", &doc, &e), XW_EINVAL);
	cr_assert_str_eq(e.file, "t.yaml");
	cr_assert_eq(e.line, 8);
	assert_has(e.message, "'A' has a second result");
}

Test(assessment, without_framework)
{
	struct xw_assessment *a;
	struct xw_error e;

	cr_assert_eq(xw_assessment_new(&a, &e), 0);
	cr_assert_eq(xw_assessment_finish(a, &e), XW_EINVAL);
	assert_has(e.message, "no 'framework'");
	xw_assessment_free(a);
}

Test(assessment, result_without_item_or_status)
{
	struct xw_assessment *a = new_assessment();
	struct xw_error e;

	add(a, NULL, "implemented");
	cr_assert_eq(xw_assessment_finish(a, &e), XW_EINVAL);
	assert_has(e.message, "result has no 'item'");
	xw_assessment_free(a);

	a = new_assessment();
	add(a, "X", NULL);
	cr_assert_eq(xw_assessment_finish(a, &e), XW_EINVAL);
	assert_has(e.message, "result for 'X' has no 'status'");
	xw_assessment_free(a);
}

Test(assessment, bad_status_suggests)
{
	struct xw_assessment *a = new_assessment();
	struct xw_result *r;
	struct xw_error e;

	cr_assert_eq(xw_assessment_add_result(a, &r, &e), 0);
	cr_assert_eq(xw_result_set(r, "status", NULL, "implmented", &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'implemented'");
	cr_assert_eq(xw_result_set(r, "status", NULL, "done-and-dusted", &e), XW_EINVAL);
	assert_has(e.message, "expected one of: implemented, partial, not-implemented, not-applicable, unknown");
	xw_assessment_free(a);
}

Test(assessment, certificate_fields)
{
	struct xw_assessment *a = new_assessment();
	struct xw_error e;

	cr_assert_eq(xw_assessment_set(a, "certificate", "body", "CB", &e), 0);
	cr_assert_eq(xw_assessment_set(a, "certificate", "issued", "2025-04-01", &e), 0);
	cr_assert_eq(xw_assessment_set(a, "certificate", "expires", "2028-04-31", &e), XW_EINVAL);
	cr_assert_eq(xw_assessment_set(a, "certificate", "expiry", "2028-03-31", &e), XW_EINVAL);
	assert_has(e.message, "did you mean 'expires'");
	cr_assert_eq(xw_assessment_set(a, "certificate", NULL, "x", &e), XW_EINVAL);
	cr_assert_str_eq(a->certificate.body, "CB");
	cr_assert_str_eq(a->certificate.issued, "2025-04-01");
	cr_assert_null(a->certificate.expires);
	xw_assessment_free(a);
}

Test(assessment, result_names)
{
	cr_assert_str_eq(xw_result_name(XW_RESULT_IMPLEMENTED), "implemented");
	cr_assert_str_eq(xw_result_name(XW_RESULT_NOT_APPLICABLE), "not-applicable");
	cr_assert_null(xw_result_name(XW_RESULT_UNSET));
	cr_assert_null(xw_result_name(XW_RESULT_COUNT));
}

/* clauses are mandatory under a certificate; controls are not */
static const char mandatory_fw[] =
	"format: xwalk-framework/1\nid: isms\nname: {en: ISMS}\nversion: '1'\n"
	"id-pattern: '[A-Z0-9.]+'\n"
	"profiles:\n"
	"  - id: clauses\n    mandatory: true\n"
	"  - id: controls\n"
	"items:\n"
	"  - id: '4'\n    kind: clause\n    profiles: [clauses]\n"
	"  - id: '4.1'\n    parent: '4'\n    kind: clause\n    profiles: [clauses]\n"
	"  - id: '4.2'\n    parent: '4'\n    kind: clause\n    profiles: [clauses]\n"
	"  - id: A.1\n    kind: control\n    profiles: [controls]\n";

static struct xw_assessment *certified(const char *framework, bool with_certificate)
{
	struct xw_assessment *a;
	struct xw_error e;

	cr_assert_eq(xw_assessment_new(&a, &e), 0);
	cr_assert_eq(xw_assessment_set(a, "framework", NULL, framework, &e), 0);
	if (with_certificate)
		cr_assert_eq(xw_assessment_set(a, "certificate", "number", "IS 1", &e), 0);
	add(a, "4.1", "partial");
	add(a, "A.1", "implemented");
	cr_assert_eq(xw_assessment_finish(a, &e), 0, "%s", e.message);
	return a;
}

Test(assessment, certificate_implies_mandatory_items)
{
	struct xw_assessment *a = certified("isms", true);
	struct xw_doc doc;
	struct xw_error e;

	read_ok(mandatory_fw, &doc);
	cr_assert_eq(xw_assessment_imply_mandatory(a, doc.framework, &e), 2, "%s", e.message);
	cr_assert_eq(a->n_results, 4);
	/* the partial result it recorded stays; 4 and 4.2 are implied */
	cr_assert_eq(a->results[0]->status, XW_RESULT_PARTIAL);
	cr_assert_not(a->results[0]->implied);
	cr_assert_str_eq(a->results[2]->item, "4");
	cr_assert_str_eq(a->results[3]->item, "4.2");
	cr_assert_eq(a->results[3]->status, XW_RESULT_IMPLEMENTED);
	cr_assert(a->results[3]->implied);
	cr_assert(a->finished);
	/* once is enough: nothing more to imply */
	cr_assert_eq(xw_assessment_imply_mandatory(a, doc.framework, &e), 0);
	xw_assessment_free(a);
	xw_doc_clear(&doc);
}

Test(assessment, no_certificate_or_other_framework_implies_nothing)
{
	struct xw_assessment *plain = certified("isms", false), *other = certified("other", true);
	struct xw_doc doc;
	struct xw_error e;

	read_ok(mandatory_fw, &doc);
	cr_assert_eq(xw_assessment_imply_mandatory(plain, doc.framework, &e), 0);
	cr_assert_eq(xw_assessment_imply_mandatory(other, doc.framework, &e), 0);
	cr_assert_eq(plain->n_results, 2);
	cr_assert_eq(other->n_results, 2);
	xw_assessment_free(plain);
	xw_assessment_free(other);
	xw_doc_clear(&doc);
}
