/* SPDX-License-Identifier: MIT */
#include <limits.h>
#include <string.h>
#include <yaml.h>

#include "xwp_arena.h"
#include "oscal_jtree.h"

void oc_json_free(struct oc_jdoc *doc)
{
	xwp_arena_free(&doc->arena);
	doc->root = NULL;
}

/* --- building ------------------------------------------------------------ */

struct frame {
	struct oc_jnode *node;
	struct oc_jnode *last;    /* last child appended */
	const char *key;          /* in an object: the key read, awaiting its value */
};

struct builder {
	const struct xw_host *h;
	struct xw_call *call;
	struct oc_jdoc *doc;
	struct frame stack[OC_JSON_MAX_DEPTH];
	size_t depth;
	unsigned documents;
};

static int fail(struct builder *b, const yaml_mark_t *m, int code,
		const char *msg)
{
	b->h->at(b->call, (unsigned)m->line + 1, (unsigned)m->column + 1);
	return b->h->error(b->call, code, "%s", msg);
}

static int oom(struct builder *b)
{
	return b->h->error(b->call, XW_ENOMEM, "out of memory");
}

/* In an object, a scalar is a key when no key is waiting for its value. */
static int is_key(const struct builder *b)
{
	const struct frame *f = b->depth ? &b->stack[b->depth - 1] : NULL;

	return f && f->node->type == OC_JOBJECT && !f->key;
}

static struct oc_jnode *add_node(struct builder *b, enum oc_jtype type,
				 const yaml_mark_t *m)
{
	struct oc_jnode *n = xwp_arena_alloc(&b->doc->arena, sizeof(*n));
	struct frame *f = b->depth ? &b->stack[b->depth - 1] : NULL;

	if (!n)
		return NULL;
	memset(n, 0, sizeof(*n));
	n->type = type;
	n->line = (unsigned)m->line + 1;
	n->column = (unsigned)m->column + 1;
	if (!f) {
		b->doc->root = n;
		return n;
	}
	n->key = f->key;
	f->key = NULL;
	if (f->last)
		f->last->next = n;
	else
		f->node->first = n;
	f->last = n;
	return n;
}

static int scalar(struct builder *b, const yaml_event_t *ev)
{
	const yaml_char_t *v = ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	struct oc_jnode *n;
	char *s;

	/* strings are handed on NUL-terminated */
	if (memchr(v, '\0', len))
		return fail(b, &ev->start_mark, XW_EINVAL, "NUL character in a JSON string");
	s = xwp_arena_strndup(&b->doc->arena, (const char *)v, len);
	if (!s)
		return oom(b);
	if (is_key(b)) {
		b->stack[b->depth - 1].key = s;
		return 0;
	}
	n = add_node(b, OC_JSTRING, &ev->start_mark);
	if (!n)
		return oom(b);
	n->str = s;
	n->len = (unsigned)len;
	return 0;
}

static int open_node(struct builder *b, const yaml_event_t *ev, enum oc_jtype type)
{
	struct oc_jnode *n;

	if (is_key(b))
		return fail(b, &ev->start_mark, XW_EINVAL,
			    "a JSON object key must be a string");
	if (b->depth == OC_JSON_MAX_DEPTH)
		return fail(b, &ev->start_mark, XW_ELIMIT,
			    "JSON nesting deeper than 64 levels");
	n = add_node(b, type, &ev->start_mark);
	if (!n)
		return oom(b);
	b->stack[b->depth].node = n;
	b->stack[b->depth].last = NULL;
	b->stack[b->depth].key = NULL;
	b->depth++;
	return 0;
}

/* JSON has none of these; refusing them keeps the tree a plain tree. */
static int refuse_yaml(struct builder *b, const yaml_event_t *ev,
		       const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor || tag)
		return fail(b, &ev->start_mark, XW_EINVAL,
			    "YAML anchors, aliases and tags are not allowed in OSCAL JSON");
	return 0;
}

static int on_event(struct builder *b, const yaml_event_t *ev)
{
	int rc;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->documents > 1)
			return fail(b, &ev->start_mark, XW_EINVAL,
				    "more than one document in a JSON file");
		return 0;
	case YAML_ALIAS_EVENT:
		return refuse_yaml(b, ev, ev->data.alias.anchor, NULL);
	case YAML_SCALAR_EVENT:
		rc = refuse_yaml(b, ev, ev->data.scalar.anchor, ev->data.scalar.tag);
		return rc < 0 ? rc : scalar(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		rc = refuse_yaml(b, ev, ev->data.sequence_start.anchor,
				 ev->data.sequence_start.tag);
		return rc < 0 ? rc : open_node(b, ev, OC_JARRAY);
	case YAML_MAPPING_START_EVENT:
		rc = refuse_yaml(b, ev, ev->data.mapping_start.anchor,
				 ev->data.mapping_start.tag);
		return rc < 0 ? rc : open_node(b, ev, OC_JOBJECT);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		return 0;
	default:
		return 0;
	}
}

/* libyaml's reader reports a byte offset; turn it into line and column. */
static yaml_mark_t mark_at(const unsigned char *buf, size_t len, size_t offset)
{
	yaml_mark_t m = { offset, 0, 0 };

	for (size_t i = 0; i < offset && i < len; i++) {
		if (buf[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if ((buf[i] & 0xC0) != 0x80) {
			m.column++;
		}
	}
	return m;
}

static int syntax_error(struct builder *b, const yaml_parser_t *p,
			const struct xw_input *in)
{
	yaml_mark_t m = p->problem_mark;

	if (p->error == YAML_MEMORY_ERROR)
		return oom(b);
	if (p->error == YAML_READER_ERROR)
		m = mark_at(in->data, in->size, p->problem_offset);
	b->h->at(b->call, (unsigned)m.line + 1, (unsigned)m.column + 1);
	if (p->context)
		return b->h->error(b->call, XW_ESYNTAX, "invalid JSON: %s %s",
				   p->problem, p->context);
	return b->h->error(b->call, XW_ESYNTAX, "invalid JSON: %s",
			   p->problem ? p->problem : "unknown problem");
}

int oc_json_parse(const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in, struct oc_jdoc *doc)
{
	struct builder b = { .h = h, .call = call, .doc = doc };
	yaml_parser_t parser;
	yaml_event_t ev;
	int rc = 0, done = 0;

	/* libyaml checks the UTF-8 itself (a reader error, below) */
	doc->root = NULL;
	doc->arena = NULL;
	/* no string is longer than the file: its length fits a node */
	if (in->size > UINT_MAX)
		return h->error(call, XW_ELIMIT, "JSON file too large");
	if (!yaml_parser_initialize(&parser))
		return oom(&b);
	yaml_parser_set_input_string(&parser, in->data, in->size);
	while (!done && rc == 0) {
		if (!yaml_parser_parse(&parser, &ev)) {
			rc = syntax_error(&b, &parser, in);
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(&b, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	if (rc == 0 && !doc->root) {
		h->at(call, 1, 1);
		rc = h->error(call, XW_ESYNTAX, "invalid JSON: the file is empty");
	}
	if (rc < 0)
		oc_json_free(doc);
	return rc;
}

const struct oc_jnode *oc_json_get(const struct oc_jnode *obj, const char *key)
{
	if (!obj || obj->type != OC_JOBJECT)
		return NULL;
	for (const struct oc_jnode *n = obj->first; n; n = n->next)
		if (strcmp(n->key, key) == 0)
			return n;
	return NULL;
}
