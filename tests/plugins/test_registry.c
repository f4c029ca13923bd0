/* SPDX-License-Identifier: MIT */
/*
 * The plugin loader against fake plugins, one per way loading can fail,
 * and one good plugin that reads and writes a tiny line-based format.
 * FAKE_DIR is the folder the fake modules are built in; FAKE_FIXTURES
 * holds the input files. PROBE_DIR holds the plugins of the crash
 * probe's tests (fake_probe.c), some of which die in init().
 */
#include <criterion/criterion.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/io.h"
#include "xwalk/registry.h"
#include "xwalk/report.h"

static char *path_in(const char *var, const char *name)
{
	const char *dir = getenv(var);
	char *p;

	cr_assert(dir && *dir, "%s is not set; run the tests with meson test", var);
	p = malloc(strlen(dir) + strlen(name) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static char *module(const char *name)
{
	return path_in("FAKE_DIR", name);
}

static char *fixture(const char *name)
{
	return path_in("FAKE_FIXTURES", name);
}

static struct xw_registry *new_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert(reg != NULL);
	return reg;
}

#define assert_has(text, part)                                            \
	cr_assert(strstr((text), (part)) != NULL,                          \
		  "expected \"%s\" in \"%s\"", (part), (text))

/* Loads module @name and expects XW_EPLUGIN, naming the file, with @part
 * in its message, and nothing loaded or recorded. */
static void expect_broken(const char *name, const char *part)
{
	struct xw_registry *reg = new_registry();
	char *path = module(name);
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), XW_EPLUGIN,
		     "%s: expected XW_EPLUGIN, message: %s", name, e.message);
	cr_assert_eq(e.code, XW_EPLUGIN);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(e.line, 0);
	assert_has(e.message, part);
	cr_assert_eq(reg->n_plugins, 0);
	cr_assert_eq(reg->n_problems, 0, "load_file returns errors, it does not record them");
	xw_registry_free(reg);
	free(path);
}

Test(load, not_a_shared_object)
{
	expect_broken("fake-notelf.so", "cannot load plugin: ");
}

Test(load, no_entry_function)
{
	expect_broken("fake-noentry.so",
		      "not an xwalk plugin: no function 'xwalk_plugin_entry'");
}

Test(load, entry_returns_null)
{
	expect_broken("fake-nulldesc.so",
		      "plugin entry function returned no descriptor");
}

Test(load, wrong_abi_major)
{
	char want[128];

	/* fake-abi.so claims ABI (this major + 1).3 */
	snprintf(want, sizeof(want),
		 "plugin is built for ABI %d.3 but this xwalk speaks ABI %d.%d; "
		 "rebuild the plugin", XW_PLUGIN_ABI_MAJOR + 1, XW_PLUGIN_ABI_MAJOR,
		 XW_PLUGIN_ABI_MINOR);
	expect_broken("fake-abi.so", want);
}

Test(load, descriptor_too_short)
{
	expect_broken("fake-short.so", "shorter than the");
	expect_broken("fake-short.so", "bytes of ABI 1.0");
}

Test(load, init_fails)
{
	expect_broken("fake-initfail.so",
		      "plugin 'fake-initfail' failed to initialise (input/output error)");
}

Test(load, no_name)
{
	expect_broken("fake-noname.so", "plugin descriptor has no name");
}

Test(load, missing_file)
{
	expect_broken("fake-does-not-exist.so", "cannot load plugin: ");
}

Test(load, good)
{
	struct xw_registry *reg = new_registry();
	char *path = module("fake-good.so");
	const struct xw_plugin *p;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), 0, "%s", e.message);
	cr_assert_eq(reg->n_plugins, 1);
	p = xw_registry_find(reg, "fake");
	cr_assert(p != NULL);
	cr_assert_str_eq(p->path, path);
	cr_assert_str_eq(p->desc.version, "1.2.3");
	cr_assert_str_eq(p->desc.extensions[0], "fake");
	cr_assert(p->desc.read_framework != NULL && p->desc.write_framework != NULL);
	cr_assert(p->desc.read_mapping == NULL);
	cr_assert(p->state != NULL, "init() ran and kept its state");
	cr_assert(xw_registry_find(reg, "csv") == NULL);
	xw_registry_free(reg);
	free(path);
}

Test(load, same_plugin_twice)
{
	struct xw_registry *reg = new_registry();
	char *path = module("fake-good.so");
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), 0, "%s", e.message);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), XW_EINVAL);
	cr_assert_str_eq(e.message, "a plugin named 'fake' is already loaded");
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(reg->n_plugins, 1);
	/* the first copy still works after the second was unloaded */
	cr_assert(xw_registry_find(reg, "fake")->desc.probe != NULL);
	xw_registry_free(reg);
	free(path);
}

Test(load, free_null)
{
	xw_registry_free(NULL);
}

static const struct {
	const char *file;
	const char *part;
} broken[] = {
	/* in name order, as load_dir visits them */
	{ "fake-abi.so", "rebuild the plugin" },
	{ "fake-initfail.so", "failed to initialise" },
	{ "fake-noentry.so", "no function 'xwalk_plugin_entry'" },
	{ "fake-noname.so", "has no name" },
	{ "fake-notelf.so", "cannot load plugin" },
	{ "fake-nulldesc.so", "returned no descriptor" },
	{ "fake-short.so", "shorter than" },
};

#define N_BROKEN (sizeof(broken) / sizeof(broken[0]))

Test(load_dir, good_and_broken)
{
	struct xw_registry *reg = new_registry();
	const char *dir = getenv("FAKE_DIR");

	cr_assert(dir != NULL);
	xw_registry_load_dir(reg, dir);
	cr_assert_eq(reg->n_plugins, 1, "only the good plugin loads");
	cr_assert_str_eq(reg->plugins[0].desc.name, "fake");
	cr_assert_eq(reg->n_problems, N_BROKEN, "one problem per broken module, got %zu",
		     reg->n_problems);
	for (size_t i = 0; i < N_BROKEN; i++) {
		const struct xw_error *e = &reg->problems[i];
		char *path = module(broken[i].file);

		cr_assert_str_eq(e->file, path);
		cr_assert_eq(e->code, XW_EPLUGIN);
		assert_has(e->message, broken[i].part);
		for (size_t k = 0; k < i; k++)
			cr_assert_str_neq(e->message, reg->problems[k].message);
		free(path);
	}
	xw_registry_free(reg);
}

Test(load_dir, missing_folder_is_not_an_error)
{
	struct xw_registry *reg = new_registry();

	xw_registry_load_dir(reg, "/nonexistent/xwalk/plugins");
	cr_assert_eq(reg->n_plugins, 0);
	cr_assert_eq(reg->n_problems, 0);
	xw_registry_free(reg);
}

Test(load_dir, first_of_a_name_wins)
{
	struct xw_registry *reg = new_registry();
	char *path = module("fake-good.so");
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), 0, "%s", e.message);
	xw_registry_load_dir(reg, getenv("FAKE_DIR"));
	cr_assert_eq(reg->n_plugins, 1);
	/* the duplicate is skipped silently; the broken ones are still recorded */
	cr_assert_eq(reg->n_problems, N_BROKEN);
	xw_registry_free(reg);
	free(path);
}

/* --- reading and writing through the good plugin ------------------------- */

static struct xw_registry *good_registry(void)
{
	struct xw_registry *reg = new_registry();
	char *path = module("fake-good.so");
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), 0, "%s", e.message);
	free(path);
	return reg;
}

static void check_tiny(const struct xw_doc *doc, const char *path)
{
	const struct xw_framework *fw = doc->framework;

	cr_assert_eq(doc->kind, XW_DOC_FRAMEWORK);
	cr_assert(fw != NULL && fw->finished);
	cr_assert_str_eq(fw->id, "fake-tiny");
	cr_assert_str_eq(fw->version, "1");
	cr_assert_str_eq(fw->name.s[XW_LANG_EN], "Fake framework");
	cr_assert_str_eq(fw->path, path);
	cr_assert_eq(fw->n_items, 2);
	cr_assert_str_eq(fw->items[0]->id, "AB-1");
	cr_assert_str_eq(fw->items[0]->title.s[XW_LANG_EN], "First item");
	cr_assert_eq(fw->items[0]->line, 3, "item_add records the host->at() line");
	cr_assert_eq(fw->items[0]->column, 1);
	cr_assert_str_eq(fw->items[1]->id, "AB-2");
	cr_assert_str_eq(fw->items[1]->title.s[XW_LANG_EN], "Second item");
	cr_assert_eq(fw->items[1]->line, 5);
	cr_assert_eq(xw_framework_find(fw, "AB-2"), 1);
}

Test(read, by_probe)
{
	struct xw_registry *reg = good_registry();
	char *path = fixture("tiny.fake");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e), 0,
		     "%s", e.message);
	check_tiny(&doc, path);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(read, by_name_and_kind)
{
	struct xw_registry *reg = good_registry();
	char *path = fixture("tiny.fake");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "fake", XW_DOC_FRAMEWORK, &doc, &e),
		     0, "%s", e.message);
	check_tiny(&doc, path);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

Test(read, unknown_format_name)
{
	struct xw_registry *reg = good_registry();
	char *path = fixture("tiny.fake");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "nosuch", XW_DOC_NONE, &doc, &e),
		     XW_ENOTFOUND);
	cr_assert_str_eq(e.message, "no plugin called 'nosuch' (see 'xwalk plugins')");
	cr_assert_eq(doc.kind, XW_DOC_NONE);
	xw_registry_free(reg);
	free(path);
}

Test(read, kind_not_supported)
{
	struct xw_registry *reg = good_registry();
	char *path = fixture("tiny.fake");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "fake", XW_DOC_MAPPING, &doc, &e),
		     XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "plugin 'fake' cannot read this kind of file");
	xw_registry_free(reg);
	free(path);
}

Test(read, no_reader_recognises)
{
	struct xw_registry *reg = good_registry();
	char *path = fixture("other.txt");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e),
		     XW_EUNSUPPORTED);
	cr_assert_str_eq(e.message, "no reader recognises this file (see 'xwalk plugins')");
	cr_assert_str_eq(e.file, path);
	xw_registry_free(reg);
	free(path);
}

Test(read, declines_other_files)
{
	/* forced onto a file that is not its kind, the reader declines */
	struct xw_registry *reg = good_registry();
	char *path = fixture("other.txt");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, "fake", XW_DOC_NONE, &doc, &e),
		     XW_EUNSUPPORTED);
	assert_has(e.message, "plugin 'fake' cannot read this file");
	xw_registry_free(reg);
	free(path);
}

static void expect_read_error(const char *name, const char *file_or_null,
			      int code, unsigned line, unsigned col,
			      const char *message)
{
	struct xw_registry *reg = good_registry();
	char *path = file_or_null ? strdup(file_or_null) : fixture(name);
	char formatted[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32], want[8192];
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e), code,
		     "%s: %s", name, e.message);
	cr_assert_eq(doc.kind, XW_DOC_NONE, "nothing is returned on error");
	cr_assert(doc.framework == NULL);
	xw_error_format(&e, formatted, sizeof(formatted));
	snprintf(want, sizeof(want), "%s:%u:%u: %s", path, line, col, message);
	cr_assert_str_eq(formatted, want);
	xw_registry_free(reg);
	free(path);
}

Test(read, error_has_position)
{
	expect_read_error("error.fake", NULL, XW_EINVAL, 3, 4,
			  "something is wrong here");
}

Test(read, finish_error_has_item_position)
{
	/* finish() checks ids against the pattern and names the item's line */
	struct xw_registry *reg = good_registry();
	char *path = fixture("badid.fake");
	struct xw_doc doc;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e), XW_EINVAL,
		     "%s", e.message);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(e.line, 3, "line %u: %s", e.line, e.message);
	cr_assert_eq(e.column, 3);
	assert_has(e.message, "ab-2");
	xw_registry_free(reg);
	free(path);
}

/* A temporary folder for files made by the test. */
static char tmpdir[] = "/tmp/xwalk-test-registry.XXXXXX";

static void make_tmpdir(void)
{
	cr_assert(mkdtemp(tmpdir) != NULL);
}

static void remove_tmpdir(void)
{
	char cmd[128];

	snprintf(cmd, sizeof(cmd), "rm -rf '%s'", tmpdir);
	if (system(cmd) != 0)
		cr_log_warn("could not remove %s", tmpdir);
}

static char *write_tmp(const char *name, const char *data, size_t len)
{
	char *path = malloc(sizeof(tmpdir) + strlen(name) + 1);
	FILE *f;

	cr_assert(path != NULL);
	sprintf(path, "%s/%s", tmpdir, name);
	f = fopen(path, "wb");
	cr_assert(f != NULL);
	cr_assert_eq(fwrite(data, 1, len, f), len);
	cr_assert_eq(fclose(f), 0);
	return path;
}

Test(read, invalid_utf8_through_host, .init = make_tmpdir, .fini = remove_tmpdir)
{
	static const char data[] = "fake-framework fake-utf8\nAB-1 caf\xc3\xa9\nAB-2 bad \xff byte\n";
	char *path = write_tmp("badutf8.fake", data, sizeof(data) - 1);

	expect_read_error("badutf8.fake", path, XW_ESYNTAX, 3, 10,
			  "invalid UTF-8 (byte 0xFF)");
	free(path);
}

Test(read, too_long_line, .init = make_tmpdir, .fini = remove_tmpdir)
{
	char data[600];
	char *path;

	memset(data, 'x', sizeof(data));
	memcpy(data, "fake-framework long\nAB-1 ", 25);
	path = write_tmp("long.fake", data, sizeof(data));
	expect_read_error("long.fake", path, XW_ELIMIT, 2, 1,
			  "line longer than 255 bytes");
	free(path);
}

Test(write, round_trip_through_plugin, .init = make_tmpdir, .fini = remove_tmpdir)
{
	static const char want[] =
		"fake-framework fake-tiny\nAB-1 First item\nAB-2 Second item\n";
	struct xw_registry *reg = good_registry();
	char *in = fixture("tiny.fake"), out[sizeof(tmpdir) + 32], *got;
	struct xw_doc doc;
	struct xw_error e;
	size_t len;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_read(reg, in, NULL, XW_DOC_NONE, &doc, &e), 0,
		     "%s", e.message);
	/* the writer is chosen by the extension the plugin declares */
	snprintf(out, sizeof(out), "%s/out.fake", tmpdir);
	cr_assert_eq(xw_registry_write(reg, &doc, out, NULL, &e), 0, "%s", e.message);
	cr_assert_eq(xw_file_read(out, 4096, &got, &len, &e), 0, "%s", e.message);
	cr_assert_eq(len, sizeof(want) - 1);
	cr_assert_str_eq(got, want);
	free(got);
	/* and no writer for an extension nobody declares */
	snprintf(out, sizeof(out), "%s/out.nosuch", tmpdir);
	cr_assert_eq(xw_registry_write(reg, &doc, out, NULL, &e), XW_EUNSUPPORTED);
	cr_assert(access(out, F_OK) != 0, "nothing is written on failure");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(in);
}

Test(report, through_plugin)
{
	static const char want[] =
		"report Tiny\n"
		"things 2x2+0 ID=AB-1\n"
		"- 0x0+1 -=-a note\n"
		"options=width=3 path=/tmp/x.fake\n";
	struct xw_registry *reg = good_registry();
	struct xw_report r = XW_REPORT_INIT;
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error e;

	xw_error_clear(&e);
	xw_report_meta(&r, "title", "Tiny");
	xw_report_section(&r, "Things", (const char *const[]){ "ID", "TITLE", NULL });
	xw_report_kind(&r, "things");
	xw_report_row(&r, (const char *const[]){ "AB-1", "First" });
	xw_report_row(&r, (const char *const[]){ "AB-2", NULL });
	xw_report_section(&r, NULL, NULL);
	xw_report_text(&r, "a note");
	cr_assert_eq(xw_registry_render_report(reg, &r, "fake:width=3", "/tmp/x.fake",
					       &out, &e), 0, "%s", e.message);
	cr_assert_eq(out.len, sizeof(want) - 1);
	cr_assert_eq(memcmp(out.data, want, out.len), 0, "%.*s", (int)out.len, out.data);
	xw_buf_reset(&out);
	/* a plugin that does not write reports is refused by name */
	cr_assert_eq(xw_registry_render_report(reg, &r, "nosuch", NULL, &out, &e),
		     XW_EUNSUPPORTED);
	cr_assert(strstr(e.message, "'nosuch'"), "%s", e.message);
	xw_report_clear(&r);
	xw_registry_free(reg);
}

/* --- the crash probe: PROBE_DIR, tests/plugins/probe/meson.build --------- */

/*
 * The modules of the probe's children, in the order they ran, by the
 * tags the plugins log: a '|' where a new child begins. The log's lines
 * from this process are the plugins' real init()s, left out.
 */
static void probe_children(const char *log, char *out, size_t size)
{
	long pid, last = 0;
	char tag[8];
	size_t len = 0;
	FILE *f = fopen(log, "r");

	cr_assert(f != NULL, "no probe log %s: no init() ran", log);
	while (fscanf(f, "%7s %ld", tag, &pid) == 2) {
		if (pid == (long)getpid())
			continue;
		len += (size_t)snprintf(out + len, size - len, "%s%s",
					last && pid != last ? "|" : "", tag);
		cr_assert(len < size);
		last = pid;
	}
	fclose(f);
}

static char *probe_module(const char *name)
{
	return path_in("PROBE_DIR", name);
}

/* @reg holds the plugins @names, in that order, and nothing else. */
static void expect_loaded(const struct xw_registry *reg,
			  const char *const *names, size_t n)
{
	cr_assert_eq(reg->n_plugins, n, "%zu plugins loaded, expected %zu",
		     reg->n_plugins, n);
	for (size_t i = 0; i < n; i++)
		cr_assert_str_eq(reg->plugins[i].desc.name, names[i]);
}

/* @e says that @file's plugin @name died of @sig in the probe. */
static void expect_crashed(const struct xw_error *e, const char *file,
			   const char *name, int sig)
{
	char *path = probe_module(file), want[128];

	snprintf(want, sizeof(want), "plugin '%s' crashed in init (signal %d); skipped",
		 name, sig);
	cr_assert_eq(e->code, XW_EPLUGIN);
	cr_assert_str_eq(e->file, path);
	cr_assert_str_eq(e->message, want);
	free(path);
}

static char *probe_log(void)
{
	char *log = malloc(sizeof(tmpdir) + 16);

	cr_assert(log != NULL);
	sprintf(log, "%s/probe.log", tmpdir);
	cr_assert_eq(setenv("PROBE_LOG", log, 1), 0);
	return log;
}

Test(probe, crashes_skipped_the_others_loaded, .init = make_tmpdir,
     .fini = remove_tmpdir)
{
	static const char *const loaded[] = {
		"probe-a", "probe-c", "probe-d", "probe-f", "probe-dup",
	};
	struct xw_registry *reg = new_registry();
	char *log = probe_log(), *h = probe_module("probe-h.so"), children[64];

	xw_registry_load_dir(reg, getenv("PROBE_DIR"));
	/* in name order, the second probe-dup (h) standing in for g */
	expect_loaded(reg, loaded, sizeof(loaded) / sizeof(loaded[0]));
	cr_assert_str_eq(reg->plugins[4].path, h);
	cr_assert_eq(reg->n_problems, 3);
	expect_crashed(&reg->problems[0], "probe-b.so", "probe-b", SIGSEGV);
	expect_crashed(&reg->problems[1], "probe-e.so", "probe-e", SIGABRT);
	expect_crashed(&reg->problems[2], "probe-g.so", "probe-dup", SIGBUS);
	/*
	 * One child tries every init() in turn; after one dies (b, e and g
	 * of a signal, d of _exit) a new one goes on with the next. h, the
	 * second probe-dup, is tried alone once g has crashed.
	 */
	probe_children(log, children, sizeof(children));
	cr_assert_str_eq(children, "ab|cd|e|fg|h");
	xw_registry_free(reg);
	free(log);
	free(h);
}

Test(probe, a_name_already_loaded_is_not_tried, .init = make_tmpdir,
     .fini = remove_tmpdir)
{
	static const char *const loaded[] = {
		"probe-f", "probe-a", "probe-c", "probe-d", "probe-dup",
	};
	struct xw_registry *reg = new_registry();
	char *log = probe_log(), *f = probe_module("probe-f.so"), children[64];
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, f, &e), 0, "%s", e.message);
	xw_registry_load_dir(reg, getenv("PROBE_DIR"));
	expect_loaded(reg, loaded, sizeof(loaded) / sizeof(loaded[0]));
	cr_assert_eq(reg->n_problems, 3, "the second probe-f is skipped silently");
	probe_children(log, children, sizeof(children));
	cr_assert_str_eq(children, "f|ab|cd|e|g|h");
	xw_registry_free(reg);
	free(log);
	free(f);
}

Test(probe, load_file_alone)
{
	struct xw_registry *reg = new_registry();
	char *b = probe_module("probe-b.so"), *c = probe_module("probe-c.so");
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_load_file(reg, b, &e), XW_EPLUGIN, "%s", e.message);
	expect_crashed(&e, "probe-b.so", "probe-b", SIGSEGV);
	cr_assert_eq(xw_registry_load_file(reg, c, &e), 0, "%s", e.message);
	expect_loaded(reg, (const char *const[]){ "probe-c" }, 1);
	cr_assert_eq(reg->n_problems, 0, "load_file returns errors, it does not record them");
	xw_registry_free(reg);
	free(b);
	free(c);
}
