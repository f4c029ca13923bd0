/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include <libxml/parser.h>
#include <libxml/parserInternals.h>

#include "xlsx_private.h"

/*
 * No XML_PARSE_NOENT (entities stay unexpanded), no XML_PARSE_DTDLOAD
 * (nothing external is read) and no XML_PARSE_HUGE, so libxml2 keeps its
 * own limits: 256 levels of nesting (xmlParserMaxDepth) and 10,000,000
 * bytes in one text node (XML_MAX_TEXT_LENGTH).
 */
#define PARSE_OPTIONS \
	(XML_PARSE_NONET | XML_PARSE_NOBLANKS | XML_PARSE_NOERROR | XML_PARSE_NOWARNING)

/* Checks UTF-8 as xwalk does everywhere: no overlong forms, surrogates or NUL. */
static int check_utf8(const char *name, const unsigned char *s, size_t len,
		      struct xlsx_error *err)
{
	unsigned line = 1, col = 1;
	char where[320];

	for (size_t i = 0; i < len;) {
		unsigned c = s[i], n = c < 0x80 ? 1 : c < 0xC2 ? 0 : c < 0xE0 ? 2
			 : c < 0xF0 ? 3 : c < 0xF5 ? 4 : 0;
		unsigned cp = n > 1 ? c & (0x7Fu >> n) : c;
		unsigned k = 1;

		for (; n > 1 && k < n && i + k < len && (s[i + k] & 0xC0) == 0x80; k++)
			cp = cp << 6 | (s[i + k] & 0x3Fu);
		if (n == 0 || k < n || (n == 3 && cp < 0x800) || (n == 4 && cp < 0x10000) ||
		    (cp >= 0xD800 && cp <= 0xDFFF) || cp > 0x10FFFF || cp == 0) {
			snprintf(where, sizeof(where), "%s:%u:%u", name, line, col);
			if (cp == 0 && n == 1)
				return xlsx_fail(err, XW_ESYNTAX, where, "NUL byte in text");
			return xlsx_fail(err, XW_ESYNTAX, where,
					 "invalid UTF-8 (byte 0x%02X)", c);
		}
		if (c == '\n') {
			line++;
			col = 1;
		} else {
			col++;
		}
		i += n;
	}
	return 0;
}

static void quiet(void *ctx, const char *fmt, ...)
{
}

struct first_error {
	int seen;
	int code, line, column;
	char message[512];
};

/* libxml2 reports every error; the first one is the one that explains. */
static void keep_first(void *ctx, xmlErrorPtr e)
{
	struct first_error *f = ((xmlParserCtxtPtr)ctx)->_private;

	if (!f || f->seen || e->level < XML_ERR_ERROR)
		return;
	f->seen = 1;
	f->code = e->code;
	f->line = e->line;
	f->column = e->int2;
	/* its first line: the next ones quote the input */
	snprintf(f->message, sizeof(f->message), "%.*s",
		 e->message ? (int)strcspn(e->message, "\n") : 0,
		 e->message ? e->message : "");
}

/* memmem() is a GNU extension */
static bool has_doctype(const char *data, size_t len)
{
	static const char tag[] = "<!DOCTYPE";
	const char *p = data, *end = data + len;

	while ((p = memchr(p, '<', (size_t)(end - p))) &&
	       (size_t)(end - p) >= sizeof(tag) - 1) {
		if (memcmp(p, tag, sizeof(tag) - 1) == 0)
			return true;
		p++;
	}
	return false;
}

static int no_doctype(const char *name, struct xlsx_error *err)
{
	return xlsx_fail(err, XW_EINVAL, name,
			 "a DOCTYPE is not allowed in a workbook part (no entity is ever expanded)");
}

static int syntax_error(const char *name, const struct first_error *f,
			struct xlsx_error *err)
{
	char where[320];

	snprintf(where, sizeof(where), "%s:%d:%d", name, f->line, f->column);
	if (!f->seen)
		return xlsx_fail(err, XW_ESYNTAX, name, "not well-formed XML");
	if (strncmp(f->message, "Excessive depth", 15) == 0)
		return xlsx_fail(err, XW_ELIMIT, where,
				 "XML nested deeper than %u levels", xmlParserMaxDepth);
	return xlsx_fail(err, XW_ESYNTAX, where, "not well-formed XML: %s", f->message);
}

int xlsx_xml_parse(const char *name, const char *data, size_t len,
		   xmlDoc **out, struct xlsx_error *err)
{
	struct first_error first = { 0 };
	xmlParserCtxtPtr ctxt;
	const xmlError *last;
	bool no_memory = false;
	int rc;

	*out = NULL;
	if ((rc = check_utf8(name, (const unsigned char *)data, len, err)) < 0)
		return rc;
	/* refused before libxml2 sees it: a DOCTYPE can only be written so in UTF-8 */
	if (has_doctype(data, len))
		return no_doctype(name, err);
	/* errors without a parser (out of memory, mostly; initialising
	 * libxml2 included) would otherwise be printed to stderr by
	 * libxml2; they are found in its last error below. Per thread in
	 * libxml2, so set for each parse. */
	xmlSetGenericErrorFunc(NULL, quiet);
	xmlInitParser();
	ctxt = xmlNewParserCtxt();
	if (ctxt) {
		ctxt->_private = &first;
		ctxt->sax->serror = keep_first;
		/* no encoding named: UTF-8 is what libxml2 reads without
		 * converting (naming it converts, and 2.9 crashes when that
		 * runs out of memory); any other declared is refused below */
		*out = xmlCtxtReadMemory(ctxt, data, (int)len, NULL, NULL, PARSE_OPTIONS);
		no_memory = ctxt->errNo == XML_ERR_NO_MEMORY;
		xmlFreeParserCtxt(ctxt);
	}
	/* libxml2 reports some failures to allocate only in a global, the
	 * last error, which must not outlive this call either */
	last = xmlGetLastError();
	no_memory = no_memory || !ctxt || (last && last->code == XML_ERR_NO_MEMORY) ||
		    (first.seen && first.code == XML_ERR_NO_MEMORY);
	xmlResetLastError();
	if (no_memory)
		rc = xlsx_fail(err, XW_ENOMEM, name, "out of memory");
	else if (!*out)
		return syntax_error(name, &first, err);
	else if ((*out)->intSubset || (*out)->extSubset)
		rc = no_doctype(name, err);
	else if ((*out)->encoding && xmlStrcasecmp((*out)->encoding, BAD_CAST "UTF-8") != 0 &&
		 xmlStrcasecmp((*out)->encoding, BAD_CAST "UTF8") != 0)
		rc = xlsx_fail(err, XW_EINVAL, name,
			       "the part declares encoding '%s'; workbook parts are UTF-8",
			       (const char *)(*out)->encoding);
	if (rc < 0) {
		xmlFreeDoc(*out);
		*out = NULL;
	}
	return rc;
}

int xlsx_xml_load(struct xlsx_zip *z, const char *name, xmlDoc **out,
		  struct xlsx_error *err)
{
	size_t len;
	char *data;
	int rc;

	*out = NULL;
	if ((rc = xlsx_zip_read(z, name, &data, &len, err)) < 0)
		return rc;
	rc = xlsx_xml_parse(name, data, len, out, err);
	free(data);
	return rc;
}

bool xlsx_xml_is(const xmlNode *n, const char *local)
{
	return n && n->type == XML_ELEMENT_NODE &&
	       strcmp((const char *)n->name, local) == 0;
}

xmlNode *xlsx_xml_next(const xmlNode *n, const char *local)
{
	for (n = n ? n->next : NULL; n; n = n->next)
		if (xlsx_xml_is(n, local))
			return (xmlNode *)n;
	return NULL;
}

xmlNode *xlsx_xml_child(const xmlNode *parent, const char *local)
{
	xmlNode *n = parent ? parent->children : NULL;

	return xlsx_xml_is(n, local) ? n : xlsx_xml_next(n, local);
}

char *xlsx_xml_attr(const xmlNode *n, const char *name, bool ns, bool *oom)
{
	for (const xmlAttr *a = n->properties; a; a = a->next) {
		xmlChar *v;

		if (strcmp((const char *)a->name, name) != 0 || (a->ns != NULL) != ns)
			continue;
		/* an empty value has no children, and gives NULL too */
		v = a->children ? xmlNodeListGetString(n->doc, a->children, 1)
				: xmlStrdup((const xmlChar *)"");
		if (!v) {
			xmlResetLastError();   /* libxml2's copy of "out of memory" */
			*oom = true;
		}
		return (char *)v;
	}
	return NULL;
}

static int put_text(const xmlNode *t, struct xlsx_pool *p)
{
	int rc = 0;

	for (const xmlNode *c = t->children; c && rc == 0; c = c->next)
		if (c->type == XML_TEXT_NODE || c->type == XML_CDATA_SECTION_NODE)
			rc = xlsx_pool_put_xstring(p, (const char *)c->content);
	return rc;
}

/* <t>, or runs <r><t>; <rPh> holds the phonetic guide (furigana), not text */
int xlsx_xml_rich_text(const xmlNode *n, struct xlsx_pool *p)
{
	int rc = 0;

	for (const xmlNode *c = n->children; c && rc == 0; c = c->next) {
		if (xlsx_xml_is(c, "t"))
			rc = put_text(c, p);
		else if (xlsx_xml_is(c, "r"))
			for (const xmlNode *t = xlsx_xml_child(c, "t"); t && rc == 0;
			     t = xlsx_xml_next(t, "t"))
				rc = put_text(t, p);
	}
	return rc;
}
