/* SPDX-License-Identifier: MIT */
/*
 * fuzz-PLUGIN: a reader plugin through the real registry. The plugin is
 * the module this (instrumented) build makes (FUZZ_PLUGIN, or
 * $XW_FUZZ_PLUGIN), loaded by path; it is the only one loaded. Each
 * input is put in an in-memory file and read with xw_registry_read():
 * as each kind the plugin reads, named by the plugin's format, and once
 * with no format and no kind, so that the probes choose. An input in
 * the "@@ NAME" parts form (fuzz.h) is packed into a zip first, so that
 * the plugins that read workbooks are fuzzed through their XML.
 *
 * Oracles: a failed read says why, in one line; a document read writes
 * as native YAML that reads back to the same bytes, and lints on its
 * own; and with
 * FUZZ_ROUNDTRIP, a document the plugin can write goes plugin format ->
 * model -> plugin format -> model and gives the same model (canonical
 * YAML) and, written again, the same bytes.
 */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/registry.h"
#include "fuzz.h"
#include "host.h"

#ifndef FUZZ_MAX_SIZE
#define FUZZ_MAX_SIZE (1u << 20)
#endif
#ifndef FUZZ_ROUNDTRIP
#define FUZZ_ROUNDTRIP 0
#endif

int LLVMFuzzerInitialize(int *argc, char ***argv);
int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size);

static struct xw_registry *reg;
static const struct xw_plugin *plugin;
static const char *format;
static struct fuzz_file input, written;

int LLVMFuzzerInitialize(int *argc, char ***argv)
{
	const char *path = getenv("XW_FUZZ_PLUGIN");
	struct xw_error e;

	(void)argc;
	(void)argv;
	if (!path || !*path)
		path = FUZZ_PLUGIN;
	xw_error_clear(&e);
	if (xw_registry_new(&reg, &e) < 0 || xw_registry_load_file(reg, path, &e) < 0) {
		fprintf(stderr, "fuzz: cannot load %s: %s\n", path, e.message);
		exit(2);
	}
	plugin = &reg->plugins[0];
	format = plugin->desc.name;
	fuzz_file_open(&input, "input");
	fuzz_file_open(&written, "written");
	return 0;
}

/* The plugin's writer for @doc; XW_EUNSUPPORTED when it has none. */
static int plugin_write(const struct xw_doc *doc, struct xw_output *out,
			struct xw_error *e)
{
	struct xw_call call = { "written", 0, 0, e };

	if (doc->kind == XW_DOC_FRAMEWORK && plugin->desc.write_framework)
		return plugin->desc.write_framework(plugin->state, &call,
						    doc->framework, out);
	if (doc->kind == XW_DOC_MAPPING && plugin->desc.write_mapping)
		return plugin->desc.write_mapping(plugin->state, &call,
						  doc->mapping, out);
	return XW_EUNSUPPORTED;
}

static void round_trip(const struct xw_doc *doc, const char *yaml)
{
	struct xw_output out = { XW_BUF_INIT, NULL, "" };
	struct xw_output again = { XW_BUF_INIT, NULL, "" };
	const char *bytes;
	struct xw_doc back;
	struct xw_error e;
	char *yaml2 = NULL;
	size_t len2;
	int rc;

	xw_error_clear(&e);
	rc = plugin_write(doc, &out, &e);
	if (rc < 0 || out.buf.failed) {
		/* refusing a document the format cannot hold is allowed */
		if (rc < 0 && rc != XW_EUNSUPPORTED)
			fuzz_check_error(rc, &e);
		xw_buf_reset(&out.buf);
		return;
	}
	bytes = out.buf.data ? out.buf.data : "";
	fuzz_file_put(&written, bytes, out.buf.len);
	xw_error_clear(&e);
	if (xw_registry_read(reg, written.path, format, doc->kind, &back, &e) < 0) {
		fuzz_fail("plugin-readback",
			  "what the %s plugin wrote does not read back: %s:%u:%u: %s\n"
			  "--- model ---\n%s\n--- written ---\n%.*s", format, e.file,
			  e.line, e.column, e.message, yaml, (int)out.buf.len, bytes);
		xw_buf_reset(&out.buf);
		return;
	}
	fuzz_check_native(&back, &yaml2, &len2);
	if (yaml2 && strcmp(yaml, yaml2) != 0)
		fuzz_fail("plugin-roundtrip",
			  "%s -> model -> %s gives another model\n--- first ---\n%s\n"
			  "--- second ---\n%s\n--- written ---\n%.*s", format, format,
			  yaml, yaml2, (int)out.buf.len, bytes);
	xw_error_clear(&e);
	if (plugin_write(&back, &again, &e) < 0)
		fuzz_fail("plugin-rewrite-fails",
			  "the %s plugin wrote a document once but not twice: %s",
			  format, e.message);
	else if (!again.buf.failed &&
		 (again.buf.len != out.buf.len ||
		  (out.buf.len && memcmp(again.buf.data, out.buf.data, out.buf.len) != 0)))
		fuzz_fail("plugin-rewrite",
			  "writing what was read back gives other bytes\n--- first ---\n"
			  "%.*s\n--- second ---\n%.*s", (int)out.buf.len, bytes,
			  (int)again.buf.len, again.buf.data ? again.buf.data : "");
	free(yaml2);
	xw_doc_clear(&back);
	xw_buf_reset(&out.buf);
	xw_buf_reset(&again.buf);
}

static void read_as(const char *fmt, enum xw_doc_kind want)
{
	struct xw_error e;
	struct xw_doc doc;
	char *yaml;
	size_t len;
	int rc;

	xw_error_clear(&e);
	rc = xw_registry_read(reg, input.path, fmt, want, &doc, &e);
	fuzz_check_error(rc, &e);
	if (rc < 0) {
		if (doc.kind != XW_DOC_NONE)
			fuzz_fail("leftover", "a failed read left a document behind");
		return;
	}
	if (want != XW_DOC_NONE && doc.kind != want)
		fuzz_fail("kind", "asked for kind %d, got kind %d", (int)want,
			  (int)doc.kind);
	fuzz_check_native(&doc, &yaml, &len);
	if (FUZZ_ROUNDTRIP && yaml && fmt)
		round_trip(&doc, yaml);
	free(yaml);
	fuzz_lint(&doc);
}

int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
	struct fuzz_part parts[FUZZ_MAX_PARTS];
	void *zip = NULL;
	size_t n, len;

	if (size > FUZZ_MAX_SIZE)
		return -1;
	n = fuzz_split(data, size, parts);
	if (n && (zip = fuzz_pack(parts, n, &len)) != NULL)
		fuzz_file_put(&input, zip, len);
	else
		fuzz_file_put(&input, data, size);
	free(zip);
	if (plugin->desc.read_framework)
		read_as(format, XW_DOC_FRAMEWORK);
	if (plugin->desc.read_mapping)
		read_as(format, XW_DOC_MAPPING);
	if (plugin->desc.read_assessment)
		read_as(format, XW_DOC_ASSESSMENT);
	read_as(NULL, XW_DOC_NONE);
	return 0;
}
