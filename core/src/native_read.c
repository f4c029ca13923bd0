/* SPDX-License-Identifier: MIT */
#include <fcntl.h>
#include <stdarg.h>
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <yaml.h>

#include "xwalk/io.h"
#include "xwalk/native.h"
#include "schema.h"
#include "yaml_tree.h"

struct reader {
	const char *path;
	struct xw_error *err;
};

__attribute__((format(printf, 4, 5)))
static int at(struct reader *r, const struct xw_ynode *n, int code,
	      const char *fmt, ...)
{
	va_list ap;

	va_start(ap, fmt);
	xw_error_setv(r->err, code, r->path, n->line, n->column, fmt, ap);
	va_end(ap);
	return code;
}

static const char *type_name(const struct xw_ynode *n)
{
	return n->type == XW_YSCALAR ? "a single value"
	       : n->type == XW_YSEQ  ? "a list"
				     : "a mapping";
}

/* Runs a setter and gives its error the position of @n. */
static int call(struct reader *r, xw_setter set, void *obj, const char *sub,
		const struct xw_ynode *n)
{
	int rc = set(obj, sub, n->value, r->err);

	if (rc < 0)
		xw_error_locate(r->err, r->path, n->line, n->column);
	return rc;
}

static int want(struct reader *r, const struct xw_ynode *n,
		enum xw_ynode_type type, const char *key)
{
	static const char *const names[] = { "a single value", "a list", "a mapping" };

	if (n->type == type)
		return 0;
	return at(r, n, XW_EINVAL, "'%s' must be %s", key, names[type]);
}

static int walk(struct reader *r, const struct xw_schema *s, void *obj,
		const struct xw_ynode *map);

static int walk_field(struct reader *r, const struct xw_field *f, void *obj,
		      const struct xw_ynode *v)
{
	const struct xw_ynode *e;
	int rc;

	switch (f->shape) {
	case XW_SHAPE_SCALAR:
		if ((rc = want(r, v, XW_YSCALAR, f->name)) < 0)
			return rc;
		return call(r, f->set, obj, NULL, v);
	case XW_SHAPE_LIST:
		if ((rc = want(r, v, XW_YSEQ, f->name)) < 0)
			return rc;
		for (e = v->first; e; e = e->next) {
			if ((rc = want(r, e, XW_YSCALAR, f->name)) < 0 ||
			    (rc = call(r, f->set, obj, NULL, e)) < 0)
				return rc;
		}
		return 0;
	case XW_SHAPE_MAP:
		if ((rc = want(r, v, XW_YMAP, f->name)) < 0)
			return rc;
		for (e = v->first; e; e = e->next->next) {
			if (e->type != XW_YSCALAR)
				return at(r, e, XW_EINVAL, "keys under '%s' must be plain text",
					  f->name);
			for (const struct xw_ynode *k = v->first; k != e; k = k->next->next)
				if (!strcmp(k->value, e->value))
					return at(r, e, XW_EINVAL,
						  "key '%s' appears twice under '%s'",
						  e->value, f->name);
			if (xw_ynode_is_null(e->next))
				continue;
			if ((rc = want(r, e->next, XW_YSCALAR, e->value)) < 0)
				return rc;
			rc = f->set(obj, e->value, e->next->value, r->err);
			if (rc < 0) {
				xw_error_locate(r->err, r->path, e->line, e->column);
				return rc;
			}
		}
		return 0;
	case XW_SHAPE_NESTED:
		return walk(r, f->child, obj, v);
	case XW_SHAPE_OBJECTS:
		if ((rc = want(r, v, XW_YSEQ, f->name)) < 0)
			return rc;
		for (e = v->first; e; e = e->next) {
			void *child;
			if ((rc = f->child->add(obj, &child, r->err)) < 0) {
				xw_error_locate(r->err, r->path, e->line, e->column);
				return rc;
			}
			f->child->locate(child, e->line, e->column);
			if ((rc = walk(r, f->child, child, e)) < 0)
				return rc;
		}
		return 0;
	}
	return 0;
}

static int walk(struct reader *r, const struct xw_schema *s, void *obj,
		const struct xw_ynode *map)
{
	unsigned long long seen = 0;
	const struct xw_ynode *k;
	int rc;

	if (map->type != XW_YMAP)
		return at(r, map, XW_EINVAL, "a %s must be a mapping, not %s",
			  s->what, type_name(map));
	for (k = map->first; k; k = k->next->next) {
		const struct xw_field *f;
		size_t idx;

		if (k->type != XW_YSCALAR)
			return at(r, k, XW_EINVAL, "keys in a %s must be plain text",
				  s->what);
		f = xw_schema_field(s, k->value);
		if (!f) {
			rc = xw_schema_unknown(s, k->value, r->err);
			xw_error_locate(r->err, r->path, k->line, k->column);
			return rc;
		}
		idx = (size_t)(f - s->fields);
		if (seen >> idx & 1)
			return at(r, k, XW_EINVAL, "key '%s' appears twice in this %s",
				  k->value, s->what);
		seen |= 1ull << idx;
		if (xw_ynode_is_null(k->next))
			continue;
		if ((rc = walk_field(r, f, obj, k->next)) < 0)
			return rc;
	}
	return 0;
}

static const char *format_of(const struct xw_ynode *root)
{
	for (const struct xw_ynode *k = root->first; k; k = k->next->next)
		if (k->type == XW_YSCALAR && strcmp(k->value, "format") == 0 &&
		    k->next->type == XW_YSCALAR)
			return k->next->value;
	return NULL;
}

void xw_doc_clear(struct xw_doc *doc)
{
	xw_framework_free(doc->framework);
	xw_mapping_free(doc->mapping);
	xw_assessment_free(doc->assessment);
	memset(doc, 0, sizeof(*doc));
}

static int build(struct reader *r, const struct xw_ynode *root,
		 struct xw_doc *out)
{
	const char *fmt = format_of(root);
	char **path = NULL;
	int rc;

	if (!fmt)
		return at(r, root, XW_EINVAL,
			  "no 'format:' key; an xwalk file starts with 'format: xwalk-framework/1', "
			  "'xwalk-mapping/1' or 'xwalk-assessment/1'");
	if (strcmp(fmt, "xwalk-framework/1") == 0) {
		if ((rc = xw_framework_new(&out->framework, r->err)) < 0)
			return rc;
		out->kind = XW_DOC_FRAMEWORK;
		path = &out->framework->path;
		rc = walk(r, &xw_framework_schema, out->framework, root);
	} else if (strcmp(fmt, "xwalk-mapping/1") == 0) {
		if ((rc = xw_mapping_new(&out->mapping, r->err)) < 0)
			return rc;
		out->kind = XW_DOC_MAPPING;
		path = &out->mapping->path;
		rc = walk(r, &xw_mapping_schema, out->mapping, root);
	} else if (strcmp(fmt, "xwalk-assessment/1") == 0) {
		if ((rc = xw_assessment_new(&out->assessment, r->err)) < 0)
			return rc;
		out->kind = XW_DOC_ASSESSMENT;
		path = &out->assessment->path;
		rc = walk(r, &xw_assessment_schema, out->assessment, root);
	} else {
		return at(r, root, XW_EINVAL,
			  "unknown format '%s'; expected xwalk-framework/1, "
			  "xwalk-mapping/1 or xwalk-assessment/1", fmt);
	}
	if (rc == 0)
		rc = xw_str_set(path, r->path, r->err);
	if (rc < 0)
		return rc;
	switch (out->kind) {
	case XW_DOC_FRAMEWORK: return xw_framework_finish(out->framework, r->err);
	case XW_DOC_MAPPING: return xw_mapping_finish(out->mapping, r->err);
	default: return xw_assessment_finish(out->assessment, r->err);
	}
}

int xw_native_read(const char *path, const char *buf, size_t len,
		   struct xw_doc *out, struct xw_error *err)
{
	struct reader r = { path, err };
	struct xw_ydoc doc;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = xw_yaml_parse(path, buf, len, &doc, err);
	if (rc < 0)
		return rc;
	if (!doc.root)
		rc = xw_error_set(err, XW_EINVAL, path, 1, 1, "the file is empty");
	else if (doc.root->type != XW_YMAP)
		rc = at(&r, doc.root, XW_EINVAL,
			"an xwalk file must be a mapping, not %s",
			type_name(doc.root));
	else
		rc = build(&r, doc.root, out);
	xw_yaml_free(&doc);
	if (rc < 0) {
		xw_error_locate(err, path, 0, 0);
		xw_doc_clear(out);
	}
	return rc;
}

int xw_native_load(const char *path, struct xw_doc *out, struct xw_error *err)
{
	char *buf;
	size_t len;
	int rc;

	memset(out, 0, sizeof(*out));
	rc = xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, err);
	if (rc < 0)
		return rc;
	rc = xw_native_read(path, buf, len, out, err);
	free(buf);
	return rc;
}

int xw_native_probe(const char *buf, size_t len)
{
	static const char tag[] = "format: xwalk-";
	const char *p = buf, *end = buf + len;

	/* the format key is the first key, after optional comments */
	while (p < end && (*p == '#' || *p == '\n' || *p == '\r' || *p == ' ')) {
		if (*p == '#')
			while (p < end && *p != '\n')
				p++;
		else
			p++;
	}
	if ((size_t)(end - p) >= 3 && memcmp(p, "---", 3) == 0)
		p += 3;
	while (p < end && (*p == '\n' || *p == '\r' || *p == ' '))
		p++;
	return (size_t)(end - p) >= sizeof(tag) - 1 &&
	       memcmp(p, tag, sizeof(tag) - 1) == 0;
}

/* --- the head of a file ---------------------------------------------------- */

/* The keys the head is read for all come before any of these. */
static bool body_key(const char *k)
{
	static const char *const body[] = { "items", "rows", "results", "profiles", "advice" };

	for (size_t i = 0; i < sizeof(body) / sizeof(body[0]); i++)
		if (!strcmp(k, body[i]))
			return true;
	return false;
}

static char *copy(const yaml_event_t *ev)
{
	return strndup((const char *)ev->data.scalar.value, ev->data.scalar.length);
}

void xw_read_header(const char *path, enum xw_doc_kind *kind, char **id,
		    char **source, char **target)
{
	char buf[4096], key[32] = "", sub[32] = "";
	yaml_parser_t parser;
	yaml_event_t ev;
	ssize_t len;
	int fd, depth = 0, events = 0;
	bool want_value = false, lost = false;

	*kind = XW_DOC_NONE;
	*id = *source = *target = NULL;
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return;
	len = read(fd, buf, sizeof(buf));
	close(fd);
	if (len <= 0 || !yaml_parser_initialize(&parser))
		return;
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, (size_t)len);
	while (events++ < 400 && !lost && yaml_parser_parse(&parser, &ev)) {
		bool stop = ev.type == YAML_STREAM_END_EVENT || ev.type == YAML_ALIAS_EVENT;

		if (ev.type == YAML_MAPPING_START_EVENT || ev.type == YAML_SEQUENCE_START_EVENT) {
			depth++;
			want_value = false;
			sub[0] = '\0';
		} else if (ev.type == YAML_MAPPING_END_EVENT || ev.type == YAML_SEQUENCE_END_EVENT) {
			if (--depth == 1)
				want_value = false;
		} else if (ev.type == YAML_SCALAR_EVENT && depth == 1 && !want_value) {
			snprintf(key, sizeof(key), "%.*s", (int)ev.data.scalar.length,
				 (const char *)ev.data.scalar.value);
			stop = body_key(key);
			want_value = true;
		} else if (ev.type == YAML_SCALAR_EVENT && depth == 1) {
			want_value = false;
			if (!strcmp(key, "format")) {
				const char *v = (const char *)ev.data.scalar.value;
				*kind = !strcmp(v, "xwalk-framework/1")  ? XW_DOC_FRAMEWORK
					: !strcmp(v, "xwalk-mapping/1")    ? XW_DOC_MAPPING
					: !strcmp(v, "xwalk-assessment/1") ? XW_DOC_ASSESSMENT
									   : XW_DOC_NONE;
			} else if ((!strcmp(key, "id") || !strcmp(key, "framework")) && !*id) {
				lost = !(*id = copy(&ev));
			}
		} else if (ev.type == YAML_SCALAR_EVENT && depth == 2 && !sub[0]) {
			snprintf(sub, sizeof(sub), "%.*s", (int)ev.data.scalar.length,
				 (const char *)ev.data.scalar.value);
		} else if (ev.type == YAML_SCALAR_EVENT && depth == 2) {
			if (!strcmp(sub, "framework") && !strcmp(key, "source") && !*source)
				lost = !(*source = copy(&ev));
			else if (!strcmp(sub, "framework") && !strcmp(key, "target") && !*target)
				lost = !(*target = copy(&ev));
			sub[0] = '\0';
		}
		yaml_event_delete(&ev);
		if (stop)
			break;
	}
	/* a head read only in part for lack of memory tells nothing: the
	 * file is then loaded whole when anything is needed */
	lost |= parser.error == YAML_MEMORY_ERROR;
	yaml_parser_delete(&parser);
	if (lost) {
		free(*source);
		free(*target);
		*source = *target = NULL;
		*kind = XW_DOC_NONE;
	}
	/* a mapping set's "id" is the set's own; it is about its two ends */
	if (*kind == XW_DOC_MAPPING || *kind == XW_DOC_NONE) {
		free(*id);
		*id = NULL;
	}
}
