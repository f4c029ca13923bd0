/* SPDX-License-Identifier: MIT */
/*
 * fuzz-xlsx: the .xlsx reader the spreadsheet plugins share
 * (plugins/common: zip container, workbook, relationships, shared
 * strings, sheet XML, merged ranges). The input is one of:
 *
 *   - a zip ("PK\3\4..."): opened as it is;
 *   - parts: "@@ NAME\n" lines, each followed by that entry's bytes up to
 *     the next "\n@@ " line; they are packed into a zip (stored, with
 *     right CRCs, so that mutations reach the XML and not just libzip's
 *     checks) and opened;
 *   - anything else: the XML of the first sheet of a fixed small
 *     workbook with three shared strings.
 *
 * Every sheet is loaded and every cell, merged range and reference read
 * back. A failure must carry a code and a message on one line.
 *
 * XW_FUZZ_ZIP_DUMP=FILE writes each zip packed from parts to FILE, so that
 * a finding in the parts form can be looked at with unzip or xlsx-open.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx.h"
#include "fuzz.h"

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static const char content_types[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
	"<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
	"vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/></Types>";
static const char package_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
	"2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
static const char workbook[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
	"xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">"
	"<sheets><sheet name=\"Controls\" sheetId=\"1\" r:id=\"rId1\"/>"
	"<sheet name=\"It's 2\" sheetId=\"2\" r:id=\"rId2\"/></sheets></workbook>";
static const char workbook_rels[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
	"<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
	"2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
	"<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
	"2006/relationships/worksheet\" Target=\"/xl/worksheets/sheet2.xml\"/>"
	"<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/"
	"2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
static const char shared_strings[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"3\">"
	"<si><t>ID</t></si><si><r><t>Ti</t></r><r><t>tle</t></r></si>"
	"<si><t>_x0041_</t><rPh><t>furigana</t></rPh></si></sst>";
static const char sheet2[] =
	"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
	"<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
	"<sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row></sheetData></worksheet>";

/*
 * The reader's messages quote cell text as it is, line breaks included:
 * they reach the user only through the host's error(), which writes every
 * message on one line (core/src/error.c; the plugin harnesses check it).
 * Here: the code and that there is a message.
 */
static void check_error(int rc, const struct xlsx_error *err)
{
	if (rc >= 0)
		return;
	if (err->code != rc)
		fuzz_fail("code", "xlsx: returned %d but the error says %d (%s)", rc, err->code,
			  err->message);
	if (!err->message[0])
		fuzz_fail("message", "xlsx: failed (%d) without a message", rc);
}

static void walk_sheet(const struct xlsx_sheet *sh)
{
	uint32_t last_row = xlsx_last_row(sh), last_col = xlsx_last_col(sh);
	size_t sink = 0;
	char ref[512];

	sink += strlen(xlsx_sheet_title(sh));
	for (size_t i = 0; i < xlsx_cell_count(sh); i++) {
		uint32_t row, col;
		const char *v = xlsx_cell_at(sh, i, &row, &col);

		if (!v || row == 0 || col == 0 || row > last_row || col > last_col)
			fuzz_fail("cell", "xlsx: cell %zu at %u,%u outside 1..%u,1..%u", i, row,
				  col, last_row, last_col);
		if (strcmp(xlsx_cell(sh, row, col), v) != 0)
			fuzz_fail("cell", "xlsx: cell %zu reads differently by position", i);
		sink += strlen(xlsx_value(sh, row, col));
		xlsx_ref(sh, row, col, ref, sizeof(ref));
		sink += strlen(ref);
	}
	for (size_t i = 0; i < xlsx_merge_count(sh); i++) {
		const struct xlsx_range *m = xlsx_merge(sh, i);

		if (xlsx_merge_at(sh, m->row1, m->col1) != m ||
		    xlsx_merge_at(sh, m->row2, m->col2) != m)
			fuzz_fail("merge", "xlsx: merged range %zu is not found at its corners", i);
		sink += strlen(xlsx_value(sh, m->row2, m->col2));
		xlsx_cell_name(m->row2, m->col2, ref, sizeof(ref));
	}
	/* past the edges */
	sink += strlen(xlsx_value(sh, last_row + 1, last_col + 1));
	sink += strlen(xlsx_value(sh, 0, 0));
	(void)sink;
}

static void open_book(const void *zip, size_t len)
{
	struct xlsx_error err;
	struct xlsx_book *book;
	int rc;

	rc = xlsx_open(zip, len, &book, &err);

	check_error(rc, &err);
	if (rc < 0)
		return;
	for (size_t i = 0; i < xlsx_sheet_count(book); i++) {
		struct xlsx_sheet *sh;

		if (!xlsx_sheet_name(book, i))
			fuzz_fail("sheet", "xlsx: sheet %zu has no name", i);
		rc = xlsx_sheet_load(book, i, &sh, &err);
		check_error(rc, &err);
		if (rc == 0)
			walk_sheet(sh);
		xlsx_sheet_free(sh);
	}
	if (xlsx_sheet_name(book, xlsx_sheet_count(book)))
		fuzz_fail("sheet", "xlsx: a name for a sheet past the end");
	xlsx_close(book);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_part parts[FUZZ_MAX_PARTS];
	size_t n, len = 0;
	void *zip;

	if (size >= 4 && memcmp(data, "PK\3\4", 4) == 0) {
		open_book(data, size);
		return 0;
	}
	n = fuzz_split(data, size, parts);
	if (n == 0) {
		const struct fuzz_part fixed[] = {
			{ "[Content_Types].xml", content_types, sizeof(content_types) - 1 },
			{ "_rels/.rels", package_rels, sizeof(package_rels) - 1 },
			{ "xl/workbook.xml", workbook, sizeof(workbook) - 1 },
			{ "xl/_rels/workbook.xml.rels", workbook_rels, sizeof(workbook_rels) - 1 },
			{ "xl/sharedStrings.xml", shared_strings, sizeof(shared_strings) - 1 },
			{ "xl/worksheets/sheet1.xml", data, size },
			{ "xl/worksheets/sheet2.xml", sheet2, sizeof(sheet2) - 1 },
		};
		n = sizeof(fixed) / sizeof(fixed[0]);
		memcpy(parts, fixed, sizeof(fixed));
	}
	zip = fuzz_pack(parts, n, &len);
	if (zip)
		open_book(zip, len);
	free(zip);
	return 0;
}
