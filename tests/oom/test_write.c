/* SPDX-License-Identifier: MIT */
/*
 * Out of memory in the writers (oom.h): a document written through each
 * writer plugin and natively, and a report built and rendered in each
 * format. A write that fails must leave the old file as it was, and no
 * temporary file beside it.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/io.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"
#include "xwalk/report.h"
#include "oom.h"

TestSuite(oom_write, .timeout = 300);

/* What the target file holds before each write. */
static const char old_text[] = "the old file\n";

struct write {
	struct xw_registry *reg;
	struct xw_doc doc;
	const char *format;
	char dir[32];
	char path[64];
};

/* The folder holds the old file and nothing else. Reads with no allocation. */
static void assert_old(const struct write *c)
{
	char buf[sizeof(old_text) + 1];
	int fd = open(c->path, O_RDONLY);
	ssize_t n = fd < 0 ? -1 : read(fd, buf, sizeof(buf));
	DIR *d;
	struct dirent *ent;
	int files = 0;

	if (fd >= 0)
		close(fd);
	cr_assert(n == (ssize_t)strlen(old_text) && memcmp(buf, old_text, (size_t)n) == 0,
		  "%s: a failed write changed the old file", c->format);
	cr_assert_not_null(d = opendir(c->dir));
	while ((ent = readdir(d)))
		files += ent->d_name[0] != '.';
	closedir(d);
	cr_assert_eq(files, 1, "%s: a failed write left %d files behind", c->format, files - 1);
}

static void put_old(const struct write *c)
{
	struct xw_error err;

	cr_assert_eq(xw_file_write_atomic(c->path, old_text, strlen(old_text), &err), 0,
		     "%s", err.message);
}

static int write_run(void *ctx, struct xw_error *err)
{
	struct write *c = ctx;
	int rc = xw_registry_write(c->reg, &c->doc, c->path, c->format, err);

	if (rc != 0)
		assert_old(c);
	return rc;
}

static void write_render(void *ctx, struct xw_buf *out)
{
	const struct write *c = ctx;
	struct xw_error err;
	char *data;
	size_t len;

	cr_assert_eq(xw_file_read(c->path, XW_MAX_FILE_SIZE, &data, &len, &err), 0, "%s",
		     err.message);
	xw_buf_add(out, data, len);
	free(data);
}

static void write_clear(void *ctx)
{
	put_old(ctx);
}

/*
 * Writes the bundled @rel (read natively, allocations not failing) as
 * @format into a file named @name, through @module (NULL: natively).
 * @lib: a library the writer uses whose own allocations are spared (oom.h).
 */
static void write_file(const char *module, const char *format, const char *rel,
		       const char *name, const char *const *lib)
{
	struct write c = { .format = format };
	struct xw_error err;
	char label[128];
	struct op op = { .name = label, .ctx = &c, .run = write_run,
			 .render = write_render, .clear = write_clear,
			 .spared = lib };
	char path[4096], *buf;
	size_t len;

	snprintf(label, sizeof(label), "%s as %s", rel, name);
	oom_src(path, sizeof(path), rel);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &err), 0, "%s",
		     err.message);
	cr_assert_eq(xw_native_read(path, buf, len, &c.doc, &err), 0, "%s", err.message);
	free(buf);
	cr_assert_eq(xw_registry_new(&c.reg, &err), 0);
	if (module)
		cr_assert_eq(xw_registry_load_file(c.reg, module, &err), 0, "%s", err.message);
	strcpy(c.dir, "/tmp/xw-oom-XXXXXX");
	cr_assert_not_null(mkdtemp(c.dir));
	snprintf(c.path, sizeof(c.path), "%s/%s", c.dir, name);
	put_old(&c);
	oom_each_failure(&op);
	unlink(c.path);
	rmdir(c.dir);
	xw_registry_free(c.reg);
	xw_doc_clear(&c.doc);
}

static const char framework[] = "frameworks/scs-2026.yaml";
static const char mapping[] = "mappings/iso27001-2022--scs-2026.yaml";

Test(oom_write, native)
{
	write_file(NULL, "native", framework, "framework.yaml", NULL);
	write_file(NULL, "native", mapping, "mapping.yaml", NULL);
}

Test(oom_write, csv)
{
	write_file(CSV_PLUGIN, "csv", framework, "framework.csv", NULL);
	write_file(CSV_PLUGIN, "csv", mapping, "mapping.csv", NULL);
}

Test(oom_write, ciso_assistant)
{
	write_file(CISO_ASSISTANT_PLUGIN, "ciso-assistant", framework, "framework.yaml", NULL);
	write_file(CISO_ASSISTANT_PLUGIN, "ciso-assistant", mapping, "mapping.yaml", NULL);
}

Test(oom_write, oscal_mapping)
{
	write_file(OSCAL_MAPPING_PLUGIN, "oscal-mapping", mapping, "mapping.json", NULL);
}

Test(oom_write, olir)
{
	write_file(OLIR_PLUGIN, "olir", mapping, "mapping.csv", NULL);
	write_file(OLIR_PLUGIN, "olir", mapping, "mapping.xlsx", oom_libxlsxwriter);
}

/* --- reports ---------------------------------------------------------------- */

struct render {
	struct xw_registry *reg;
	const char *format;          /* a plugin's, or NULL for @builtin */
	enum xw_report_format builtin;
	struct xw_buf out;
};

/* A small report of the kinds the writers lay out, in both languages. */
static void build_report(struct xw_report *r)
{
	xw_report_meta(r, "verb", "report");
	xw_report_meta(r, "title", "ISO/IEC 27001:2022 → SCS評価制度");
	xw_report_meta(r, "source", "iso27001-2022");
	xw_report_meta(r, "target", "scs-2026");
	xw_report_meta(r, "profile", "star3");
	xw_report_meta(r, "lang", "ja");
	xw_report_meta(r, "date", "2026-11-28");
	xw_report_section(r, "Totals", (const char *const[]){
		"FRAMEWORK", "BY", "PROFILE", "ITEMS", "COVERED", "PARTLY", "NOT COVERED",
		"UNKNOWN", NULL });
	xw_report_kind(r, "totals");
	xw_report_row(r, (const char *const[]){
		"scs-2026", "iso27001-2022", "star3", "3", "1", "1", "0", "1" });
	xw_report_section(r, "Coverage", (const char *const[]){
		"ITEM", "PROFILES", "STATUS", "BY", "TITLE", NULL });
	xw_report_kind(r, "coverage");
	xw_report_row(r, (const char *const[]){
		"1-1-1", "star3 star4", "covered", "r1: A.5.1 superset-of", "方針の策定" });
	xw_report_row(r, (const char *const[]){
		"1-1-2", "star3 star4", "partly covered", "r2: A.5.2 subset-of", "役割と責任" });
	xw_report_row(r, (const char *const[]){
		"1-2-1", "star4", "unknown", "", "資産の目録" });
	xw_report_section(r, "Matrix", (const char *const[]){
		"ITEM", "1-1-1", "1-1-2", "1-2-1", NULL });
	xw_report_kind(r, "matrix");
	xw_report_row(r, (const char *const[]){ "A.5.1", "covered", "", "" });
	xw_report_row(r, (const char *const[]){
		"A.5.2", "", "partly covered (jointly)", "unknown" });
	xw_report_section(r, "Items", (const char *const[]){
		"FRAMEWORK", "ITEM", "PARENT", "LEAF", "PROFILES", "TITLE (ja)", "TITLE (en)",
		NULL });
	xw_report_kind(r, "items");
	xw_report_row(r, (const char *const[]){
		"scs-2026", "1-1-1", "1-1", "yes", "star3 star4", "方針の策定", "Policy" });
	xw_report_row(r, (const char *const[]){
		"iso27001-2022", "A.5.1", "A.5", "yes", "", "", "Policies for information security" });
	xw_report_section(r, "Checklist", (const char *const[]){
		"ITEM", "MARK", "STATUS", "EVIDENCE", "CONDITIONS", "TITLE", NULL });
	xw_report_kind(r, "checklist");
	xw_report_row(r, (const char *const[]){
		"1-1-1", "○", "satisfied", "A.5.1 (soa.xlsx)", "", "方針の策定" });
	xw_report_row(r, (const char *const[]){
		"1-2-1", "", "unknown", "", "the certificate is valid", "資産の目録" });
	xw_report_section(r, "To do", (const char *const[]){
		"CATEGORY", "ITEM", "STATUS", "WHAT REMAINS", NULL });
	xw_report_kind(r, "todo");
	xw_report_row(r, (const char *const[]){ "1", "1-2-1", "unknown", "assess it" });
	xw_report_section(r, "Summary", NULL);
	xw_report_kind(r, "summary");
	xw_report_text(r, "star3: %d of %d satisfied", 1, 3);
}

static int render_run(void *ctx, struct xw_error *err)
{
	struct render *c = ctx;
	struct xw_report r = XW_REPORT_INIT;
	int rc;

	build_report(&r);
	if (c->format)
		rc = xw_registry_render_report(c->reg, &r, c->format, NULL, &c->out, err);
	else
		rc = xw_report_render(&r, c->builtin, &c->out, err);
	xw_report_clear(&r);
	if (rc != 0)
		cr_assert(c->out.len == 0 && !c->out.data, "a failed rendering kept bytes");
	return rc;
}

static void render_render(void *ctx, struct xw_buf *out)
{
	const struct render *c = ctx;

	xw_buf_add(out, c->out.data, c->out.len);
}

static void render_clear(void *ctx)
{
	xw_buf_reset(&((struct render *)ctx)->out);
}

static void render(struct render *c, const char *name, const char *const *lib)
{
	struct op op = { .name = name, .ctx = c, .run = render_run,
			 .render = render_render, .clear = render_clear,
			 .spared = lib };

	oom_each_failure(&op);
}

Test(oom_write, report_builtin)
{
	static const char *const names[] = { "text", "csv", "json", "md" };

	for (int f = XW_FORMAT_TEXT; f <= XW_FORMAT_MD; f++) {
		struct render c = { .builtin = (enum xw_report_format)f, .out = XW_BUF_INIT };

		render(&c, names[f], NULL);
	}
}

static void report_plugin(const char *module, const char *format,
			  const char *const *lib)
{
	struct render c = { .format = format, .out = XW_BUF_INIT };
	struct xw_error err;

	cr_assert_eq(xw_registry_new(&c.reg, &err), 0);
	cr_assert_eq(xw_registry_load_file(c.reg, module, &err), 0, "%s", err.message);
	render(&c, format, lib);
	xw_registry_free(c.reg);
}

Test(oom_write, report_html)
{
	report_plugin(HTML_PLUGIN, "html", NULL);
}

Test(oom_write, report_xlsx)
{
	report_plugin(XLSX_PLUGIN, "xlsx", oom_libxlsxwriter);
}
