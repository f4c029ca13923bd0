/* SPDX-License-Identifier: MIT */
#include <limits.h>
#include <stdint.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/SAX2.h>
#include <libxml/parser.h>
#include <libxml/parserInternals.h>
#include <libxml/xmlerror.h>

#include "xwp_arena.h"
#include "oscal_text.h"
#include "oscal_xtree.h"

#define STR_(x) #x
#define STR(x) STR_(x)

/* libxml2 2.12 made the error argument const */
#if LIBXML_VERSION >= 21200
typedef const xmlError *error_ptr;
#else
typedef xmlErrorPtr error_ptr;
#endif

/*
 * libxml2 hands names out of its dictionary, so during a parse a name is
 * always the same pointer: a lookup is remembered by the pointer, which
 * saves comparing strings for every element and attribute.
 */
#define CACHE_BITS 8

struct name_cache {
	const xmlChar *name[1 << CACHE_BITS];
	unsigned char number[1 << CACHE_BITS];
};

struct frame {
	struct ox_node *element;
	struct ox_node *last;         /* its last child so far */
	int element_only;             /* blank texts in it are not kept */
};

struct builder {
	const struct ox_names *names;
	struct name_cache elements, attributes;
	struct ox_doc *doc;
	struct frame open[OX_MAX_DEPTH];   /* the elements not closed yet */
	size_t depth;
	char *text;                   /* character data since the last markup */
	size_t text_len, text_cap;
	int doctype;                  /* a DOCTYPE was met; parsing stopped there */
	unsigned doctype_line, doctype_col;
	int code;                     /* the first other problem, or 0 */
	unsigned line, col;
	char message[256];
};

static struct builder *builder_of(void *ctx)
{
	return ((xmlParserCtxtPtr)ctx)->_private;
}

/* --- problems ------------------------------------------------------------ */

/* Keeps the first problem: later ones are usually its consequences. */
__attribute__((format(printf, 5, 6)))
static void note(struct builder *b, int code, unsigned line, unsigned col,
		 const char *fmt, ...)
{
	va_list ap;
	size_t n;

	if (b->code)
		return;
	b->code = code;
	b->line = line;
	b->col = col;
	va_start(ap, fmt);
	vsnprintf(b->message, sizeof(b->message), fmt, ap);
	va_end(ap);
	/* libxml2's messages end with a blank before their line break */
	n = strlen(b->message);
	while (n && b->message[n - 1] == ' ')
		b->message[--n] = '\0';
}

/* One of our own problems, where the parser is: it stops there. */
static void stop(void *ctx, int code, const char *msg)
{
	int line = xmlSAX2GetLineNumber(ctx), col = xmlSAX2GetColumnNumber(ctx);

	note(builder_of(ctx), code, line > 0 ? (unsigned)line : 0,
	     col > 0 ? (unsigned)col : 0, "%s", msg);
	xmlStopParser(ctx);
}

static void on_error(void *ctx, error_ptr e)
{
	const char *m = e->message ? e->message : "not well-formed";

	if (e->level == XML_ERR_WARNING)
		return;
	if (e->code == XML_ERR_NO_MEMORY) {
		note(builder_of(ctx), XW_ENOMEM, 0, 0, "out of memory");
		return;
	}
	/* its first line: the next ones quote the input */
	note(builder_of(ctx), XW_ESYNTAX, e->line > 0 ? (unsigned)e->line : 0,
	     e->int2 > 0 ? (unsigned)e->int2 : 0, "%.*s", (int)strcspn(m, "\n"), m);
}

/*
 * SAX calls this when it has read "<!DOCTYPE name ExternalID" and before
 * it reads the internal subset, so stopping here means no declaration
 * is ever parsed, let alone an entity expanded.
 */
static void on_doctype(void *ctx, const xmlChar *name, const xmlChar *ext_id,
		       const xmlChar *system_id)
{
	xmlParserCtxtPtr c = ctx;
	struct builder *b = c->_private;

	if (!b->doctype && c->input) {
		const xmlChar *p = c->input->cur;

		b->doctype = 1;
		b->doctype_line = (unsigned)c->input->line;
		b->doctype_col = (unsigned)c->input->col;
		/* the parser is past "<!DOCTYPE name ..."; point at its start
		 * when it is on the same line */
		while (p > c->input->base && *p != '\n' &&
		       xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) != 0)
			p--;
		if (xmlStrncmp(p, BAD_CAST "<!DOCTYPE", 9) == 0 &&
		    (unsigned)(c->input->cur - p) < b->doctype_col)
			b->doctype_col -= (unsigned)(c->input->cur - p);
	}
	xmlStopParser(c);
}

/* --- building ------------------------------------------------------------ */

/* The index of @name in @table ([0] unused), or 0. */
static unsigned char number_of(struct name_cache *c, const char *const *table,
			       size_t n, const xmlChar *name)
{
	size_t slot = (size_t)(((uint64_t)(uintptr_t)name * 0x9E3779B97F4A7C15u) >>
			       (64 - CACHE_BITS));

	if (c->name[slot] != name) {
		size_t i = 1;

		while (i < n && strcmp(table[i], (const char *)name) != 0)
			i++;
		c->name[slot] = name;
		c->number[slot] = i < n ? (unsigned char)i : 0;
	}
	return c->number[slot];
}

/* A node appended to the innermost open element, or the root. */
static struct ox_node *add_node(struct builder *b, enum ox_type type)
{
	struct ox_node *n = xwp_arena_alloc(&b->doc->arena, sizeof(*n));
	struct frame *f = b->depth ? &b->open[b->depth - 1] : NULL;

	if (!n)
		return NULL;
	memset(n, 0, sizeof(*n));
	n->type = type;
	if (!f)
		b->doc->root = n;
	else if (f->last)
		f->last->next = n;
	else
		f->element->children = n;
	if (f)
		f->last = n;
	return n;
}

static int blank(const char *s, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (!oc_blank(s[i]))
			return 0;
	return 1;
}

/* The character data gathered so far becomes one text node. */
static int end_text(struct builder *b)
{
	struct ox_node *n;
	char *s;

	if (!b->text_len)
		return 0;
	if (b->open[b->depth - 1].element_only && blank(b->text, b->text_len)) {
		b->text_len = 0;
		return 0;
	}
	s = xwp_arena_strndup(&b->doc->arena, b->text, b->text_len);
	n = s ? add_node(b, OX_TEXT) : NULL;
	if (!n)
		return -1;
	n->text = s;
	b->text_len = 0;
	return 0;
}

static void on_text(void *ctx, const xmlChar *s, int len)
{
	struct builder *b = builder_of(ctx);
	size_t n = (size_t)len;

	/* outside the root there are only blanks, which nothing reads */
	if (!b->depth)
		return;
	if (n > OX_MAX_TEXT - b->text_len) {
		stop(ctx, XW_ELIMIT, "XML text longer than " STR(OX_MAX_TEXT) " bytes");
		return;
	}
	if (b->text_len + n > b->text_cap) {
		size_t cap = (b->text_len + n) * 2;
		char *t = realloc(b->text, cap);

		if (!t) {
			stop(ctx, XW_ENOMEM, "out of memory");
			return;
		}
		b->text = t;
		b->text_cap = cap;
	}
	memcpy(b->text + b->text_len, s, n);
	b->text_len += n;
}

/* A comment or processing instruction splits the text around it. */
static void on_other(void *ctx)
{
	struct builder *b = builder_of(ctx);

	if (b->depth && (end_text(b) < 0 || !add_node(b, OX_OTHER)))
		stop(ctx, XW_ENOMEM, "out of memory");
}

static void on_comment(void *ctx, const xmlChar *value)
{
	on_other(ctx);
}

static void on_pi(void *ctx, const xmlChar *target, const xmlChar *data)
{
	on_other(ctx);
}

/*
 * An attribute value as libxml2's own tree would hold it. Without
 * entity substitution, libxml2 hands each '&' of a value on as "&#38;"
 * (every other reference is already replaced, or an error), and its
 * tree builder turns that back into '&'.
 */
static const char *attr_value(struct builder *b, const xmlChar *v, const xmlChar *end)
{
	size_t n = (size_t)(end - v);
	char *s = xwp_arena_strndup(&b->doc->arena, (const char *)v, n), *w;

	if (!s || !memchr(s, '&', n))
		return s;
	w = s;
	for (const char *r = s; *r;) {
		if (strncmp(r, "&#38;", 5) == 0) {
			*w++ = '&';
			r += 5;
		} else {
			*w++ = *r++;
		}
	}
	*w = '\0';
	return s;
}

/* @attrs holds five pointers an attribute: name, prefix, URI, value, end. */
static int keep_attrs(struct builder *b, struct ox_node *n, int n_attrs,
		      const xmlChar **attrs)
{
	const struct ox_names *names = b->names;
	struct ox_attr *v;

	if (n_attrs <= 0)
		return 0;
	v = xwp_arena_alloc(&b->doc->arena, (size_t)n_attrs * sizeof(*v));
	if (!v)
		return -1;
	for (int i = 0; i < n_attrs; i++) {
		const xmlChar **a = attrs + 5 * i;
		unsigned name = a[1] ? 0 : number_of(&b->attributes, names->attributes,
							   names->n_attributes, a[0]);

		if (!name)
			continue;
		v[n->n_attrs].name = name;
		v[n->n_attrs].value = attr_value(b, a[3], a[4]);
		if (!v[n->n_attrs++].value)
			return -1;
	}
	n->attrs = v;
	return 0;
}

static void on_start(void *ctx, const xmlChar *local, const xmlChar *prefix,
		     const xmlChar *uri, int n_ns, const xmlChar **ns,
		     int n_attrs, int n_defaulted, const xmlChar **attrs)
{
	struct builder *b = builder_of(ctx);
	const struct ox_names *names = b->names;
	struct ox_node *n;

	if (b->depth == OX_MAX_DEPTH) {
		stop(ctx, XW_ELIMIT, "XML nested deeper than " STR(OX_MAX_DEPTH) " levels");
		return;
	}
	if (end_text(b) < 0 || !(n = add_node(b, OX_ELEMENT)) ||
	    keep_attrs(b, n, n_attrs, attrs) < 0) {
		stop(ctx, XW_ENOMEM, "out of memory");
		return;
	}
	n->name = number_of(&b->elements, names->elements, names->n_elements, local);
	n->in_ns = uri && strcmp((const char *)uri, names->ns) == 0;
	n->line = (unsigned)xmlSAX2GetLineNumber(ctx);
	b->open[b->depth].element = n;
	b->open[b->depth].last = NULL;
	/* under one that is not (a title gone astray round a group), the
	 * blanks may be read as part of a text, and so are kept */
	b->open[b->depth].element_only = n->in_ns && names->element_only &&
					 names->element_only[n->name] &&
					 (!b->depth || b->open[b->depth - 1].element_only);
	b->depth++;
}

static void on_end(void *ctx, const xmlChar *local, const xmlChar *prefix,
		   const xmlChar *uri)
{
	struct builder *b = builder_of(ctx);

	if (end_text(b) < 0)
		stop(ctx, XW_ENOMEM, "out of memory");
	b->depth--;
}

/* --- parsing ------------------------------------------------------------- */

static void quiet(void *ctx, const char *fmt, ...)
{
}

/*
 * Every handler that would build libxml2's document is replaced by ours
 * or removed; the rest stay libxml2's (entity lookup, which finds only
 * the predefined entities since no DTD is ever read).
 */
static void use_our_handlers(xmlSAXHandler *sax)
{
	sax->startDocument = NULL;
	sax->endDocument = NULL;
	sax->startElementNs = on_start;
	sax->endElementNs = on_end;
	sax->characters = on_text;
	sax->ignorableWhitespace = on_text;
	sax->cdataBlock = NULL;   /* CDATA comes as characters (XML_PARSE_NOCDATA) */
	sax->comment = on_comment;
	sax->processingInstruction = on_pi;
	sax->reference = NULL;
	sax->internalSubset = on_doctype;
	sax->serror = on_error;
}

void ox_init(void)
{
	/* what fails in it (out of memory) would be printed to stderr */
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlInitParser();
}

/* Not an entity, no DTD, no network; errors come to on_error only. */
#define PARSE_OPTIONS (XML_PARSE_NONET | XML_PARSE_NOERROR | XML_PARSE_NOWARNING | \
		       XML_PARSE_NOCDATA)

#if LIBXML_VERSION < 21000
/*
 * libxml2 2.9 copies a document in memory into a buffer of its own
 * first: a page fault for every 4 KB of the file. An input with no
 * buffer (as 2.9 uses for internal entities) reads in->data in place,
 * and is parsed the same while nothing needs converting, so it is used
 * only then. (Not a static buffer: 2.9 loses its place in one when it
 * shrinks it near the end, and refuses one of over 10 MB as "Huge input
 * lookup".)
 */

#define BLANKS " \t\r\n"

/* Whether libxml2 reads @in as it is: no NUL before its end, and no
 * encoding but UTF-8 detected from its first bytes or declared. */
static int as_is(const struct xw_input *in)
{
	const char *s = (const char *)in->data, *enc = NULL;
	xmlCharEncoding e;
	char q;

	if (in->size < 4 || strlen(s) != in->size)
		return 0;
	e = xmlDetectCharEncoding(in->data, 4);
	if (e == XML_CHAR_ENCODING_UTF8 && s[0] != '<')
		s += 3;                       /* the BOM, which libxml2 skips */
	else if (e != XML_CHAR_ENCODING_NONE && e != XML_CHAR_ENCODING_UTF8)
		return 0;
	if (strncmp(s, "<?xml", 5) != 0)
		return 1;
	/* libxml2 reads the encoding before any '?' of the declaration, so
	 * before its first "?>": one "encoding" there is the one it reads */
	for (size_t i = 5; s[i] != '?' || s[i + 1] != '>'; i++) {
		if (!s[i] || i == 1024)
			return 0;
		if (strncmp(s + i, "encoding", 8) == 0) {
			if (enc)
				return 0;
			enc = s + i + 8;
		}
	}
	if (!enc)
		return 1;
	enc += strspn(enc, BLANKS);
	if (*enc++ != '=')
		return 0;
	enc += strspn(enc, BLANKS);
	q = *enc++;
	if (q != '"' && q != '\'')
		return 0;
	/* the names libxml2 takes for UTF-8 without converting */
	return (xmlStrncasecmp(BAD_CAST enc, BAD_CAST "UTF-8", 5) == 0 && enc[5] == q) ||
	       (xmlStrncasecmp(BAD_CAST enc, BAD_CAST "UTF8", 4) == 0 && enc[4] == q);
}

/* What xmlCtxtReadMemory does, on an input reading @in in place; 0 when
 * @in is not for it. */
static int parse_in_place(xmlParserCtxtPtr ctxt, const struct xw_input *in)
{
	xmlParserInputPtr input;

	if (!as_is(in))
		return 0;
	xmlCtxtReset(ctxt);
	input = xmlNewInputStream(ctxt);
	if (!input)
		return 0;
	input->filename = (const char *)xmlStrdup(BAD_CAST in->path);
	input->base = input->cur = in->data;
	input->end = in->data + in->size;     /* on the NUL, as libxml2's own */
	input->length = (int)in->size;
	if (inputPush(ctxt, input) < 0)
		return 0;
	xmlCtxtUseOptions(ctxt, PARSE_OPTIONS);
	xmlParseDocument(ctxt);
	return 1;
}
#else
/* 2.12 and later read a document in memory in place themselves; 2.10
 * and 2.11 are untested here, so they copy as before */
#define parse_in_place(ctxt, in) 0
#endif

static int report(const struct xw_host *h, struct xw_call *call,
		  const struct builder *b, int well_formed)
{
	if (b->doctype) {
		h->at(call, b->doctype_line, b->doctype_col);
		return h->error(call, XW_EINVAL,
				"DOCTYPE not allowed: OSCAL needs none, and xwalk never "
				"reads DTDs or expands entities");
	}
	if (!b->code && well_formed)
		return 0;
	h->at(call, b->line, b->col);
	if (b->code == XW_ESYNTAX || !b->code)
		return h->error(call, XW_ESYNTAX, "malformed XML: %s",
				b->code ? b->message : "not well-formed");
	return h->error(call, b->code, "%s", b->message);
}

int ox_parse(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, const struct ox_names *names,
	     struct ox_doc *doc)
{
	struct builder b = { .names = names, .doc = doc };
	xmlParserCtxtPtr ctxt;
	int well_formed, rc;

	doc->root = NULL;
	doc->arena = NULL;
	if (in->size > INT_MAX)
		return h->error(call, XW_ELIMIT, "XML file too large for libxml2");
	/* errors without a parser (out of memory, mostly) would otherwise
	 * be printed to stderr by libxml2. Per thread, so set for each parse. */
	xmlSetGenericErrorFunc(NULL, quiet);
	ctxt = xmlNewParserCtxt();
	if (!ctxt) {
		xmlResetLastError();
		return h->error(call, XW_ENOMEM, "out of memory");
	}
	ctxt->_private = &b;
	use_our_handlers(ctxt->sax);
	if (!parse_in_place(ctxt, in))
		xmlFreeDoc(xmlCtxtReadMemory(ctxt, (const char *)in->data, (int)in->size,
					     in->path, NULL, PARSE_OPTIONS));
	/* libxml2's own handlers left in place (entity declarations in a
	 * DOCTYPE, before the parser stops) may have made a document */
	xmlFreeDoc(ctxt->myDoc);
	ctxt->myDoc = NULL;
	well_formed = ctxt->wellFormed;
	xmlFreeParserCtxt(ctxt);
	/* libxml2 also keeps a copy of the last error in a global, which
	 * would outlive this call: every error has come to on_error */
	xmlResetLastError();
	free(b.text);
	rc = report(h, call, &b, well_formed);
	if (rc < 0)
		ox_free(doc);
	return rc;
}

void ox_free(struct ox_doc *doc)
{
	xwp_arena_free(&doc->arena);
	doc->root = NULL;
}
