/* SPDX-License-Identifier: MIT */
/*
 * Report rendering (xwalk/report.h): the exact bytes of each of the four
 * formats for one small report with Japanese text, commas, quotes, pipes,
 * tabs and line breaks in its cells.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "xwalk/report.h"

/*
 * Section 0: a titled table with a line of text after it.
 * Section 1: only text.
 * Section 2: an untitled table, no text.
 */
static void sample(struct xw_report *r)
{
	xw_report_section(r, "表 Table", (const char *const[]){ "ID", "名前", "メモ", NULL });
	xw_report_row(r, (const char *const[]){ "1-1", "ガバナンス", "a, b" });
	xw_report_row(r, (const char *const[]){ "S.10", "Policy", "say \"hi\"" });
	xw_report_row(r, (const char *const[]){ "x|y", NULL, "line1\nline2" });
	xw_report_text(r, "合計 %d 件", 3);
	xw_report_section(r, "Notes", NULL);
	xw_report_text(r, "first | line");
	xw_report_text(r, "%s", "second");
	xw_report_section(r, NULL, (const char *const[]){ "K", "V", NULL });
	xw_report_row(r, (const char *const[]){ "tab\there", "back\\slash\r\n" });
}

/* Renders @r in @format; returns the bytes (owned by @out). */
static const char *render(const struct xw_report *r, enum xw_report_format format,
			  struct xw_buf *out)
{
	struct xw_error e;

	cr_assert_eq(xw_report_render(r, format, out, &e), 0, "%s", e.message);
	cr_assert(!out->failed);
	return out->len ? out->data : "";
}

/* Compares bytes and shows where they first differ. */
static void assert_bytes(const char *got, const char *want)
{
	size_t i = 0;

	while (got[i] && got[i] == want[i])
		i++;
	cr_assert(got[i] == want[i],
		  "output differs at byte %zu:\n--- got ---\n%s\n--- expected ---\n%s", i, got,
		  want);
}

static void check(enum xw_report_format format, const char *want)
{
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf a = XW_BUF_INIT, b = XW_BUF_INIT;

	sample(&r);
	cr_assert_not(r.failed);
	assert_bytes(render(&r, format, &a), want);
	/* the same report gives the same bytes */
	render(&r, format, &b);
	cr_assert_eq(a.len, b.len);
	cr_assert(memcmp(a.data, b.data, a.len) == 0);
	xw_buf_reset(&a);
	xw_buf_reset(&b);
	xw_report_clear(&r);
}

Test(report, text_aligns_columns_by_display_width)
{
	/*
	 * Column widths 4, 10 (ガバナンス: five full-width characters) and the
	 * last column unpadded; two spaces between columns. Line breaks and
	 * tabs inside a cell become spaces, one column each.
	 */
	check(XW_FORMAT_TEXT,
	      "表 Table\n"
	      "ID    名前        メモ\n"
	      "1-1   ガバナンス  a, b\n"
	      "S.10  Policy      say \"hi\"\n"
	      "x|y               line1 line2\n"
	      "合計 3 件\n"
	      "\n"
	      "Notes\n"
	      "first | line\n"
	      "second\n"
	      "\n"
	      "K         V\n"
	      "tab here  back\\slash  \n");
}

Test(report, csv_quotes_as_rfc4180_with_crlf)
{
	/* text lines and the text-only section are left out; tables are
	 * separated by one empty line; a tab or a pipe needs no quotes */
	check(XW_FORMAT_CSV,
	      "ID,名前,メモ\r\n"
	      "1-1,ガバナンス,\"a, b\"\r\n"
	      "S.10,Policy,\"say \"\"hi\"\"\"\r\n"
	      "x|y,,\"line1\nline2\"\r\n"
	      "\r\n"
	      "K,V\r\n"
	      "tab\there,\"back\\slash\r\n\"\r\n");
}

Test(report, json_escapes_strings)
{
	check(XW_FORMAT_JSON,
	      "{\n"
	      "  \"sections\": [\n"
	      "    {\n"
	      "      \"title\": \"表 Table\",\n"
	      "      \"columns\": [\"ID\", \"名前\", \"メモ\"],\n"
	      "      \"rows\": [\n"
	      "        {\"ID\": \"1-1\", \"名前\": \"ガバナンス\", \"メモ\": \"a, b\"},\n"
	      "        {\"ID\": \"S.10\", \"名前\": \"Policy\", \"メモ\": \"say \\\"hi\\\"\"},\n"
	      "        {\"ID\": \"x|y\", \"名前\": \"\", \"メモ\": \"line1\\nline2\"}\n"
	      "      ],\n"
	      "      \"text\": [\"合計 3 件\"]\n"
	      "    },\n"
	      "    {\n"
	      "      \"title\": \"Notes\",\n"
	      "      \"columns\": [],\n"
	      "      \"rows\": [],\n"
	      "      \"text\": [\"first | line\", \"second\"]\n"
	      "    },\n"
	      "    {\n"
	      "      \"title\": null,\n"
	      "      \"columns\": [\"K\", \"V\"],\n"
	      "      \"rows\": [\n"
	      "        {\"K\": \"tab\\u0009here\", \"V\": \"back\\\\slash\\u000d\\n\"}\n"
	      "      ],\n"
	      "      \"text\": []\n"
	      "    }\n"
	      "  ]\n"
	      "}\n");
}

Test(report, markdown_escapes_pipes_and_line_breaks)
{
	check(XW_FORMAT_MD,
	      "## 表 Table\n"
	      "\n"
	      "| ID | 名前 | メモ |\n"
	      "| --- | --- | --- |\n"
	      "| 1-1 | ガバナンス | a, b |\n"
	      "| S.10 | Policy | say \"hi\" |\n"
	      "| x\\|y |  | line1<br>line2 |\n"
	      "\n"
	      "合計 3 件\n"
	      "\n"
	      "## Notes\n"
	      "\n"
	      "first \\| line\n"
	      "\n"
	      "second\n"
	      "\n"
	      "| K | V |\n"
	      "| --- | --- |\n"
	      "| tab\there | back\\slash<br> |\n");
}

/* Cells of one Markdown table row as GFM (cmark-gfm) splits it: a pipe
 * right after a backslash is part of the cell, any other ends a cell. */
static size_t gfm_cells(const char *line)
{
	size_t pipes = 0;

	for (const char *p = line; *p && *p != '\n'; p++)
		if (*p == '|' && (p == line || p[-1] != '\\'))
			pipes++;
	return pipes ? pipes - 1 : 0;   /* leading and trailing pipes */
}

Test(report, markdown_pipes_never_split_a_cell)
{
	static const char *const cells[] = { "|", "a||b", " | ", "x\n|y", "|\r\n|" };
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;
	const char *md, *line;

	xw_report_section(&r, NULL, (const char *const[]){ "A", "B|C", "D", "E", "F", NULL });
	xw_report_row(&r, cells);
	md = render(&r, XW_FORMAT_MD, &out);
	cr_assert_eq(gfm_cells(md), 5, "header row: %s", md);
	line = strstr(md, "--- |\n");
	cr_assert_not_null(line);
	line += strlen("--- |\n");
	cr_assert_eq(gfm_cells(line), 5, "the row splits into %zu cells:\n%s",
		     gfm_cells(line), md);
	cr_assert_eq(strchr(line, '\n'), md + out.len - 1, "the row is one line:\n%s", md);
	xw_buf_reset(&out);
	xw_report_clear(&r);
}

Test(report, csv_does_not_start_with_an_empty_line)
{
	/* a text-only section first: CSV leaves it out, so the first table
	 * is the start of the output */
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;

	xw_report_text(&r, "a note before any table");
	xw_report_section(&r, "T", (const char *const[]){ "A", NULL });
	xw_report_row(&r, (const char *const[]){ "x" });
	assert_bytes(render(&r, XW_FORMAT_CSV, &out), "A\r\nx\r\n");
	xw_buf_reset(&out);
	xw_report_clear(&r);
}

Test(report, text_before_any_section_opens_an_untitled_one)
{
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;

	xw_report_text(&r, "hello %s", "世界");
	cr_assert_eq(r.n, 1);
	cr_assert_null(r.v[0].title);
	assert_bytes(render(&r, XW_FORMAT_TEXT, &out), "hello 世界\n");
	xw_buf_reset(&out);
	assert_bytes(render(&r, XW_FORMAT_JSON, &out),
		     "{\n  \"sections\": [\n    {\n      \"title\": null,\n"
		     "      \"columns\": [],\n      \"rows\": [],\n"
		     "      \"text\": [\"hello 世界\"]\n    }\n  ]\n}\n");
	xw_buf_reset(&out);
	assert_bytes(render(&r, XW_FORMAT_MD, &out), "hello 世界\n\n");
	xw_buf_reset(&out);
	xw_report_clear(&r);
	cr_assert_eq(r.n, 0);
}

Test(report, empty_report)
{
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;

	assert_bytes(render(&r, XW_FORMAT_TEXT, &out), "");
	assert_bytes(render(&r, XW_FORMAT_CSV, &out), "");
	assert_bytes(render(&r, XW_FORMAT_MD, &out), "");
	assert_bytes(render(&r, XW_FORMAT_JSON, &out), "{\n  \"sections\": [\n\n  ]\n}\n");
	xw_buf_reset(&out);
}

Test(report, failed_report_renders_as_out_of_memory)
{
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error e;

	sample(&r);
	r.failed = true;
	cr_assert_eq(xw_report_render(&r, XW_FORMAT_TEXT, &out, &e), XW_ENOMEM);
	cr_assert_eq(e.code, XW_ENOMEM);
	xw_buf_reset(&out);
	xw_report_clear(&r);
}

Test(report, format_names)
{
	cr_assert_eq(xw_report_format_parse("text"), XW_FORMAT_TEXT);
	cr_assert_eq(xw_report_format_parse("csv"), XW_FORMAT_CSV);
	cr_assert_eq(xw_report_format_parse("json"), XW_FORMAT_JSON);
	cr_assert_eq(xw_report_format_parse("md"), XW_FORMAT_MD);
	cr_assert_eq(xw_report_format_parse("TEXT"), -1);
	cr_assert_eq(xw_report_format_parse("xml"), -1);
	cr_assert_eq(xw_report_format_parse(""), -1);
}
