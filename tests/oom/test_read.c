/* SPDX-License-Identifier: MIT */
/* Out of memory in the readers: native files, reuse, manifests, plugins (oom.h). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/catalog.h"
#include "xwalk/gap.h"
#include "xwalk/io.h"
#include "xwalk/native.h"
#include "manifest.h"
#include "oom.h"

/* --- native files --------------------------------------------------------- */

/* For the readers: the context starts with the document read. */
static void doc_render(void *ctx, struct xw_buf *out)
{
	xw_native_write(ctx, out);
}

static void doc_clear(void *ctx)
{
	xw_doc_clear(ctx);
}

struct native {
	struct xw_doc doc;            /* first: see doc_render() */
	char path[4096];
	char *buf;
	size_t len;
};

static int native_run(void *ctx, struct xw_error *err)
{
	struct native *c = ctx;

	return xw_native_read(c->path, c->buf, c->len, &c->doc, err);
}

static void native_file(const char *rel)
{
	struct native c = { 0 };
	struct xw_error err;
	struct op op = { .name = rel, .ctx = &c, .run = native_run, .render = doc_render,
			 .clear = doc_clear };

	oom_src(c.path, sizeof(c.path), rel);
	cr_assert_eq(xw_file_read(c.path, XW_MAX_FILE_SIZE, &c.buf, &c.len, &err), 0,
		     "%s", err.message);
	oom_each_failure(&op);
	free(c.buf);
}

TestSuite(oom, .timeout = 300);

Test(oom, native_framework)
{
	native_file("frameworks/scs-2026.yaml");
}

Test(oom, native_mapping)
{
	native_file("mappings/iso27001-2022--scs-2026.yaml");
}

Test(oom, native_assessment)
{
	native_file("contrib/examples/soa-example-parts.yaml");
}

/* --- reuse ---------------------------------------------------------------- */

struct reuse {
	struct xw_catalog *cat;
	const struct xw_assessment *soa;
	const struct xw_framework *target;
	struct xw_gap gap;
};

static int reuse_run(void *ctx, struct xw_error *err)
{
	struct reuse *c = ctx;

	return xw_gap_compute(&c->gap, c->cat, &c->soa, 1, c->target, "2026-11-27", err);
}

static void reuse_render(void *ctx, struct xw_buf *out)
{
	const struct reuse *c = ctx;

	for (size_t i = 0; i < c->target->n_items; i++)
		xw_buf_printf(out, "%s %s%s\n", c->target->items[i]->id,
			      xw_reuse_name(c->gap.items[i].status),
			      c->gap.items[i].conditional ? " (conditional)" : "");
}

static void reuse_clear(void *ctx)
{
	xw_gap_clear(&((struct reuse *)ctx)->gap);
}

static void no_problem(void *ctx, const struct xw_error *e)
{
	cr_assert_fail("loading %s: %s", e->file, e->message);
}

Test(oom, reuse_of_an_soa)
{
	static const char *const files[] = {
		"frameworks/scs-2026.yaml", "frameworks/iso27001-2022.yaml",
		"mappings/iso27001-2022--scs-2026.yaml",
		"contrib/examples/soa-example-parts.yaml",
	};
	struct reuse c = { 0 };
	struct xw_error err;
	struct op op = { .name = "reuse of the example SoA for scs-2026", .ctx = &c,
			 .run = reuse_run, .render = reuse_render, .clear = reuse_clear };
	char path[4096];

	cr_assert_eq(xw_catalog_new(&c.cat, &err), 0);
	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++)
		xw_catalog_load_path(c.cat, NULL, oom_src(path, sizeof(path), files[i]),
				     no_problem, NULL);
	for (size_t i = 0; i < c.cat->n_docs; i++)
		if (c.cat->docs[i].kind == XW_DOC_ASSESSMENT)
			c.soa = c.cat->docs[i].assessment;
	c.target = xw_catalog_framework(c.cat, "scs-2026");
	cr_assert(c.soa && c.target);
	oom_each_failure(&op);
	xw_catalog_free(c.cat);
}

/* --- plugin manifests ------------------------------------------------------ */

struct manifest {
	char dir[64], module[96], path[96];
	struct xw_manifest m;
};

static int manifest_run(void *ctx, struct xw_error *err)
{
	struct manifest *c = ctx;
	int rc = xw_manifest_read(&c->m, c->path, c->module, err);

	return rc == 1 ? 0 : rc < 0 ? rc : XW_ENOTFOUND;
}

static void manifest_render(void *ctx, struct xw_buf *out)
{
	const struct xw_manifest *m = &((struct manifest *)ctx)->m;

	xw_buf_printf(out, "%s %s %x %x", m->path, m->name, m->caps, m->contents);
	for (char **e = m->extensions; *e; e++)
		xw_buf_printf(out, " %s", *e);
}

static void manifest_clear(void *ctx)
{
	xw_manifest_clear(&((struct manifest *)ctx)->m);
}

static int never(void *state, const struct xw_input *in)
{
	return 0;
}

Test(oom, plugin_manifest)
{
	static const char *const exts[] = { "csv", "tsv", "txt", NULL };
	static const char *const text[] = { "text", NULL };
	const struct xw_plugin_descriptor d = {
		.abi_major = XW_PLUGIN_ABI_MAJOR, .abi_minor = XW_PLUGIN_ABI_MINOR,
		.name = "example", .probe = never, .extensions = exts, .contents = text,
	};
	struct manifest c = { 0 };
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error err;
	struct op op = { .name = "a plugin manifest", .ctx = &c, .run = manifest_run,
			 .render = manifest_render, .clear = manifest_clear };
	char id[XW_MODULE_ID_MAX];

	strcpy(c.dir, "/tmp/xw-oom-XXXXXX");
	cr_assert_not_null(mkdtemp(c.dir));
	snprintf(c.module, sizeof(c.module), "%s/xwalk-example.so", c.dir);
	snprintf(c.path, sizeof(c.path), "%s/xwalk-example.manifest", c.dir);
	/* not a module, but it has an id: its size */
	cr_assert_eq(xw_file_write_atomic(c.module, "not ELF", 7, &err), 0, "%s", err.message);
	cr_assert_eq(xw_module_id(c.module, id, sizeof(id)), 0);
	cr_assert_eq(xw_manifest_format(&out, &d, id, &err), 0, "%s", err.message);
	cr_assert_eq(xw_file_write_atomic(c.path, out.data, out.len, &err), 0, "%s",
		     err.message);
	oom_each_failure(&op);
	xw_buf_reset(&out);
	unlink(c.module);
	unlink(c.path);
	rmdir(c.dir);
}

/* --- plugin readers ---------------------------------------------------------- */

struct plugin_read {
	struct xw_doc doc;            /* first: see doc_render() */
	struct xw_registry *reg;
	const char *format;
	char path[4096];
};

static int plugin_run(void *ctx, struct xw_error *err)
{
	struct plugin_read *c = ctx;

	return xw_registry_read(c->reg, c->path, c->format, XW_DOC_NONE, &c->doc, err);
}

/*
 * Reads the sample @rel through the plugin module @module (loaded first,
 * with allocations not failing), as its format @name.
 */
static void plugin_file(const char *module, const char *name, const char *rel,
			const char *const *any_error, const char *const *may_leak)
{
	struct plugin_read c = { .format = name };
	struct xw_error err;
	struct op op = { .name = rel, .ctx = &c, .run = plugin_run, .render = doc_render,
			 .clear = doc_clear, .any_error = any_error, .may_leak = may_leak };

	cr_assert_eq(xw_registry_new(&c.reg, &err), 0);
	cr_assert_eq(xw_registry_load_file(c.reg, module, &err), 0, "%s", err.message);
	oom_src(c.path, sizeof(c.path), rel);
	oom_each_failure(&op);
	xw_registry_free(c.reg);
}

Test(oom, csv)
{
	plugin_file(CSV_PLUGIN, "csv", "tests/csv/data/framework.csv", NULL, NULL);
	plugin_file(CSV_PLUGIN, "csv", "tests/csv/data/mapping.csv", NULL, NULL);
}

Test(oom, oscal)
{
	plugin_file(OSCAL_PLUGIN, "oscal", "tests/fuzz/corpus/fuzz-oscal/markup.xml",
		    oom_libxml2, NULL);
	plugin_file(OSCAL_PLUGIN, "oscal", "tests/fuzz/corpus/fuzz-oscal/min.json", NULL, NULL);
}

Test(oom, oscal_mapping)
{
	plugin_file(OSCAL_MAPPING_PLUGIN, "oscal-mapping",
		    "tests/oscal-mapping/data/features.json", NULL, NULL);
}

Test(oom, ciso_assistant)
{
	plugin_file(CISO_ASSISTANT_PLUGIN, "ciso-assistant",
		    "tests/fuzz/corpus/fuzz-ciso-assistant/intuitem-framework.yaml", NULL, NULL);
}

/* The workbook readers: a zip of XML parts. */
static void workbook(const char *module, const char *name, const char *rel)
{
	plugin_file(module, name, rel, oom_libzip_libxml2, oom_libzip);
}

Test(oom, iso27001_soa)
{
	workbook(ISO27001_SOA_PLUGIN, "iso27001-soa", "tests/iso27001-soa/data/soa-ja.xlsx");
}

Test(oom, scs_excel)
{
	workbook(SCS_EXCEL_PLUGIN, "scs-excel", "tests/scs-excel/data/synthetic.xlsx");
}

Test(oom, jama_checksheet)
{
	workbook(JAMA_CHECKSHEET_PLUGIN, "jama-checksheet",
		 "tests/fuzz/corpus/fuzz-jama-checksheet/checksheet.xlsx");
}

Test(oom, nist_cprt)
{
	workbook(NIST_CPRT_PLUGIN, "nist-cprt", "tests/fuzz/corpus/fuzz-nist-cprt/synthetic.xlsx");
}

Test(oom, nist_versions)
{
	workbook(NIST_VERSIONS_PLUGIN, "nist-versions",
		 "tests/fuzz/corpus/fuzz-nist-versions/synthetic.xlsx");
}

Test(oom, olir)
{
	workbook(OLIR_PLUGIN, "olir", "tests/fuzz/corpus/fuzz-olir/synthetic.xlsx");
}
