/* SPDX-License-Identifier: MIT */
/*
 * What the plugin refuses, each with its exact message: exports that
 * break one rule (make_fixtures.py), other workbooks, and options.
 */
#include "helpers.h"

TestSuite(errors, .timeout = 30);

#define TARGETS "TARGET being iso27001-2022 (ISO/IEC 27001:2022) or " \
	"nist-sp800-53-r5 (SP 800-53 Rev 5.1.1)"
#define AT "'CSF 2.0 Core'!"

/* One read that must fail: its code and message ('*' as in glob()). */
struct refusal {
	const char *file;
	const char *format;          /* NULL: chosen by content */
	enum xw_doc_kind kind;
	int code;
	const char *message;
};

static void refused(struct xw_registry *reg, const struct refusal *r)
{
	char *path = fixture(r->file);
	struct xw_doc doc;
	struct xw_error e;
	int rc = read_as(reg, path, r->format, r->kind, &doc, &e);

	cr_expect_eq(rc, r->code, "%s (%s): %s (%s)", r->file, or_none(r->format), e.message,
		     xw_strerror(rc));
	cr_expect(glob(r->message, e.message), "%s (%s):\n  got  %s\n  want %s", r->file,
		  or_none(r->format), e.message, r->message);
	cr_expect_str_eq(e.file, path);
	cr_expect_eq(doc.kind, XW_DOC_NONE);
	free(path);
}

static void all_refused(const struct refusal *r, size_t n)
{
	struct xw_registry *reg = cprt_registry();

	for (size_t i = 0; i < n; i++)
		refused(reg, &r[i]);
	xw_registry_free(reg);
}

#define ALL_REFUSED(table) all_refused(table, sizeof(table) / sizeof(table[0]))

Test(errors, options)
{
	static const struct refusal table[] = {
		{ "synthetic.xlsx", "nist-cprt", XW_DOC_MAPPING, XW_EUSAGE,
		  "NIST's informative references name many schemes: choose one with "
		  "--from nist-cprt:target=TARGET, " TARGETS },
		{ "synthetic.xlsx", "nist-cprt:target=iso27001", XW_DOC_MAPPING, XW_EUSAGE,
		  "an unknown target 'iso27001' for the nist-cprt plugin; its options are "
		  "target=TARGET, " TARGETS ", or from=nist-csf-1.1 (the version mapping "
		  "CSF 1.1 -> 2.0)" },
		{ "synthetic.xlsx", "nist-cprt:from=nist-csf-1.0", XW_DOC_MAPPING, XW_EUSAGE,
		  "an unknown version to map from 'nist-csf-1.0' for the nist-cprt plugin; *" },
		{ "synthetic.xlsx", "nist-cprt:from=nist-csf-1.1,target=iso27001-2022",
		  XW_DOC_MAPPING, XW_EUSAGE,
		  "a second mapping set 'target=iso27001-2022' for the nist-cprt plugin; *" },
		{ "synthetic.xlsx", "nist-cprt:scheme=iso27001-2022", XW_DOC_MAPPING, XW_EUSAGE,
		  "an unknown option 'scheme=iso27001-2022' for the nist-cprt plugin; *" },
		{ "synthetic.xlsx", "nist-cprt:iso27001-2022", XW_DOC_MAPPING, XW_EUSAGE,
		  "an option without '=' 'iso27001-2022' for the nist-cprt plugin; *" },
		{ "synthetic.xlsx", "nist-cprt:target=iso27001-2022, target=nist-sp800-53-r5",
		  XW_DOC_MAPPING, XW_EUSAGE,
		  "a second target 'target=nist-sp800-53-r5' for the nist-cprt plugin; *" },
		/* bad options are refused by the framework reader too */
		{ "synthetic.xlsx", "nist-cprt:target=none", XW_DOC_NONE, XW_EUSAGE,
		  "an unknown target 'none' *" },
		/* a target asks for the mapping set */
		{ "synthetic.xlsx", ISO, XW_DOC_FRAMEWORK, XW_EUNSUPPORTED,
		  "target=iso27001-2022 reads NIST's informative references as a mapping set, "
		  "not the framework: use --kind mapping" },
		{ "synthetic.xlsx", "nist-cprt:from=nist-csf-1.1", XW_DOC_FRAMEWORK, XW_EUNSUPPORTED,
		  "from=nist-csf-1.1 reads NIST's notes on CSF 1.1 as a version mapping, "
		  "not the framework: use --kind mapping" },
	};

	ALL_REFUSED(table);
}

/* With a target and no kind asked for, the file is read as the mapping set. */
Test(errors, target_reads_the_mapping)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("synthetic.xlsx");
	struct xw_doc doc;

	must_read(reg, path, SP, XW_DOC_MAPPING, &doc);
	xw_doc_clear(&doc);
	cr_assert_eq(read_as(reg, path, SP, XW_DOC_NONE, &doc, &(struct xw_error){ 0 }), 0);
	cr_expect_eq(doc.kind, XW_DOC_MAPPING);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(errors, not_an_export)
{
	static const struct refusal table[] = {
		{ "not-cprt.xlsx", "nist-cprt", XW_DOC_NONE, XW_EUNSUPPORTED,
		  "plugin 'nist-cprt' cannot read this file as a framework, mapping set or assessment" },
		{ "not-cprt.xlsx", ISO, XW_DOC_MAPPING, XW_EUNSUPPORTED,
		  "plugin 'nist-cprt' cannot read this file as a mapping set" },
		{ "not-cprt.xlsx", NULL, XW_DOC_NONE, XW_EUNSUPPORTED,
		  "no reader recognises this file (see 'xwalk plugins')" },
	};

	ALL_REFUSED(table);
}

Test(errors, table)
{
	static const struct refusal table[] = {
		{ "empty.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "A4: no function, category or subcategory below the header row" },
		{ "dup-header.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "C4: a second column headed 'Category' (the first is B4)" },
		{ "no-refs-column.xlsx", ISO, XW_DOC_MAPPING, XW_EINVAL,
		  AT "E4: the header row has no column 'Informative References'" },
		{ "refs-without-csf.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "D9: 'Informative References' in a row that names no function, category "
		  "or subcategory" },
	};

	ALL_REFUSED(table);
}

Test(errors, csf_cells)
{
	static const struct refusal table[] = {
		{ "not-a-cell.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "A5: 'Govern: a statement' is not a CSF function (expected "
		  "'GOVERN (GV): statement')" },
		{ "wrong-parent.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "C6: category ID.OC is not part of function GV (row 5), under which it stands" },
		{ "sub-first.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "E7: subcategory GV.OC-01 comes before any category" },
		{ "no-statement.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "C6: category GV.OC has no statement (expected "
		  "'Organizational Context (GV.OC): statement')" },
		{ "changed-repeat.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "A8: function GV is named again, differently from row 5" },
		{ "withdrawn-function.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "A5: function GV is marked withdrawn; CSF withdrew no function" },
		{ "active-under-withdrawn.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "E9: subcategory GV.XX-01 is not withdrawn, but its category GV.XX is" },
		{ "dup-subcategory.xlsx", NULL, XW_DOC_NONE, XW_EINVAL,
		  AT "E8: subcategory GV.OC-01 is named a second time" },
		/* the mapping reader walks the same tree */
		{ "dup-subcategory.xlsx", ISO, XW_DOC_MAPPING, XW_EINVAL,
		  AT "E8: subcategory GV.OC-01 is named a second time" },
		{ "wrong-parent.xlsx", SP, XW_DOC_MAPPING, XW_EINVAL,
		  AT "C6: category ID.OC is not part of function GV (row 5), under which it stands" },
	};

	ALL_REFUSED(table);
}

Test(errors, references)
{
	static const struct refusal table[] = {
		{ "bad-iso.xlsx", ISO, XW_DOC_MAPPING, XW_EINVAL,
		  AT "D7: cannot read the ISO/IEC 27001:2022 reference 'Clause 4.1' of GV.OC-01; "
		  "expected 'Mandatory Clause: N' or 'Annex A Controls: N', N a clause or control "
		  "number or a list of them, 'None' or 'All applicable controls'" },
		{ "bad-iso-part.xlsx", ISO, XW_DOC_MAPPING, XW_EINVAL,
		  AT "D7: cannot read the ISO/IEC 27001:2022 reference "
		  "'Mandatory Clause: 4.1, four' of GV.OC-01; *" },
		{ "bad-sp.xlsx", SP, XW_DOC_MAPPING, XW_EINVAL,
		  AT "D7: cannot read the SP 800-53 Rev 5.1.1 reference 'AC-2a' of GV.OC-01; "
		  "expected a control, enhancement or family id such as 'AC-02', 'AC-02(01)' or 'PT'" },
		{ "bad-csf11.xlsx", "nist-cprt:from=nist-csf-1.1", XW_DOC_MAPPING, XW_EINVAL,
		  AT "D7: cannot read the CSF v1.1 reference 'ID.BE-200' of GV.OC-01; "
		  "expected a CSF 1.1 id such as 'ID.BE-2', 'ID.BE' or 'ID'" },
	};

	ALL_REFUSED(table);
}

/* A reference of another scheme is not read, so it cannot break the set. */
Test(errors, other_schemes_are_not_read)
{
	struct xw_registry *reg = cprt_registry();
	char *path = fixture("bad-sp.xlsx");
	struct xw_doc doc;

	cr_expect_eq(mapping_of(reg, path, ISO, &doc)->n_rows, 0);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}
