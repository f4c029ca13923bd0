/* SPDX-License-Identifier: MIT */
/*
 * Broken and hostile workbooks (made by make_hostile.py at build time):
 * each is refused with its own exact error, through the registry as
 * xwalk reads any file, and nothing crashes, hangs or leaks.
 */
#include "helpers.h"

static struct xw_registry *reg;

static void load(void)
{
	reg = plugin_registry(SCS_PLUGIN);
}

static void unload(void)
{
	xw_registry_free(reg);
}

TestSuite(hostile, .init = load, .fini = unload);

static void refuse_all(const struct refusal *r, size_t n)
{
	for (size_t i = 0; i < n; i++)
		refused(reg, &r[i]);
}

#define REFUSE_ALL(table) refuse_all(table, sizeof(table) / sizeof(table[0]))

Test(hostile, zip_container)
{
	static const struct refusal r[] = {
		{ "bomb.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "xl/sharedStrings.xml: zip entry inflates to more than the 2000 bytes it declares (a zip bomb?)" },
		{ "ratio.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "xl/media/padding.bin: zip entry inflates its * bytes more than 200 times (a zip bomb?)" },
		{ "huge.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "xl/media/huge.bin: zip entry is more than 67108864 bytes (64 MiB) inflated" },
		{ "total.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "xl/media/pad5.bin: zip entries come to more than 268435456 bytes (256 MiB) inflated" },
		{ "many.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "the zip has 10001 entries, over the limit of 10000" },
		{ "dotdot.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "../evil.xml: zip entry name leaves the package with '..'" },
		{ "absolute.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "/etc/evil.xml: zip entry name is an absolute path" },
		{ "backslash.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "xl\\..\\..\\evil.xml: zip entry name holds a backslash" },
		{ "duplicate.xlsx", XW_DOC_NONE, XW_ESYNTAX,
		  "not a readable zip archive: File already exists" },
		{ "truncated.xlsx", XW_DOC_NONE, XW_ESYNTAX, "not a readable zip archive: *" },
		{ "rels-escape.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "xl/_rels/workbook.xml.rels: relationship target '../../etc/passwd' leaves the package" },
	};

	REFUSE_ALL(r);
}

Test(hostile, xml_parts)
{
	static const struct refusal r[] = {
		{ "doctype.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "xl/worksheets/sheet1.xml: a DOCTYPE is not allowed in a workbook part (no entity is ever expanded)" },
		{ "laughs.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "xl/sharedStrings.xml: a DOCTYPE is not allowed in a workbook part (no entity is ever expanded)" },
		{ "badutf8.xlsx", XW_DOC_NONE, XW_ESYNTAX,
		  "xl/sharedStrings.xml:3:12: invalid UTF-8 (byte 0xFF)" },
		{ "malformed.xlsx", XW_DOC_NONE, XW_ESYNTAX,
		  "xl/worksheets/sheet1.xml:1:*: not well-formed XML: *" },
		{ "deep.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "xl/worksheets/sheet1.xml:1:*: XML nested deeper than 256 levels" },
	};

	REFUSE_ALL(r);
}

Test(hostile, sheet_grid)
{
	static const struct refusal r[] = {
		{ "beyond-col.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "Sheet1: cell XFE1 lies beyond Excel's 1048576 rows and 16384 columns" },
		{ "beyond-row.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "Sheet1: row 1048577 lies beyond Excel's 1048576 rows" },
		{ "bad-ref.xlsx", XW_DOC_NONE, XW_ESYNTAX, "Sheet1: cell reference '1A' is not valid" },
		{ "sst-index.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "Sheet1!B3: shared string '99' does not exist (the workbook has 1)" },
		{ "twice.xlsx", XW_DOC_NONE, XW_EINVAL, "Sheet1!C1: this cell is given twice" },
		{ "bad-bool.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "Sheet1!A1: boolean cell holds 'yes', not 0 or 1" },
		{ "overlap.xlsx", XW_DOC_NONE, XW_EINVAL,
		  "Sheet1!B2: merged ranges A1:B2 and B2:C3 overlap" },
		{ "wide-merges.xlsx", XW_DOC_NONE, XW_ELIMIT,
		  "Sheet1: merged ranges span more than 1048576 columns in all "
		  "(a range counts once for each column it spans)" },
	};

	REFUSE_ALL(r);
}

/* Files that are not workbooks are left to other readers. */
Test(hostile, not_a_workbook)
{
	static const struct refusal r[] = {
		{ "notzip.xlsx", XW_DOC_NONE, XW_EUNSUPPORTED,
		  "no reader recognises this file (see 'xwalk plugins')" },
		{ "docx.xlsx", XW_DOC_NONE, XW_EUNSUPPORTED,
		  "no reader recognises this file (see 'xwalk plugins')" },
	};

	REFUSE_ALL(r);
}
