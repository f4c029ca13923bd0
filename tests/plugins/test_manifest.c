/* SPDX-License-Identifier: MIT */
/*
 * Manifests: reading and writing them, and a registry that knows a
 * plugin from its manifest and loads it only when it is needed. The
 * modules are FAKE_DIR's fake plugins, copied into a scratch folder
 * beside manifests written here.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/content.h"
#include "xwalk/registry.h"
#include "manifest.h"
#include "xw_test.h"

/* Copies FAKE_DIR/@module into the scratch folder; returns the copy's path. */
static char *copy_module(const char *module)
{
	char *from = under("FAKE_DIR", module), *data;
	size_t len;

	data = slurp(from, &len);
	free(from);
	from = spit(module, data, len);
	free(data);
	return from;
}

/* Which build the module at @path is (static: one at a time). */
static const char *id_of(const char *path)
{
	static char id[XW_MODULE_ID_MAX];

	cr_assert_eq(xw_module_id(path, id, sizeof(id)), 0, "%s", path);
	return id;
}

/* The manifest xwalk writes for the module at @path. */
static char *manifest_of(const char *path)
{
	struct xw_registry *reg = NULL;
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error e;

	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	cr_assert_eq(xw_registry_load_file(reg, path, &e), 0, "%s", e.message);
	cr_assert_eq(xw_manifest_format(&out, &reg->plugins[0].desc, id_of(path), &e), 0);
	xw_registry_free(reg);
	xw_buf_putc(&out, '\0');
	cr_assert(!out.failed);
	return out.data;
}

/* @text with "@ID@" replaced by the id of the module at @module. */
static void with_id(char *out, size_t size, const char *text, const char *module)
{
	const char *at = strstr(text, "@ID@");

	if (!at)
		snprintf(out, size, "%s", text);
	else
		snprintf(out, size, "%.*s%s%s", (int)(at - text), text, id_of(module), at + 4);
}

/* fake-good.so in the scratch folder with @manifest as fake-good.manifest. */
static void good_with(const char *manifest)
{
	char *module = copy_module("fake-good.so"), text[1024], *path;

	with_id(text, sizeof(text), manifest, module);
	path = spit("fake-good.manifest", text, strlen(text));
	free(path);
	free(module);
}

#define FAKE_MISSING "/nonexistent/xwalk-no-such-module.so"

static const char good_manifest[] =
	"# a comment, and a line of spaces only\n"
	"   \n"
	"xwalk-manifest 1\n"
	"module-id @ID@\n"
	"name fake\n"
	"reads framework\n"
	"writes framework report\n"
	"contents zip xml json text\n"
	"extensions fake\n";

Test(module_id, is_the_build_id_which_strip_keeps, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), id[XW_MODULE_ID_MAX], *cmd;
	char *stripped = tmp_path("stripped.so");

	/* Debian's linkers write a build-id note unless told not to */
	cr_assert_eq(xw_module_id(module, id, sizeof(id)), 0);
	cr_assert_eq(strncmp(id, "build-id:", 9), 0, "%s", id);
	cr_assert_eq(strlen(id), 9 + 40, "a SHA-1 build-id: %s", id);
	cmd = malloc(strlen(module) + strlen(stripped) + 64);
	cr_assert_not_null(cmd);
	sprintf(cmd, "strip -o '%s' '%s'", stripped, module);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	cr_assert_str_eq(id_of(stripped), id);
	/* without the note, the size tells builds apart */
	sprintf(cmd, "objcopy --remove-section .note.gnu.build-id '%s'", stripped);
	cr_assert_eq(system(cmd), 0, "%s", cmd);
	cr_assert_eq(strncmp(id_of(stripped), "size:", 5), 0, "%s", id_of(stripped));
	cr_assert_eq(xw_module_id(FAKE_MISSING, id, sizeof(id)), -1);
	free(cmd);
	free(stripped);
	free(module);
}

Test(manifest, written_as_documented, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), *text = manifest_of(module), want[1024];

	/* fake-good.c: no contents, so every kind; one extension */
	with_id(want, sizeof(want),
	      "# what this plugin reads and writes, so that xwalk loads it only\n"
	      "# for files it may read; written by 'xwalk plugins --manifest'\n"
	      "xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads framework\n"
	      "writes framework report\ncontents zip xml json text\nextensions fake\n",
	      module);
	cr_assert_str_eq(text, want);
	free(text);
	free(module);
}

Test(manifest, words_it_cannot_hold_are_refused)
{
	static const char *const spaced[] = { "c s v", NULL };
	static const char *const plain[] = { "csv", NULL };
	struct xw_plugin_descriptor d = { .name = "two words", .extensions = plain };
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error e;

	cr_assert_eq(xw_manifest_format(&out, &d, "size:1", &e), XW_EINVAL);
	cr_assert(strstr(e.message, "plugin name 'two words'"), "%s", e.message);
	d.name = "csv";
	d.extensions = spaced;
	xw_buf_reset(&out);
	cr_assert_eq(xw_manifest_format(&out, &d, "size:1", &e), XW_EINVAL);
	cr_assert(strstr(e.message, "extension 'c s v'"), "%s", e.message);
	xw_buf_reset(&out);
}

Test(manifest, larger_than_its_limit_is_refused, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), *path, *text;
	size_t size = XW_MANIFEST_MAX_SIZE + 1;
	struct xw_manifest m;
	struct xw_error e;

	text = malloc(size);
	cr_assert_not_null(text);
	memset(text, '#', size);
	path = spit("fake-good.manifest", text, size);
	cr_assert_eq(xw_manifest_read(&m, path, module, &e), XW_ELIMIT, "%s", e.message);
	cr_assert_null(m.name);
	free(path);
	free(text);
	free(module);
}

Test(manifest, several_extensions_in_order, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), *path, text[512];
	struct xw_manifest m;
	struct xw_error e;

	with_id(text, sizeof(text), "xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads\n"
		"writes\ncontents\nextensions  xlsx csv   tsv\n", module);
	path = spit("fake-good.manifest", text, strlen(text));
	cr_assert_eq(xw_manifest_read(&m, path, module, &e), 1, "%s", e.message);
	cr_assert_str_eq(m.extensions[0], "xlsx");
	cr_assert_str_eq(m.extensions[1], "csv");
	cr_assert_str_eq(m.extensions[2], "tsv");
	cr_assert_null(m.extensions[3]);
	xw_manifest_clear(&m);
	free(path);
	free(module);
}

Test(manifest, read_back, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), *text = manifest_of(module), *path;
	struct xw_manifest m;
	struct xw_error e;

	path = spit("fake-good.manifest", text, strlen(text));
	cr_assert_eq(xw_manifest_read(&m, path, module, &e), 1, "%s", e.message);
	cr_assert_str_eq(m.name, "fake");
	cr_assert_str_eq(m.path, module);
	cr_assert_eq(m.caps, XW_CAN_READ_FRAMEWORK | XW_CAN_WRITE_FRAMEWORK |
			     XW_CAN_WRITE_REPORT);
	cr_assert_eq(m.contents, XW_CONTENT_ANY);
	cr_assert_str_eq(m.extensions[0], "fake");
	cr_assert_null(m.extensions[1]);
	xw_manifest_clear(&m);
	free(path);
	free(text);
	free(module);
}

Test(manifest, of_another_build_or_none_is_not_read, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so"), *path, text[512];
	struct xw_manifest m;
	struct xw_error e;

	snprintf(text, sizeof(text), "xwalk-manifest 1\nmodule-id size:1\nname fake\n");
	path = tmp_path("fake-good.manifest");
	cr_assert_eq(xw_manifest_read(&m, path, module, &e), 0, "no manifest");
	free(path);
	path = spit("fake-good.manifest", text, strlen(text));
	cr_assert_eq(xw_manifest_read(&m, path, module, &e), 0, "another size");
	cr_assert_null(m.name);
	free(path);
	free(module);
}

static const struct {
	const char *text;      /* @ID@: the module's id */
	unsigned line, col;
	const char *message;
} malformed[] = {
	{ "module-id @ID@\n", 1, 1, "not an xwalk plugin manifest" },
	{ "", 1, 1, "no 'xwalk-manifest 1' line" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\ncolour blue\n", 4, 1,
	  "unknown key 'colour'" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\nname fake\n", 4, 1,
	  "key given twice: 'name'" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads framework flying\n", 4, 17,
	  "not something a plugin can do: 'flying'" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\nwrites profiles\n", 4, 8,
	  "not something a plugin can do: 'profiles'" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\ncontents xml pdf\n", 4, 14,
	  "not a kind of content: 'pdf'" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname\n", 3, 5, "no plugin name" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname\tfake\n", 3, 1, "spaces only" },
	{ "xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads\nwrites\ncontents\n", 7, 1,
	  "no 'extensions' line" },
};

Test(manifest, malformed_says_where, .fini = scratch_remove)
{
	char *module = copy_module("fake-good.so");

	for (size_t i = 0; i < sizeof(malformed) / sizeof(malformed[0]); i++) {
		char text[512], *path;
		struct xw_manifest m;
		struct xw_error e;

		with_id(text, sizeof(text), malformed[i].text, module);
		path = spit("fake-good.manifest", text, strlen(text));
		cr_assert_eq(xw_manifest_read(&m, path, module, &e), XW_ESYNTAX, "case %zu", i);
		cr_assert_str_eq(e.file, path);
		cr_expect_eq(e.line, malformed[i].line, "case %zu: line %u", i, e.line);
		cr_expect_eq(e.column, malformed[i].col, "case %zu: column %u", i, e.column);
		cr_expect(strstr(e.message, malformed[i].message), "case %zu: %s", i, e.message);
		cr_assert_null(m.name);
		free(path);
	}
	free(module);
}

/* A registry of the scratch folder's plugins. */
static struct xw_registry *scratch_registry(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	xw_registry_load_dir(reg, scratch());
	return reg;
}

/* Reads FAKE_FIXTURES/tiny.fake, choosing the reader by probe. */
static int read_tiny(struct xw_registry *reg, struct xw_error *e)
{
	char *path = under("FAKE_FIXTURES", "tiny.fake");
	struct xw_doc doc;
	int rc = xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, e);

	if (rc == 0)
		xw_doc_clear(&doc);
	free(path);
	return rc;
}

Test(registry, known_then_loaded_when_a_file_needs_it, .fini = scratch_remove)
{
	struct xw_registry *reg;
	struct xw_error e;

	good_with(good_manifest);
	reg = scratch_registry();
	cr_assert_eq(reg->n_problems, 0);
	cr_assert_eq(reg->n_known, 1);
	cr_assert_eq(reg->n_plugins, 0, "not loaded before it is needed");
	cr_assert_eq(read_tiny(reg, &e), 0, "%s", e.message);
	cr_assert_eq(reg->n_plugins, 1);
	cr_assert_str_eq(reg->plugins[0].desc.name, "fake");
	xw_registry_free(reg);
}

Test(registry, known_then_loaded_by_name, .fini = scratch_remove)
{
	struct xw_registry *reg;

	good_with(good_manifest);
	reg = scratch_registry();
	cr_assert_not_null(xw_registry_find(reg, "fake"));
	cr_assert_eq(reg->n_plugins, 1);
	cr_assert_null(xw_registry_find(reg, "csv"));
	xw_registry_free(reg);
}

Test(registry, not_loaded_for_content_it_does_not_read, .fini = scratch_remove)
{
	struct xw_registry *reg;
	struct xw_error e;

	/* tiny.fake is text; this manifest says the plugin reads XML only */
	good_with("xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads framework\n"
		  "writes framework\ncontents xml\nextensions fake\n");
	reg = scratch_registry();
	cr_assert_eq(read_tiny(reg, &e), XW_EUNSUPPORTED);
	cr_assert(strstr(e.message, "no reader recognises this file"), "%s", e.message);
	cr_assert_eq(reg->n_plugins, 0);
	xw_registry_free(reg);
}

Test(registry, a_manifest_that_lies_is_caught_at_load, .fini = scratch_remove)
{
	struct xw_registry *reg;

	good_with("xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads mapping\n"
		  "writes framework\ncontents zip xml json text\nextensions fake\n");
	reg = scratch_registry();
	cr_assert_null(xw_registry_find(reg, "fake"));
	cr_assert_eq(reg->n_problems, 1);
	cr_assert(strstr(reg->problems[0].message, "not what its manifest says"), "%s",
		  reg->problems[0].message);
	xw_registry_free(reg);
}

Test(registry, a_malformed_manifest_is_reported_and_the_module_loaded,
     .fini = scratch_remove)
{
	struct xw_registry *reg;

	good_with("xwalk-manifest 1\nmodule-id @ID@\nname fake\nreads everything\n");
	reg = scratch_registry();
	cr_assert_eq(reg->n_problems, 1);
	cr_assert_eq(reg->problems[0].line, 4);
	cr_assert_eq(reg->n_plugins, 1, "loaded as if it had no manifest");
	xw_registry_free(reg);
}

static void count(void *ctx, const struct xw_error *e)
{
	(void)e;
	++*(int *)ctx;
}

Test(registry, problems_of_a_late_load_are_told, .fini = scratch_remove)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;
	int told = 0;

	/* the module is fake-good.so but the manifest says another name */
	good_with("xwalk-manifest 1\nmodule-id @ID@\nname other\nreads framework\n"
		  "writes framework\ncontents zip xml json text\nextensions fake\n");
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	reg->on_problem = count;
	reg->on_problem_ctx = &told;
	xw_registry_load_dir(reg, scratch());
	cr_assert_eq(told, 0);
	xw_registry_load_all(reg);
	cr_assert_eq(told, 1);
	cr_assert_eq(reg->n_plugins, 0);
	xw_registry_free(reg);
}
