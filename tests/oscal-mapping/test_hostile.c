/* SPDX-License-Identifier: MIT */
/*
 * Inputs that are broken or built to hurt: each is refused with its own
 * message at its place, and files of another kind are left to other
 * readers without a word.
 */
#include "helpers.h"

#include <criterion/parameterized.h>

TestSuite(hostile, .fini = scratch_remove);

#define START "{\"mapping-collection\": "

struct hostile {
	const char *name;
	const char *text;
	size_t len;        /* 0: strlen */
	int code;
	unsigned line, column;
	const char *message;
};

static const struct hostile cases[] = {
	{ "truncated", START "{\"uuid\": \"x\"", 0, XW_ESYNTAX, 1, 36,
	  "invalid JSON: did not find expected ',' or '}'" },
	{ "truncated string", START "{\"uuid\": \"x", 0, XW_ESYNTAX, 1, 35,
	  "invalid JSON: found unexpected end of stream" },
	{ "invalid UTF-8", START "{\"uuid\": \"\xff\"}}", 0, XW_ESYNTAX, 1, 34,
	  "invalid UTF-8 (byte 0xFF)" },
	{ "NUL byte", START "{\"uuid\": \"a\0b\"}}", 38, XW_ESYNTAX, 1, 35, "NUL byte in text" },
	{ "escaped NUL", START "{\"uuid\": \"a\\u0000b\"}}", 0, XW_ESYNTAX, 1, 33,
	  "a string holds U+0000" },
	{ "alias", START "{\"uuid\": *a}}", 0, XW_ESYNTAX, 1, 33, "a YAML alias is not JSON" },
	{ "anchor", START "&a {\"uuid\": \"x\"}}", 0, XW_ESYNTAX, 1, 24,
	  "a YAML anchor is not JSON" },
	{ "tag", START "{\"uuid\": !!str \"x\"}}", 0, XW_ESYNTAX, 1, 33, "a YAML tag is not JSON" },
	{ "key twice", START "{\"uuid\": \"x\",\n \"uuid\": \"y\"}}", 0, XW_ESYNTAX, 2, 10,
	  "key 'uuid' appears twice in this object" },
	{ "bare word", START "{\"uuid\": yes}}", 0, XW_ESYNTAX, 1, 33,
	  "'yes' is not a JSON value (strings are in double quotes)" },
	{ "single quotes", START "{\"uuid\": 'x'}}", 0, XW_ESYNTAX, 1, 33,
	  "JSON strings are in double quotes" },
	{ "string over lines", START "{\"uuid\": \"a\nb\"}}", 0, XW_ESYNTAX, 1, 33,
	  "a string runs over a line break; JSON writes it \\n" },
	{ "two values", START "{}}\n---\n{}", 0, XW_ESYNTAX, 2, 1,
	  "more than one JSON value in the file" },
	{ "lone surrogate", START "{\"uuid\": \"\\ud842\"}}", 0, XW_ESYNTAX, 1, 36,
	  "invalid JSON: found invalid Unicode character escape code" },
	{ "not an object", START "[]}", 0, XW_EINVAL, 1, 24,
	  "mapping-collection must be a JSON object" },
	{ "no metadata", START "{\"uuid\": \"x\"}}", 0, XW_EINVAL, 1, 24,
	  "the mapping collection has no 'metadata'" },
};

#define N_CASES (sizeof(cases) / sizeof(cases[0]))

ParameterizedTestParameters(hostile, refused)
{
	static size_t index[N_CASES];

	for (size_t i = 0; i < N_CASES; i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, N_CASES);
}

ParameterizedTest(size_t *i, hostile, refused)
{
	const struct hostile *t = &cases[*i];
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = spit("in.json", t->text, t->len ? t->len : strlen(t->text));
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(read_doc(reg, path, PLUGIN, &doc, &e), t->code, "%s: %s", t->name, e.message);
	cr_assert_str_eq(e.message, t->message, "%s", t->name);
	cr_assert_eq(e.line, t->line, "%s: line %u", t->name, e.line);
	cr_assert_eq(e.column, t->column, "%s: column %u", t->name, e.column);
	free(path);
	xw_registry_free(reg);
}

/* 100,000 '[' stop at the 65th: the depth is counted on the event stream. */
Test(hostile, deep_nesting)
{
	const size_t depth = 100000, head = strlen(START "{\"metadata\": ");
	char *text = malloc(head + depth + 1), *path;
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	cr_assert(text != NULL);
	memcpy(text, START "{\"metadata\": ", head);
	memset(text + head, '[', depth);
	text[head + depth] = '\0';
	path = spit("deep.json", text, head + depth);
	cr_assert_eq(read_doc(reg, path, PLUGIN, &doc, &e), XW_ELIMIT, "%s", e.message);
	cr_assert_str_eq(e.message, "JSON nesting deeper than 64 levels");
	/* two objects, then the 63rd '[' is the 65th level */
	cr_assert_eq(e.line, 1);
	cr_assert_eq(e.column, head + 63);
	free(text);
	free(path);
	xw_registry_free(reg);
}

/* Other JSON and YAML are not this plugin's: probe says 0, the reader declines. */
Test(hostile, other_kinds_declined)
{
	static const char *const others[] = {
		"{\"catalog\": {\"uuid\": \"x\"}}",
		"{\"$schema\": \"x\", \"catalog\": {}}",
		"format: xwalk-mapping/1\nid: m\n",
		"mapping-collection:\n  uuid: x\n",
		"",
	};
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	const struct xw_plugin *p = xw_registry_find(reg, PLUGIN);

	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		struct xw_input in = { "x", (const unsigned char *)others[i], strlen(others[i]), "" };
		char *path = spit("other.json", others[i], strlen(others[i]));
		struct xw_doc doc;
		struct xw_error e;

		cr_assert_eq(p->desc.probe(p->state, &in), 0, "case %zu", i);
		cr_assert_eq(read_doc(reg, path, PLUGIN, &doc, &e), XW_EUNSUPPORTED, "case %zu", i);
		cr_assert_str_eq(e.message, "plugin 'oscal-mapping' cannot read this file as a "
				 "framework, mapping set or assessment", "case %zu", i);
		free(path);
	}
	xw_registry_free(reg);
}

/* A character beyond U+FFFF escaped as a UTF-16 pair, as Python writes it, is read whole. */
Test(hostile, surrogate_pair)
{
	static const char text[] =
		"{\"mapping-collection\": {\"uuid\": \"x\", \"metadata\": {\"title\": \"\\ud842\\udfb7 \\\\ud842\", "
		"\"version\": \"1\"}, \"provenance\": {\"method\": \"human\", \"matching-rationale\": "
		"\"semantic\"}, \"mappings\": [{\"source-resource\": {\"type\": \"catalog\", \"href\": \"a.json\"}, "
		"\"target-resource\": {\"type\": \"catalog\", \"href\": \"b.json\"}, \"maps\": [{\"uuid\": \"u1\", "
		"\"relationship\": \"equal-to\", \"sources\": [{\"type\": \"control\", \"id-ref\": \"s\"}], "
		"\"targets\": [{\"type\": \"control\", \"id-ref\": \"t\"}]}]}]}}";
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = spit("pair.json", text, strlen(text));
	struct xw_doc doc;

	capture_begin();
	must_read(reg, path, NULL, &doc);
	free(capture_end());
	/* U+20BB7, and a backslash that only looks like the start of an escape */
	cr_assert_str_eq(doc.mapping->title.s[XW_LANG_EN], "\xF0\xA0\xAE\xB7 \\ud842");
	cr_assert_str_eq(doc.mapping->id, "a--b");
	cr_assert_str_eq(doc.mapping->rows[0]->id, "u1");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}
