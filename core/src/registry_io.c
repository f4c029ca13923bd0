/* SPDX-License-Identifier: MIT */
/* Reading and writing documents and reports through the loaded plugins. */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/content.h"
#include "xwalk/io.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"
#include "xwalk/report.h"
#include "host.h"
#include "registry_known.h"

/*
 * "NAME:OPTIONS" names a plugin and hands it options: points *@format at
 * NAME (copied into @name) and *@options at OPTIONS ("" when none).
 */
static int split_format(const char **format, char name[64], const char **options,
			const char *path, struct xw_error *err)
{
	const char *colon = *format ? strchr(*format, ':') : NULL;
	size_t n;

	*options = "";
	if (!colon)
		return 0;
	n = (size_t)(colon - *format);
	if (n >= 64)
		return xw_error_set(err, XW_EUSAGE, path, 0, 0, "format name too long");
	memcpy(name, *format, n);
	name[n] = '\0';
	*options = colon + 1;
	*format = name;
	return 0;
}

typedef int (*reader_fn)(void *state, struct xw_call *call,
			 const struct xw_input *in, void *obj);

static int read_with(const struct xw_plugin *p, enum xw_doc_kind kind,
		     const char *path, const struct xw_input *in,
		     struct xw_doc *out, struct xw_error *err)
{
	struct xw_call call = { path, 0, 0, err };
	int rc;

	memset(out, 0, sizeof(*out));
	out->kind = kind;
	switch (kind) {
	case XW_DOC_FRAMEWORK:
		rc = xw_framework_new(&out->framework, err);
		if (rc == 0)
			rc = p->desc.read_framework(p->state, &call, in, out->framework);
		if (rc == 0)
			rc = xw_str_set(&out->framework->path, path, err);
		if (rc == 0)
			rc = xw_framework_finish(out->framework, err);
		break;
	case XW_DOC_MAPPING:
		rc = xw_mapping_new(&out->mapping, err);
		if (rc == 0)
			rc = p->desc.read_mapping(p->state, &call, in, out->mapping);
		if (rc == 0)
			rc = xw_str_set(&out->mapping->path, path, err);
		if (rc == 0)
			rc = xw_mapping_finish(out->mapping, err);
		break;
	default:
		rc = xw_assessment_new(&out->assessment, err);
		if (rc == 0)
			rc = p->desc.read_assessment(p->state, &call, in, out->assessment);
		if (rc == 0)
			rc = xw_str_set(&out->assessment->path, path, err);
		if (rc == 0)
			rc = xw_assessment_finish(out->assessment, err);
		break;
	}
	if (rc < 0) {
		/* "not my kind" needs no message; any other failure does */
		if (err && !err->message[0] && rc != XW_EUNSUPPORTED)
			xw_error_set(err, rc, path, 0, 0, "plugin '%s' failed: %s",
				     p->desc.name, xw_strerror(rc));
		xw_error_locate(err, path, 0, 0);
		xw_doc_clear(out);
	}
	return rc;
}

static int supports(const struct xw_plugin *p, enum xw_doc_kind kind)
{
	switch (kind) {
	case XW_DOC_FRAMEWORK: return p->desc.read_framework != NULL;
	case XW_DOC_MAPPING: return p->desc.read_mapping != NULL;
	case XW_DOC_ASSESSMENT: return p->desc.read_assessment != NULL;
	default: return 0;
	}
}

static int read_plugin(const struct xw_plugin *p, const char *path,
		       const struct xw_input *in, enum xw_doc_kind want,
		       struct xw_doc *out, struct xw_error *err)
{
	static const enum xw_doc_kind order[] = {
		XW_DOC_FRAMEWORK, XW_DOC_MAPPING, XW_DOC_ASSESSMENT,
	};
	struct xw_error why;
	int rc;

	if (want != XW_DOC_NONE) {
		if (!supports(p, want))
			return xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
					    "plugin '%s' cannot read this kind of file",
					    p->desc.name);
		rc = read_with(p, want, path, in, out, err);
		if (rc == XW_EUNSUPPORTED && err && !err->message[0])
			xw_error_set(err, rc, path, 0, 0, "plugin '%s' cannot read this file as %s",
				     p->desc.name, want == XW_DOC_FRAMEWORK ? "a framework"
						   : want == XW_DOC_MAPPING ? "a mapping set"
									    : "an assessment");
		return rc;
	}
	/* a reader says XW_EUNSUPPORTED when the file is not its kind; one
	 * that says why keeps its message */
	xw_error_clear(&why);
	for (size_t i = 0; i < sizeof(order) / sizeof(order[0]); i++) {
		if (!supports(p, order[i]))
			continue;
		xw_error_clear(err);
		rc = read_with(p, order[i], path, in, out, err);
		if (rc != XW_EUNSUPPORTED)
			return rc;
		if (err && err->message[0])
			why = *err;
	}
	if (why.message[0]) {
		*err = why;
		return XW_EUNSUPPORTED;
	}
	return xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
			    "plugin '%s' cannot read this file as a framework, "
			    "mapping set or assessment", p->desc.name);
}

/* Whether the plugin of @m probes files of the kind *@kind. */
static bool probes(const struct xw_manifest *m, const void *kind)
{
	return (m->contents & *(const unsigned *)kind) != 0;
}

/*
 * The plugin most sure it can read @in, among those that probe its kind
 * of content (loaded first if only known) and that @fits; the first of
 * the search path on a tie. NULL when none says yes.
 */
static const struct xw_plugin *best_reader(struct xw_registry *reg,
					   const struct xw_input *in,
					   bool (*fits)(const struct xw_plugin *p))
{
	const struct xw_plugin *best = NULL;
	unsigned kind = xw_content_of(in->data, in->size);
	int best_score = 0;

	xw_registry_load_known(reg, probes, &kind);
	for (size_t i = 0; i < reg->n_plugins; i++) {
		const struct xw_plugin *p = &reg->plugins[i];
		int score;

		if (!(p->contents & kind) || !p->desc.probe || (fits && !fits(p)))
			continue;
		score = p->desc.probe(p->state, in);
		if (score > best_score) {
			best = p;
			best_score = score;
		}
	}
	return best;
}

int xw_registry_read(struct xw_registry *reg, const char *path,
		     const char *format, enum xw_doc_kind want,
		     struct xw_doc *out, struct xw_error *err)
{
	const struct xw_plugin *best = NULL;
	struct xw_input in;
	char name[64];
	char *buf;
	size_t len;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, err);
	if (rc < 0)
		return rc;
	in.path = path;
	in.data = (const unsigned char *)buf;
	in.size = len;
	rc = split_format(&format, name, &in.options, path, err);
	if (rc < 0) {
		free(buf);
		return rc;
	}
	if ((!format && xw_native_probe(buf, len)) ||
	    (format && strcmp(format, "native") == 0)) {
		rc = xw_native_read(path, buf, len, out, err);
		if (rc == 0 && want != XW_DOC_NONE && out->kind != want) {
			xw_doc_clear(out);
			rc = xw_error_set(err, XW_EINVAL, path, 1, 1,
					  "this file is not the kind of file expected here");
		}
		free(buf);
		return rc;
	}
	if (format) {
		best = xw_registry_find(reg, format);
		if (!best)
			rc = xw_error_set(err, XW_ENOTFOUND, path, 0, 0,
					  "no plugin called '%s' (see 'xwalk plugins')", format);
	} else {
		best = best_reader(reg, &in, NULL);
		if (!best)
			rc = xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
					  "no reader recognises this file (see 'xwalk plugins')");
	}
	if (best)
		rc = read_plugin(best, path, &in, want, out, err);
	free(buf);
	return rc;
}

static bool reads_profiles(const struct xw_plugin *p)
{
	return p->desc.read_profiles != NULL;
}

int xw_registry_read_profiles(struct xw_registry *reg, const char *path,
			      const char *format, struct xw_framework *fw,
			      struct xw_error *err)
{
	const struct xw_plugin *best = NULL;
	struct xw_call call = { path, 0, 0, err };
	struct xw_input in;
	size_t n_items = fw->n_items;
	char *buf;
	size_t len;
	int rc;

	rc = xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, err);
	if (rc < 0)
		return rc;
	in = (struct xw_input){ path, (const unsigned char *)buf, len, "" };
	if (format)
		best = xw_registry_find(reg, format);
	else
		best = best_reader(reg, &in, reads_profiles);
	if (best && !best->desc.read_profiles)
		best = NULL;
	if (!best)
		rc = xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
				  "no plugin reads this file as profiles");
	else
		rc = best->desc.read_profiles(best->state, &call, &in, fw);
	free(buf);
	if (rc == 0 && fw->n_items != n_items)
		rc = xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				  "plugin '%s' added items while reading profiles",
				  best->desc.name);
	if (rc == 0)
		rc = xw_framework_finish(fw, err);
	if (rc < 0)
		xw_error_locate(err, path, 0, 0);
	return rc;
}

/* A file name's extension, and the capability a writer of it needs. */
struct wanted_writer {
	const char *extension;
	unsigned cap;
};

static bool writes_extension(const struct xw_manifest *m, const void *ctx)
{
	const struct wanted_writer *w = ctx;

	if (!(m->caps & w->cap))
		return false;
	for (char *const *e = m->extensions; *e; e++)
		if (strcmp(*e, w->extension) == 0)
			return true;
	return false;
}

/* The first plugin that claims @path's extension and can write @kind. */
static const struct xw_plugin *writer_for_extension(struct xw_registry *reg,
						    const char *path,
						    enum xw_doc_kind kind)
{
	const char *dot = strrchr(path, '.');
	struct wanted_writer w;

	if (!dot || strchr(dot, '/'))
		return NULL;
	w.extension = dot + 1;
	w.cap = kind == XW_DOC_FRAMEWORK ? XW_CAN_WRITE_FRAMEWORK
		: kind == XW_DOC_MAPPING ? XW_CAN_WRITE_MAPPING : 0;
	xw_registry_load_known(reg, writes_extension, &w);
	for (size_t i = 0; i < reg->n_plugins; i++) {
		const struct xw_plugin_descriptor *d = &reg->plugins[i].desc;
		bool writes = kind == XW_DOC_FRAMEWORK ? d->write_framework != NULL
			      : kind == XW_DOC_MAPPING ? d->write_mapping != NULL
						       : false;

		for (const char *const *ext = d->extensions; writes && ext && *ext; ext++)
			if (strcmp(*ext, dot + 1) == 0)
				return &reg->plugins[i];
	}
	return NULL;
}

int xw_registry_write(struct xw_registry *reg, const struct xw_doc *doc,
		      const char *path, const char *format,
		      struct xw_error *err)
{
	struct xw_output out = { XW_BUF_INIT, NULL, "" };
	struct xw_call call = { path, 0, 0, err };
	const struct xw_plugin *p = NULL;
	const char *dot = strrchr(path, '.');
	char name[64];
	int rc;

	rc = split_format(&format, name, &out.options, path, err);
	if (rc < 0)
		return rc;
	out.path = strcmp(path, "-") == 0 ? NULL : path;
	/* standard output and .yaml files get the native format by default */
	if ((format && strcmp(format, "native") == 0) ||
	    (!format && strcmp(path, "-") == 0) ||
	    (!format && dot && (strcmp(dot, ".yaml") == 0 || strcmp(dot, ".yml") == 0)))
		return xw_native_save(doc, path, err);
	p = format ? xw_registry_find(reg, format)
		   : writer_for_extension(reg, path, doc->kind);
	if (!p)
		return xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
				    format ? "no plugin called '%s'"
					   : "no writer for this file name%s; name a format with --to",
				    format ? format : "");
	if (doc->kind == XW_DOC_FRAMEWORK && p->desc.write_framework)
		rc = p->desc.write_framework(p->state, &call, doc->framework, &out);
	else if (doc->kind == XW_DOC_MAPPING && p->desc.write_mapping)
		rc = p->desc.write_mapping(p->state, &call, doc->mapping, &out);
	else
		rc = xw_error_set(err, XW_EUNSUPPORTED, path, 0, 0,
				  "plugin '%s' cannot write this kind of document",
				  p->desc.name);
	if (rc == 0 && out.buf.failed)
		rc = xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	if (rc == 0)
		rc = xw_file_write_atomic(path, out.buf.data ? out.buf.data : "",
					  out.buf.len, err);
	xw_buf_reset(&out.buf);
	return rc;
}

int xw_registry_render_report(struct xw_registry *reg, const struct xw_report *r,
			      const char *format, const char *path,
			      struct xw_buf *out, struct xw_error *err)
{
	struct xw_output o = { XW_BUF_INIT, path, "" };
	struct xw_call call = { path ? path : "<stdout>", 0, 0, err };
	const struct xw_plugin *p;
	char name[64];
	int rc;

	/* a report that ran out of memory while being built lacks a part */
	if (r->failed)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	rc = split_format(&format, name, &o.options, call.path, err);
	if (rc < 0)
		return rc;
	p = xw_registry_find(reg, format);
	if (!p || !p->desc.write_report)
		return xw_error_set(err, XW_EUNSUPPORTED, NULL, 0, 0,
				    "--format takes text, csv, json, md or a plugin that writes reports "
				    "(see 'xwalk plugins'), not '%s'", format);
	rc = p->desc.write_report(p->state, &call, r, &o);
	if (rc == 0 && o.buf.failed)
		rc = xw_error_set(err, XW_ENOMEM, call.path, 0, 0, "out of memory");
	if (rc == 0)
		*out = o.buf;
	else
		xw_buf_reset(&o.buf);
	return rc;
}
