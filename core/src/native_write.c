/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/io.h"
#include "xwalk/native.h"
#include "number_like.h"

/*
 * The canonical writer. Keys come in the order of docs/formats.md, lists
 * in model order, and a string is written plain only when every YAML
 * reader would read it back as the same string; otherwise it is
 * double-quoted with escapes.
 */

static int reserved_word(const char *s)
{
	static const char *const words[] = {
		"null", "Null", "NULL", "~", "true", "True", "TRUE", "false",
		"False", "FALSE", "yes", "Yes", "YES", "no", "No", "NO", "on",
		"On", "ON", "off", "Off", "OFF", "y", "Y", "n", "N",
	};

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strcmp(s, words[i]) == 0)
			return 1;
	return 0;
}

static int plain_ok(const char *s, int in_flow)
{
	size_t len = strlen(s);

	if (!len || s[0] == ' ' || s[len - 1] == ' ' || s[len - 1] == ':')
		return 0;
	if (strchr("-?:,[]{}#&*!|>'\"%@`", s[0]) || reserved_word(s) ||
	    xw_number_like(s))
		return 0;
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		if (*p < 0x20 || *p == 0x7F)
			return 0;
		if ((*p == ':' && p[1] == ' ') || (*p == ' ' && p[1] == '#'))
			return 0;
		if (in_flow && strchr(",[]{}", *p))
			return 0;
		/* C1 controls (NEL is a line break), LS, PS, BOM and the
		 * non-characters U+FFFE/U+FFFF are not printable YAML */
		if ((p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) ||
		    (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) ||
		    (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) ||
		    (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF))
			return 0;
	}
	return 1;
}

static void quoted(struct xw_buf *b, const char *s)
{
	xw_buf_putc(b, '"');
	for (const unsigned char *p = (const unsigned char *)s; *p; p++) {
		switch (*p) {
		case '"': xw_buf_puts(b, "\\\""); continue;
		case '\\': xw_buf_puts(b, "\\\\"); continue;
		case '\n': xw_buf_puts(b, "\\n"); continue;
		case '\t': xw_buf_puts(b, "\\t"); continue;
		case '\r': xw_buf_puts(b, "\\r"); continue;
		}
		if (*p < 0x20 || *p == 0x7F) {
			xw_buf_printf(b, "\\x%02X", *p);
		} else if (p[0] == 0xC2 && p[1] == 0x85) {
			xw_buf_puts(b, "\\N");
			p++;
		} else if (p[0] == 0xC2 && p[1] >= 0x80 && p[1] <= 0x9F) {
			xw_buf_printf(b, "\\x%02X", p[1]);
			p++;
		} else if (p[0] == 0xEF && p[1] == 0xBF && (p[2] == 0xBE || p[2] == 0xBF)) {
			xw_buf_puts(b, p[2] == 0xBE ? "\\uFFFE" : "\\uFFFF");
			p += 2;
		} else if (p[0] == 0xE2 && p[1] == 0x80 && (p[2] == 0xA8 || p[2] == 0xA9)) {
			xw_buf_puts(b, p[2] == 0xA8 ? "\\L" : "\\P");
			p += 2;
		} else if (p[0] == 0xEF && p[1] == 0xBB && p[2] == 0xBF) {
			xw_buf_puts(b, "\\uFEFF");
			p += 2;
		} else {
			xw_buf_putc(b, (char)*p);
		}
	}
	xw_buf_putc(b, '"');
}

static void scalar(struct xw_buf *b, const char *s, int in_flow)
{
	if (plain_ok(s, in_flow))
		xw_buf_puts(b, s);
	else
		quoted(b, s);
}

/* "<indent>key: value\n", nothing when @value is NULL */
static void kv(struct xw_buf *b, int indent, const char *key, const char *value)
{
	if (!value)
		return;
	xw_buf_pad(b, (size_t)indent);
	scalar(b, key, 0);
	xw_buf_puts(b, ": ");
	scalar(b, value, 0);
	xw_buf_putc(b, '\n');
}

static void key(struct xw_buf *b, int indent, const char *k)
{
	xw_buf_pad(b, (size_t)indent);
	xw_buf_puts(b, k);
	xw_buf_puts(b, ":\n");
}

static void ltext(struct xw_buf *b, int indent, const char *k,
		  const struct xw_ltext *t)
{
	if (!t->s[XW_LANG_JA] && !t->s[XW_LANG_EN])
		return;
	key(b, indent, k);
	for (int l = 0; l < XW_LANG_COUNT; l++)
		kv(b, indent + 2, xw_lang_name(l), t->s[l]);
}

static void list(struct xw_buf *b, int indent, const char *k,
		 const struct xw_strlist *l)
{
	if (!l->n)
		return;
	xw_buf_pad(b, (size_t)indent);
	xw_buf_puts(b, k);
	xw_buf_puts(b, ": [");
	for (size_t i = 0; i < l->n; i++) {
		if (i)
			xw_buf_puts(b, ", ");
		scalar(b, l->v[i], 1);
	}
	xw_buf_puts(b, "]\n");
}

/* a list of long strings, one per line */
static void block_list(struct xw_buf *b, int indent, const char *k,
		       const struct xw_strlist *l)
{
	if (!l->n)
		return;
	key(b, indent, k);
	for (size_t i = 0; i < l->n; i++) {
		xw_buf_pad(b, (size_t)indent + 2);
		xw_buf_puts(b, "- ");
		scalar(b, l->v[i], 0);
		xw_buf_putc(b, '\n');
	}
}

/* "  - " opens a list element whose first key follows on the same line */
static void element(struct xw_buf *b, int indent, const char *k, const char *v)
{
	xw_buf_pad(b, (size_t)indent);
	xw_buf_puts(b, "- ");
	xw_buf_puts(b, k);
	xw_buf_puts(b, ": ");
	scalar(b, v ? v : "", 0);
	xw_buf_putc(b, '\n');
}

static void item(struct xw_buf *b, const struct xw_item *it)
{
	kv(b, 4, "parent", it->parent_id);
	if (it->has_kind)
		kv(b, 4, "kind", xw_kind_name(it->kind));
	ltext(b, 4, "title", &it->title);
	ltext(b, 4, "text", &it->text);
	kv(b, 4, "authoritative", xw_lang_name(it->authoritative));
	list(b, 4, "profiles", &it->profile_ids);
	if (it->withdrawn)
		kv(b, 4, "status", "withdrawn");
	list(b, 4, "replaced-by", &it->replaced_by);
	if (it->props.n) {
		key(b, 4, "props");
		for (size_t i = 0; i < it->props.n; i++)
			kv(b, 6, it->props.v[i].key, it->props.v[i].value);
	}
	list(b, 4, "unknown", &it->unknown);
}

void xw_native_write_framework(const struct xw_framework *fw, struct xw_buf *b)
{
	kv(b, 0, "format", "xwalk-framework/1");
	kv(b, 0, "id", fw->id);
	ltext(b, 0, "name", &fw->name);
	kv(b, 0, "version", fw->version);
	kv(b, 0, "publisher", fw->publisher);
	kv(b, 0, "date", fw->date);
	kv(b, 0, "source", fw->source);
	kv(b, 0, "licence", fw->licence);
	ltext(b, 0, "summary", &fw->summary);
	kv(b, 0, "id-pattern", fw->id_pattern);
	list(b, 0, "unknown", &fw->unknown);
	if (fw->n_profiles)
		key(b, 0, "profiles");
	for (size_t i = 0; i < fw->n_profiles; i++) {
		const struct xw_profile *p = fw->profiles[i];

		element(b, 2, "id", p->id);
		ltext(b, 4, "title", &p->title);
		kv(b, 4, "extends", p->extends_id);
		kv(b, 4, "assurance", xw_assurance_name(p->assurance));
		if (!p->defined)
			xw_buf_puts(b, "    defined: false\n");
		if (p->mandatory)
			xw_buf_puts(b, "    mandatory: true\n");
		ltext(b, 4, "note", &p->note);
	}
	if (fw->advice_default_id || fw->n_questions) {
		key(b, 0, "advice");
		kv(b, 2, "default", fw->advice_default_id);
		ltext(b, 2, "note", &fw->advice_note);
		if (fw->n_questions)
			key(b, 2, "questions");
		for (size_t i = 0; i < fw->n_questions; i++) {
			const struct xw_question *q = fw->questions[i];

			element(b, 4, "id", q->id);
			ltext(b, 6, "text", &q->text);
			kv(b, 6, "if-yes", q->if_yes_id);
			ltext(b, 6, "note", &q->note);
		}
	}
	key(b, 0, "items");
	for (size_t i = 0; i < fw->n_items; i++) {
		element(b, 2, "id", fw->items[i]->id);
		item(b, fw->items[i]);
	}
}

static void hashes(struct xw_buf *b, const char *k, const struct xw_hash_refs *h)
{
	char hex[17];

	if (!h->n)
		return;
	key(b, 6, k);
	for (size_t i = 0; i < h->n; i++) {
		xw_hash_hex(h->v[i].hash, hex);
		kv(b, 8, h->v[i].id, hex);
	}
}

static void row(struct xw_buf *b, const struct xw_row *r)
{
	list(b, 4, "sources", &r->sources);
	list(b, 4, "targets", &r->targets);
	kv(b, 4, "relationship", xw_relationship_name(r->relationship));
	kv(b, 4, "rationale", xw_rationale_name(r->rationale));
	if (r->strength != XW_STRENGTH_NONE)
		xw_buf_printf(b, "    strength: %d\n", r->strength);
	kv(b, 4, "justification", r->justification);
	block_list(b, 4, "conditions", &r->conditions);
	key(b, 4, "review");
	kv(b, 6, "status", xw_review_name(r->review));
	kv(b, 6, "reviewer", r->reviewer);
	kv(b, 6, "date", r->review_date);
	hashes(b, "source-hashes", &r->source_hashes);
	hashes(b, "target-hashes", &r->target_hashes);
}

static void end(struct xw_buf *b, const char *k, const char *fw,
		const char *version)
{
	key(b, 0, k);
	kv(b, 2, "framework", fw);
	kv(b, 2, "version", version);
}

void xw_native_write_mapping(const struct xw_mapping *m, struct xw_buf *b)
{
	kv(b, 0, "format", "xwalk-mapping/1");
	kv(b, 0, "id", m->id);
	ltext(b, 0, "title", &m->title);
	end(b, "source", m->source, m->source_version);
	end(b, "target", m->target, m->target_version);
	kv(b, 0, "author", m->author);
	kv(b, 0, "version", m->version);
	kv(b, 0, "date", m->date);
	kv(b, 0, "method", xw_method_name(m->method));
	kv(b, 0, "status", xw_review_name(m->status));
	xw_buf_printf(b, "comprehensive: %s\n", m->comprehensive ? "true" : "false");
	kv(b, 0, "intended-use", m->intended_use);
	key(b, 0, "rows");
	for (size_t i = 0; i < m->n_rows; i++) {
		element(b, 2, "id", m->rows[i]->id);
		row(b, m->rows[i]);
	}
}

void xw_native_write_assessment(const struct xw_assessment *a, struct xw_buf *b)
{
	const struct xw_certificate *c = &a->certificate;

	kv(b, 0, "format", "xwalk-assessment/1");
	kv(b, 0, "framework", a->framework);
	kv(b, 0, "organisation", a->organisation);
	kv(b, 0, "scope", a->scope);
	kv(b, 0, "date", a->date);
	kv(b, 0, "assessor", a->assessor);
	if (c->body || c->number || c->issued || c->expires || c->scope) {
		key(b, 0, "certificate");
		kv(b, 2, "body", c->body);
		kv(b, 2, "number", c->number);
		kv(b, 2, "issued", c->issued);
		kv(b, 2, "expires", c->expires);
		kv(b, 2, "scope", c->scope);
	}
	key(b, 0, "results");
	for (size_t i = 0; i < a->n_results; i++) {
		const struct xw_result *r = a->results[i];

		element(b, 2, "item", r->item);
		kv(b, 4, "status", xw_result_name(r->status));
		kv(b, 4, "note", r->note);
		kv(b, 4, "evidence", r->evidence);
	}
}

void xw_native_write(const struct xw_doc *doc, struct xw_buf *out)
{
	switch (doc->kind) {
	case XW_DOC_FRAMEWORK: xw_native_write_framework(doc->framework, out); break;
	case XW_DOC_MAPPING: xw_native_write_mapping(doc->mapping, out); break;
	case XW_DOC_ASSESSMENT: xw_native_write_assessment(doc->assessment, out); break;
	case XW_DOC_NONE: break;
	}
}

int xw_native_save(const struct xw_doc *doc, const char *path,
		   struct xw_error *err)
{
	struct xw_buf b = XW_BUF_INIT;
	int rc;

	xw_native_write(doc, &b);
	if (b.failed)
		rc = xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	else
		rc = xw_file_write_atomic(path, b.data ? b.data : "", b.len, err);
	xw_buf_reset(&b);
	return rc;
}
