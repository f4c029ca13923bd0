/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "xwalk/io.h"
#include "yaml_tree.h"

/* --- a bump allocator: the whole tree is freed at once ------------------- */

#define ARENA_BLOCK 65536

struct arena {
	struct arena *prev;
	size_t used, size;
	max_align_t data[];
};

static void *arena_alloc(struct arena **a, size_t n)
{
	struct arena *blk = *a;
	void *p;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	if (!blk || blk->size - blk->used < n) {
		size_t size = n > ARENA_BLOCK ? n : ARENA_BLOCK;
		blk = malloc(sizeof(*blk) + size);
		if (!blk)
			return NULL;
		blk->prev = *a;
		blk->used = 0;
		blk->size = size;
		*a = blk;
	}
	p = (char *)blk->data + blk->used;
	blk->used += n;
	return p;
}

static void arena_free(struct arena *a)
{
	while (a) {
		struct arena *prev = a->prev;
		free(a);
		a = prev;
	}
}

/* --- building the tree --------------------------------------------------- */

struct frame {
	struct xw_ynode *node;
	struct xw_ynode *last;   /* last child appended */
};

struct builder {
	const char *path;
	struct xw_ydoc *doc;
	struct frame stack[XW_YAML_MAX_DEPTH];
	size_t depth;
	unsigned documents;
	struct xw_error *err;
};

static int fail(struct builder *b, const yaml_mark_t *m, int code,
		const char *msg)
{
	return xw_error_set(b->err, code, b->path, (unsigned)m->line + 1,
			    (unsigned)m->column + 1, "%s", msg);
}

static struct xw_ynode *new_node(struct builder *b, enum xw_ynode_type type,
				 const yaml_mark_t *m)
{
	struct xw_ynode *n = arena_alloc(&b->doc->arena, sizeof(*n));

	if (!n)
		return NULL;
	memset(n, 0, sizeof(*n));
	n->type = type;
	n->line = (unsigned)m->line + 1;
	n->column = (unsigned)m->column + 1;
	if (b->depth == 0) {
		b->doc->root = n;
	} else {
		struct frame *f = &b->stack[b->depth - 1];
		if (f->last)
			f->last->next = n;
		else
			f->node->first = n;
		f->last = n;
	}
	return n;
}

static int refuse_decorations(struct builder *b, const yaml_event_t *ev,
			      const yaml_char_t *anchor, const yaml_char_t *tag)
{
	if (anchor)
		return fail(b, &ev->start_mark, XW_ELIMIT,
			    "YAML anchors are not allowed in xwalk files");
	if (tag)
		return fail(b, &ev->start_mark, XW_EINVAL,
			    "YAML tags are not allowed in xwalk files");
	return 0;
}

static int on_event(struct builder *b, const yaml_event_t *ev)
{
	struct xw_ynode *n;
	char *s;

	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->documents > 1)
			return fail(b, &ev->start_mark, XW_EINVAL,
				    "more than one YAML document in the file");
		return 0;
	case YAML_ALIAS_EVENT:
		return fail(b, &ev->start_mark, XW_ELIMIT,
			    "YAML aliases are not allowed in xwalk files");
	case YAML_SCALAR_EVENT:
		if (refuse_decorations(b, ev, ev->data.scalar.anchor,
				       ev->data.scalar.tag) < 0)
			return b->err->code;
		n = new_node(b, XW_YSCALAR, &ev->start_mark);
		s = n ? arena_alloc(&b->doc->arena, ev->data.scalar.length + 1) : NULL;
		if (!s)
			return fail(b, &ev->start_mark, XW_ENOMEM, "out of memory");
		memcpy(s, ev->data.scalar.value, ev->data.scalar.length);
		s[ev->data.scalar.length] = '\0';
		n->value = s;
		n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
		if (strlen(s) != ev->data.scalar.length)
			return fail(b, &ev->start_mark, XW_ESYNTAX,
				    "NUL character in a YAML scalar");
		return 0;
	case YAML_SEQUENCE_START_EVENT:
	case YAML_MAPPING_START_EVENT:
		if (ev->type == YAML_SEQUENCE_START_EVENT
			    ? refuse_decorations(b, ev, ev->data.sequence_start.anchor,
						 ev->data.sequence_start.tag) < 0
			    : refuse_decorations(b, ev, ev->data.mapping_start.anchor,
						 ev->data.mapping_start.tag) < 0)
			return b->err->code;
		if (b->depth == XW_YAML_MAX_DEPTH)
			return fail(b, &ev->start_mark, XW_ELIMIT,
				    "YAML nesting deeper than 64 levels");
		n = new_node(b, ev->type == YAML_SEQUENCE_START_EVENT ? XW_YSEQ
								       : XW_YMAP,
			     &ev->start_mark);
		if (!n)
			return fail(b, &ev->start_mark, XW_ENOMEM, "out of memory");
		b->stack[b->depth].node = n;
		b->stack[b->depth].last = NULL;
		b->depth++;
		return 0;
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		return 0;
	default:
		return 0;
	}
}

/* Line and column (in characters) of byte @offset of @buf. */
static yaml_mark_t mark_at(const char *buf, size_t len, size_t offset)
{
	yaml_mark_t m = { offset, 0, 0 };

	for (size_t i = 0; i < offset && i < len; i++) {
		if (buf[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if (((unsigned char)buf[i] & 0xC0) != 0x80) {
			m.column++;
		}
	}
	return m;
}

static int syntax_error(struct builder *b, const yaml_parser_t *p,
			const char *buf, size_t len)
{
	yaml_mark_t reader;
	const yaml_mark_t *m = &p->problem_mark;

	if (p->error == YAML_MEMORY_ERROR)
		return xw_error_set(b->err, XW_ENOMEM, b->path, 0, 0, "out of memory");
	/* the reader reports a byte offset, not a mark */
	if (p->error == YAML_READER_ERROR) {
		reader = mark_at(buf, len, p->problem_offset);
		m = &reader;
	}
	if (p->context)
		return xw_error_set(b->err, XW_ESYNTAX, b->path,
				    (unsigned)m->line + 1, (unsigned)m->column + 1,
				    "invalid YAML: %s %s", p->problem, p->context);
	return xw_error_set(b->err, XW_ESYNTAX, b->path, (unsigned)m->line + 1,
			    (unsigned)m->column + 1, "invalid YAML: %s",
			    p->problem ? p->problem : "unknown problem");
}

int xw_yaml_parse(const char *path, const char *buf, size_t len,
		  struct xw_ydoc *doc, struct xw_error *err)
{
	struct builder b = { .path = path, .doc = doc, .err = err };
	yaml_parser_t parser;
	yaml_event_t ev;
	int rc = 0, done = 0;

	doc->root = NULL;
	doc->arena = NULL;
	rc = xw_utf8_check(path, buf, len, err);
	if (rc < 0)
		return rc;
	if (!yaml_parser_initialize(&parser))
		return xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)buf, len);
	while (!done && rc == 0) {
		if (!yaml_parser_parse(&parser, &ev)) {
			rc = syntax_error(&b, &parser, buf, len);
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(&b, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	if (rc < 0)
		xw_yaml_free(doc);
	return rc;
}

void xw_yaml_free(struct xw_ydoc *doc)
{
	arena_free(doc->arena);
	doc->arena = NULL;
	doc->root = NULL;
}

bool xw_ynode_is_null(const struct xw_ynode *n)
{
	return n->type == XW_YSCALAR && n->plain &&
	       (!*n->value || strcmp(n->value, "~") == 0 ||
		strcmp(n->value, "null") == 0 || strcmp(n->value, "Null") == 0 ||
		strcmp(n->value, "NULL") == 0);
}
