/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <yaml.h>

#include "om_json.h"
#include "om_surrogate.h"

struct frame {
	struct om_node *node;
	struct om_node *last;       /* its last member or element */
	const char *key;            /* an object's key awaiting its value */
};

struct parser {
	const struct xw_host *h;
	struct xw_call *call;
	struct om_doc *doc;
	struct frame stack[OM_JSON_MAX_DEPTH + 1];
	int depth;                  /* open collections */
};

__attribute__((format(printf, 4, 5)))
static int fail_at(struct parser *p, yaml_mark_t mark, int code, const char *fmt, ...)
{
	char msg[512];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	p->h->at(p->call, (unsigned)mark.line + 1, (unsigned)mark.column + 1);
	return p->h->error(p->call, code, "%s", msg);
}

static int nomem(struct parser *p)
{
	p->h->at(p->call, 0, 0);
	return p->h->error(p->call, XW_ENOMEM, "out of memory");
}

/* JSON's number grammar; the only plain scalars besides the literals. */
static bool is_number(const char *s)
{
	if (*s == '-')
		s++;
	if (*s == '0')
		s++;
	else if (*s >= '1' && *s <= '9')
		while (*s >= '0' && *s <= '9')
			s++;
	else
		return false;
	if (*s == '.') {
		if (!(*++s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	if (*s == 'e' || *s == 'E') {
		s++;
		if (*s == '+' || *s == '-')
			s++;
		if (!(*s >= '0' && *s <= '9'))
			return false;
		while (*s >= '0' && *s <= '9')
			s++;
	}
	return *s == '\0';
}

static bool is_literal(const char *s)
{
	return strcmp(s, "true") == 0 || strcmp(s, "false") == 0 ||
	       strcmp(s, "null") == 0 || is_number(s);
}

/* Anchors, aliases and tags have no place in JSON. */
static int check_yamlisms(struct parser *p, const yaml_event_t *ev)
{
	const yaml_char_t *anchor = NULL, *tag = NULL;
	bool block = false;

	switch (ev->type) {
	case YAML_ALIAS_EVENT:
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "a YAML alias is not JSON");
	case YAML_SCALAR_EVENT:
		anchor = ev->data.scalar.anchor;
		tag = ev->data.scalar.tag;
		break;
	case YAML_MAPPING_START_EVENT:
		anchor = ev->data.mapping_start.anchor;
		tag = ev->data.mapping_start.tag;
		block = ev->data.mapping_start.style == YAML_BLOCK_MAPPING_STYLE;
		break;
	case YAML_SEQUENCE_START_EVENT:
		anchor = ev->data.sequence_start.anchor;
		tag = ev->data.sequence_start.tag;
		block = ev->data.sequence_start.style == YAML_BLOCK_SEQUENCE_STYLE;
		break;
	default:
		return 0;
	}
	if (anchor)
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "a YAML anchor is not JSON");
	if (tag)
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "a YAML tag is not JSON");
	if (block)
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "YAML block syntax is not JSON");
	return 0;
}

static struct frame *top(struct parser *p)
{
	return p->depth ? &p->stack[p->depth - 1] : NULL;
}

/* Hangs @n under the open collection, or makes it the root. */
static int attach(struct parser *p, struct om_node *n, yaml_mark_t mark)
{
	struct frame *f = top(p);

	if (!f) {
		if (p->doc->root)
			return fail_at(p, mark, XW_ESYNTAX, "more than one JSON value in the file");
		p->doc->root = n;
		return 0;
	}
	if (f->node->type == OM_OBJECT) {
		if (!f->key)
			return fail_at(p, mark, XW_ESYNTAX, "an object key must be a string");
		n->key = f->key;
		f->key = NULL;
	}
	if (f->last)
		f->last->next = n;
	else
		f->node->first = n;
	f->last = n;
	f->node->count++;
	return 0;
}

static struct om_node *node_new(struct parser *p, enum om_type type, yaml_mark_t mark)
{
	struct om_node *n = xwp_arena_zalloc(&p->doc->arena, sizeof(*n));

	if (n) {
		n->type = type;
		n->line = (unsigned)mark.line + 1;
		n->column = (unsigned)mark.column + 1;
	}
	return n;
}

static int open_collection(struct parser *p, const yaml_event_t *ev, enum om_type type)
{
	struct om_node *n;
	int rc;

	if (p->depth == OM_JSON_MAX_DEPTH)
		return fail_at(p, ev->start_mark, XW_ELIMIT,
			       "JSON nesting deeper than 64 levels");
	n = node_new(p, type, ev->start_mark);
	if (!n)
		return nomem(p);
	rc = attach(p, n, ev->start_mark);
	if (rc < 0)
		return rc;
	p->stack[p->depth++] = (struct frame){ n, NULL, NULL };
	return 0;
}

static int by_key_then_place(const void *a, const void *b)
{
	const struct om_node *x = *(const struct om_node *const *)a;
	const struct om_node *y = *(const struct om_node *const *)b;
	int c = strcmp(x->key, y->key);

	if (c)
		return c;
	if (x->line != y->line)
		return x->line < y->line ? -1 : 1;
	return x->column < y->column ? -1 : x->column > y->column;
}

/* A key given twice is an error at its second place. */
static int check_unique_keys(struct parser *p, const struct om_node *obj)
{
	const struct om_node **v, *dup = NULL;
	size_t i = 0;

	if (obj->count < 2)
		return 0;
	v = malloc(obj->count * sizeof(*v));
	if (!v)
		return nomem(p);
	for (const struct om_node *m = obj->first; m; m = m->next)
		v[i++] = m;
	qsort(v, obj->count, sizeof(*v), by_key_then_place);
	for (i = 1; i < obj->count && !dup; i++)
		if (strcmp(v[i - 1]->key, v[i]->key) == 0)
			dup = v[i];
	free(v);
	if (!dup)
		return 0;
	p->h->at(p->call, dup->line, dup->column);
	return p->h->error(p->call, XW_ESYNTAX, "key '%s' appears twice in this object", dup->key);
}

static int close_collection(struct parser *p, const yaml_event_t *ev)
{
	struct frame *f = top(p);

	p->depth--;
	return f->node->type == OM_OBJECT ? check_unique_keys(p, f->node) : 0;
}

static int scalar(struct parser *p, const yaml_event_t *ev)
{
	const char *v = (const char *)ev->data.scalar.value;
	size_t len = ev->data.scalar.length;
	bool quoted = ev->data.scalar.style == YAML_DOUBLE_QUOTED_SCALAR_STYLE;
	struct frame *f = top(p);
	struct om_node *n;
	const char *text;

	if (strlen(v) != len)
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "a string holds U+0000");
	if (quoted && ev->end_mark.line != ev->start_mark.line)
		return fail_at(p, ev->start_mark, XW_ESYNTAX,
			       "a string runs over a line break; JSON writes it \\n");
	if (!quoted && ev->data.scalar.style != YAML_PLAIN_SCALAR_STYLE)
		return fail_at(p, ev->start_mark, XW_ESYNTAX,
			       "JSON strings are in double quotes");
	if (!quoted && !*v)
		return fail_at(p, ev->start_mark, XW_ESYNTAX, "a JSON value is missing here");
	if (!quoted && !is_literal(v))
		return fail_at(p, ev->start_mark, XW_ESYNTAX,
			       "'%s' is not a JSON value (strings are in double quotes)", v);
	text = xwp_arena_strndup(&p->doc->arena, v, len);
	if (!text)
		return nomem(p);
	if (f && f->node->type == OM_OBJECT && !f->key) {
		if (!quoted)
			return fail_at(p, ev->start_mark, XW_ESYNTAX,
				       "an object key must be a string");
		f->key = text;
		return 0;
	}
	n = node_new(p, quoted ? OM_STRING : OM_LITERAL, ev->start_mark);
	if (!n)
		return nomem(p);
	n->text = text;
	return attach(p, n, ev->start_mark);
}

static int event(struct parser *p, const yaml_event_t *ev)
{
	int rc = check_yamlisms(p, ev);

	if (rc < 0)
		return rc;
	switch (ev->type) {
	case YAML_MAPPING_START_EVENT: return open_collection(p, ev, OM_OBJECT);
	case YAML_SEQUENCE_START_EVENT: return open_collection(p, ev, OM_ARRAY);
	case YAML_MAPPING_END_EVENT:
	case YAML_SEQUENCE_END_EVENT: return close_collection(p, ev);
	case YAML_SCALAR_EVENT: return scalar(p, ev);
	case YAML_DOCUMENT_START_EVENT:
		return p->doc->root ? fail_at(p, ev->start_mark, XW_ESYNTAX,
					      "more than one JSON value in the file") : 0;
	default: return 0;
	}
}

/*
 * libyaml ends a file that has no final line break with one of its own,
 * so the end of such a file is on a line that is not there: put it after
 * the last character instead.
 */
static yaml_mark_t clamp(yaml_mark_t at, const char *text, size_t len)
{
	size_t lines = 0, column = 0;

	for (size_t i = 0; i < len; i++) {
		if (text[i] == '\n') {
			lines++;
			column = 0;
		} else if (((unsigned char)text[i] & 0xC0) != 0x80) {
			column++;
		}
	}
	if (at.line > lines) {
		at.line = lines;
		at.column = column;
	}
	return at;
}

static int syntax_error(struct parser *p, const yaml_parser_t *y, const char *text, size_t len)
{
	yaml_mark_t at = clamp(y->error == YAML_READER_ERROR ? y->mark : y->problem_mark,
			       text, len);

	return fail_at(p, at, XW_ESYNTAX, "invalid JSON: %s",
		       y->problem ? y->problem : "cannot be parsed");
}

static int parse_events(struct parser *p, const char *text, size_t len)
{
	yaml_parser_t y;
	yaml_event_t ev;
	int rc = 0;
	bool done = false;

	if (!yaml_parser_initialize(&y))
		return nomem(p);
	yaml_parser_set_input_string(&y, (const unsigned char *)text, len);
	while (rc == 0 && !done) {
		if (!yaml_parser_parse(&y, &ev)) {
			rc = y.error == YAML_MEMORY_ERROR ? nomem(p) : syntax_error(p, &y, text, len);
			break;
		}
		rc = event(p, &ev);
		done = ev.type == YAML_STREAM_END_EVENT;
		yaml_event_delete(&ev);
	}
	yaml_parser_delete(&y);
	if (rc == 0 && !p->doc->root) {
		p->h->at(p->call, 1, 1);
		rc = p->h->error(p->call, XW_ESYNTAX, "the file holds no JSON value");
	}
	return rc;
}

int om_json_parse(const struct xw_host *h, struct xw_call *call,
		  const struct xw_input *in, struct om_doc *doc)
{
	struct parser p = { .h = h, .call = call, .doc = doc };
	char *joined;
	size_t joined_len;
	int rc;

	memset(doc, 0, sizeof(*doc));
	rc = h->check_utf8(call, (const char *)in->data, in->size, 1);
	if (rc < 0)
		return rc;
	if (om_surrogates_join((const char *)in->data, in->size, &joined, &joined_len) < 0)
		return nomem(&p);
	rc = joined ? parse_events(&p, joined, joined_len)
		    : parse_events(&p, (const char *)in->data, in->size);
	free(joined);
	if (rc < 0)
		om_json_free(doc);
	return rc;
}

void om_json_free(struct om_doc *doc)
{
	xwp_arena_free(&doc->arena);
	doc->root = NULL;
}

const struct om_node *om_member(const struct om_node *obj, const char *key)
{
	if (!obj || obj->type != OM_OBJECT)
		return NULL;
	for (const struct om_node *m = obj->first; m; m = m->next)
		if (strcmp(m->key, key) == 0)
			return m;
	return NULL;
}
