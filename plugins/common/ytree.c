/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "ytree.h"

/* --- storage: blocks freed all at once ------------------------------------ */

#define BLOCK_SIZE 65536

struct ytree_block {
	struct ytree_block *prev;
	size_t used, size;
	max_align_t data[];
};

static void *take(struct ytree *t, size_t n)
{
	struct ytree_block *b = t->blocks;
	void *p;

	n = (n + sizeof(max_align_t) - 1) / sizeof(max_align_t) * sizeof(max_align_t);
	if (!b || b->size - b->used < n) {
		size_t size = n > BLOCK_SIZE ? n : BLOCK_SIZE;

		if (!(b = malloc(sizeof(*b) + size)))
			return NULL;
		b->prev = t->blocks;
		b->used = 0;
		b->size = size;
		t->blocks = b;
	}
	p = (char *)b->data + b->used;
	b->used += n;
	return p;
}

void ytree_free(struct ytree *t)
{
	while (t->blocks) {
		struct ytree_block *prev = t->blocks->prev;

		free(t->blocks);
		t->blocks = prev;
	}
	t->root = NULL;
}

/* --- building --------------------------------------------------------------- */

struct frame {
	struct ytree_node *node, *last;
};

struct builder {
	struct ytree *t;
	const struct xw_host *host;
	struct xw_call *call;
	const char *origin;
	struct frame stack[YTREE_MAX_DEPTH];
	size_t depth;
	unsigned documents;
};

static int fail(struct builder *b, unsigned line, unsigned column, int code, const char *msg)
{
	if (!b->call)
		return code;
	if (b->origin) {
		b->host->at(b->call, 0, 0);
		return b->host->error(b->call, code, "%s:%u:%u: %s", b->origin, line, column, msg);
	}
	b->host->at(b->call, line, column);
	return b->host->error(b->call, code, "%s", msg);
}

static int fail_at(struct builder *b, const yaml_mark_t *m, int code, const char *msg)
{
	return fail(b, (unsigned)m->line + 1, (unsigned)m->column + 1, code, msg);
}

static struct ytree_node *add(struct builder *b, enum ytree_type type, const yaml_mark_t *m)
{
	struct ytree_node *n = take(b->t, sizeof(*n));

	if (!n)
		return NULL;
	memset(n, 0, sizeof(*n));
	n->type = type;
	n->line = (unsigned)m->line + 1;
	n->column = (unsigned)m->column + 1;
	if (b->depth == 0) {
		b->t->root = n;
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

static int refuse(struct builder *b, const yaml_event_t *ev, const yaml_char_t *anchor,
		  const yaml_char_t *tag)
{
	if (anchor)
		return fail_at(b, &ev->start_mark, XW_ELIMIT, "YAML anchors are not allowed");
	if (tag)
		return fail_at(b, &ev->start_mark, XW_EINVAL, "YAML tags are not allowed");
	return 0;
}

static int scalar(struct builder *b, const yaml_event_t *ev)
{
	const yaml_mark_t *m = &ev->start_mark;
	size_t len = ev->data.scalar.length;
	struct ytree_node *n;
	char *s;
	int rc = refuse(b, ev, ev->data.scalar.anchor, ev->data.scalar.tag);

	if (rc < 0)
		return rc;
	if (memchr(ev->data.scalar.value, '\0', len))
		return fail_at(b, m, XW_ESYNTAX, "NUL character in a YAML scalar");
	n = add(b, YTREE_SCALAR, m);
	if (!n || !(s = take(b->t, len + 1)))
		return fail_at(b, m, XW_ENOMEM, "out of memory");
	memcpy(s, ev->data.scalar.value, len);
	s[len] = '\0';
	n->value = s;
	n->plain = ev->data.scalar.style == YAML_PLAIN_SCALAR_STYLE;
	return 0;
}

static int open_node(struct builder *b, const yaml_event_t *ev, enum ytree_type type,
		     const yaml_char_t *anchor, const yaml_char_t *tag)
{
	struct ytree_node *n;
	int rc = refuse(b, ev, anchor, tag);

	if (rc < 0)
		return rc;
	if (b->depth == YTREE_MAX_DEPTH)
		return fail_at(b, &ev->start_mark, XW_ELIMIT, "YAML nesting deeper than 64 levels");
	if (!(n = add(b, type, &ev->start_mark)))
		return fail_at(b, &ev->start_mark, XW_ENOMEM, "out of memory");
	b->stack[b->depth].node = n;
	b->stack[b->depth].last = NULL;
	b->depth++;
	return 0;
}

static int on_event(struct builder *b, const yaml_event_t *ev)
{
	switch (ev->type) {
	case YAML_DOCUMENT_START_EVENT:
		if (++b->documents > 1)
			return fail_at(b, &ev->start_mark, XW_EINVAL, "more than one YAML document");
		return 0;
	case YAML_ALIAS_EVENT:
		return fail_at(b, &ev->start_mark, XW_ELIMIT, "YAML aliases are not allowed");
	case YAML_SCALAR_EVENT:
		return scalar(b, ev);
	case YAML_SEQUENCE_START_EVENT:
		return open_node(b, ev, YTREE_SEQ, ev->data.sequence_start.anchor,
				 ev->data.sequence_start.tag);
	case YAML_MAPPING_START_EVENT:
		return open_node(b, ev, YTREE_MAP, ev->data.mapping_start.anchor,
				 ev->data.mapping_start.tag);
	case YAML_SEQUENCE_END_EVENT:
	case YAML_MAPPING_END_EVENT:
		b->depth--;
		return 0;
	default:
		return 0;
	}
}

/* Line and column (in characters) of byte @offset: libyaml's reader errors give only the offset. */
static yaml_mark_t mark_of(const char *data, size_t len, size_t offset)
{
	yaml_mark_t m = { offset, 0, 0 };

	for (size_t i = 0; i < offset && i < len; i++) {
		if (data[i] == '\n') {
			m.line++;
			m.column = 0;
		} else if (((unsigned char)data[i] & 0xC0) != 0x80) {
			m.column++;
		}
	}
	return m;
}

static int syntax_error(struct builder *b, const yaml_parser_t *p, const char *data, size_t len)
{
	yaml_mark_t m = p->problem_mark;
	char msg[256];

	if (p->error == YAML_MEMORY_ERROR)
		return fail(b, 0, 0, XW_ENOMEM, "out of memory");
	if (p->error == YAML_READER_ERROR)
		m = mark_of(data, len, p->problem_offset);
	snprintf(msg, sizeof(msg), "invalid YAML: %s%s%s", p->problem ? p->problem : "unknown problem",
		 p->context ? " " : "", p->context ? p->context : "");
	return fail_at(b, &m, XW_ESYNTAX, msg);
}

int ytree_parse(struct ytree *t, const char *data, size_t len,
		const struct xw_host *host, struct xw_call *call, const char *origin)
{
	struct builder b = { .t = t, .host = host, .call = call, .origin = origin };
	yaml_parser_t parser;
	yaml_event_t ev;
	int rc = 0, done = 0;

	t->root = NULL;
	t->blocks = NULL;
	if (!yaml_parser_initialize(&parser))
		return fail(&b, 0, 0, XW_ENOMEM, "out of memory");
	yaml_parser_set_input_string(&parser, (const unsigned char *)data, len);
	while (!done && rc == 0) {
		if (!yaml_parser_parse(&parser, &ev)) {
			rc = syntax_error(&b, &parser, data, len);
			break;
		}
		done = ev.type == YAML_STREAM_END_EVENT;
		rc = on_event(&b, &ev);
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&parser);
	if (rc < 0)
		ytree_free(t);
	return rc;
}

/* --- reading ---------------------------------------------------------------- */

enum ytree_fields_result ytree_fields(const struct ytree_node *map, const char *const keys[],
				      size_t n, const struct ytree_node *out[],
				      const struct ytree_node **twice)
{
	for (size_t i = 0; i < n; i++)
		out[i] = NULL;
	if (!map || map->type != YTREE_MAP)
		return YTREE_NOT_A_MAP;
	for (const struct ytree_node *k = map->first; k && k->next; k = k->next->next) {
		for (size_t i = 0; k->type == YTREE_SCALAR && i < n; i++) {
			if (strcmp(k->value, keys[i]) != 0)
				continue;
			if (out[i]) {
				*twice = k;
				return YTREE_KEY_TWICE;
			}
			out[i] = k->next;
		}
	}
	return YTREE_OK;
}

bool ytree_is_null(const struct ytree_node *n)
{
	return n->type == YTREE_SCALAR && n->plain &&
	       (!*n->value || strcmp(n->value, "~") == 0 || strcmp(n->value, "null") == 0 ||
		strcmp(n->value, "Null") == 0 || strcmp(n->value, "NULL") == 0);
}
