/* SPDX-License-Identifier: MIT */
/*
 * Files that must be refused, each with its exact message and position:
 * entity tricks (XXE, billion laughs), broken XML and JSON, nesting and
 * XML text beyond the limits, YAML features in "JSON", a catalog with no
 * title.
 * The messages after "malformed XML:" and "invalid JSON:" are libxml2's
 * and libyaml's own.
 */
#include <errno.h>

#include "helpers.h"
#include "xwalk/io.h"

static void expect_error(const char *path, int code, const char *text)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	cr_expect_eq(read_doc(reg, path, &doc, &e), code, "%s", error_text(&e));
	cr_expect_str_eq(error_text(&e), text);
	xw_registry_free(reg);
}

/* "<fixture path>:<rest>", the message expected for a fixture. */
static char *at_fixture(const char *name, const char *rest)
{
	char *path = fixture(name);
	char *s = malloc(strlen(path) + strlen(rest) + 2);

	cr_assert(s != NULL);
	sprintf(s, "%s:%s", path, rest);
	free(path);
	return s;
}

static void expect_fixture_error(const char *name, int code, const char *rest)
{
	char *path = fixture(name);
	char *text = at_fixture(name, rest);

	expect_error(path, code, text);
	free(text);
	free(path);
}

#define DOCTYPE_REFUSED \
	"DOCTYPE not allowed: OSCAL needs none, and xwalk never reads DTDs or expands entities"

Test(hostile, xxe_doctype)
{
	expect_fixture_error("xxe.xml", XW_EINVAL, "2:1: " DOCTYPE_REFUSED);
}

Test(hostile, billion_laughs_doctype, .timeout = 10)
{
	expect_fixture_error("laughs.xml", XW_EINVAL, "2:1: " DOCTYPE_REFUSED);
}

/* Without a DOCTYPE no entity is declared, and none is invented. */
Test(hostile, undeclared_entity)
{
	expect_fixture_error("entity.xml", XW_ESYNTAX,
			     "4:24: malformed XML: Entity 'undeclared' not defined");
}

Test(hostile, truncated_xml)
{
	expect_fixture_error("truncated.xml", XW_ESYNTAX,
			     "18:3: malformed XML: Premature end of data in tag param line 15");
}

Test(hostile, malformed_json)
{
	expect_fixture_error("malformed.json", XW_ESYNTAX,
			     "6:5: invalid JSON: did not find expected ',' or '}' "
			     "while parsing a flow mapping");
}

Test(hostile, yaml_anchors_in_json)
{
	expect_fixture_error("anchors.json", XW_EINVAL,
			     "3:17: YAML anchors, aliases and tags are not allowed in OSCAL JSON");
}

Test(hostile, no_metadata_title)
{
	expect_fixture_error("notitle.xml", XW_EINVAL,
			     "3:1: the OSCAL catalog has no metadata title, which xwalk "
			     "needs to name the framework");
	expect_fixture_error("notitle.json", XW_EINVAL,
			     "4:17: the OSCAL catalog has no metadata title, which xwalk "
			     "needs to name the framework");
}

/* A scratch file holding @len bytes of @data, named *.@ext; its path, malloc'd. */
static char *temp_file(const char *data, size_t len, const char *ext)
{
	char tmpl[64];
	struct xw_error e;
	int fd;

	snprintf(tmpl, sizeof(tmpl), "/tmp/xw-oscal-test-XXXXXX.%s", ext);
	fd = mkstemps(tmpl, (int)strlen(ext) + 1);

	cr_assert(fd >= 0, "mkstemps: %s", strerror(errno));
	close(fd);
	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(tmpl, data, len, &e), 0, "%s", e.message);
	return strdup(tmpl);
}

/* Expects "<path>:<rest>" reading the scratch file @path, then removes it. */
static void expect_temp_error(char *path, int code, const char *rest)
{
	char text[4200];

	snprintf(text, sizeof(text), "%s:%s", path, rest);
	expect_error(path, code, text);
	unlink(path);
	free(path);
}

/* {"catalog": [[...]]} with @depth arrays: @depth + 1 levels in all. */
static char *deep_json(int depth)
{
	size_t len = 12 + 2 * (size_t)depth + 3;
	char *buf = malloc(len), *p = buf, *path;

	cr_assert(buf != NULL);
	p += sprintf(p, "{\"catalog\": ");
	for (int i = 0; i < depth; i++)
		*p++ = '[';
	for (int i = 0; i < depth; i++)
		*p++ = ']';
	p += sprintf(p, "}\n");
	path = temp_file(buf, (size_t)(p - buf), "json");
	free(buf);
	return path;
}

Test(hostile, json_nesting_limit)
{
	/* the 65th level opens at column 12 + 64 */
	expect_temp_error(deep_json(100), XW_ELIMIT,
			  "1:76: JSON nesting deeper than 64 levels");
}

Test(hostile, json_nesting_at_the_limit)
{
	/* 64 levels pass the limit; the catalog is then simply wrong */
	expect_temp_error(deep_json(63), XW_EINVAL, "1:13: 'catalog' is not an object");
}

Test(hostile, invalid_utf8_json)
{
	static const char bad[] = "{\"catalog\": {\"metadata\": {\n  \"title\": \"Bad \xff byte\"}}}\n";

	expect_temp_error(temp_file(bad, sizeof(bad) - 1, "json"), XW_ESYNTAX,
			  "2:17: invalid UTF-8 (byte 0xFF)");
}

/* A Markdown string of brackets and braces costs linear time. */
Test(hostile, pathological_prose, .timeout = 20)
{
	const size_t n = 4 << 20;
	const char *head = "{\"catalog\": {\"metadata\": {\"title\": \"P\", \"version\": \"1\"},"
			   " \"controls\": [{\"id\": \"c\", \"parts\": [{\"name\": \"statement\","
			   " \"prose\": \"";
	const char *tail = "\"}]}]}}\n";
	char *buf = malloc(strlen(head) + n + strlen(tail) + 1), *p = buf, *path;
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;

	cr_assert(buf != NULL);
	p += sprintf(p, "%s", head);
	for (size_t i = 0; i < n; i++)
		*p++ = "[{{]("[i % 5];
	p += sprintf(p, "%s", tail);
	path = temp_file(buf, (size_t)(p - buf), "json");
	must_read(reg, path, &doc);
	cr_expect_eq(strlen(doc.framework->items[0]->text.s[XW_LANG_EN]), n);
	xw_doc_clear(&doc);
	unlink(path);
	free(path);
	free(buf);
	xw_registry_free(reg);
}

/* A catalog whose line 3 is a control, with a title that nests @depth
 * <em> elements, or a <remarks> of @text_len bytes (nothing reads it). */
static char *xml_file(int depth, size_t text_len)
{
	struct xw_buf b = XW_BUF_INIT;
	char *path;

	xw_buf_puts(&b, "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\">\n"
			"<metadata><title>T</title><version>1</version></metadata>\n");
	xw_buf_puts(&b, "<control id=\"c\"><title>");
	for (int i = 0; i < depth; i++)
		xw_buf_puts(&b, "<em>");
	xw_buf_puts(&b, "x");
	for (int i = 0; i < depth; i++)
		xw_buf_puts(&b, "</em>");
	xw_buf_puts(&b, "</title><remarks>");
	for (size_t i = 0; i < text_len; i++)
		xw_buf_putc(&b, 'a');
	xw_buf_puts(&b, "</remarks></control>\n</catalog>\n");
	cr_assert(!b.failed);
	path = temp_file(b.data, b.len, "xml");
	xw_buf_reset(&b);
	return path;
}

/* Reads the scratch file @path, which must work, then removes it. */
static void expect_temp_read(char *path)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;

	must_read(reg, path, &doc);
	cr_expect_str_eq(en(&doc.framework->items[0]->title), "x");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	unlink(path);
	free(path);
}

Test(hostile, xml_nesting_limit)
{
	/* with the catalog, the control and its title, 253 <em> make 256 levels */
	expect_temp_read(xml_file(253, 1));
	/* the 257th is refused where its start tag ends: 23 + 4 * 254 */
	expect_temp_error(xml_file(254, 1), XW_ELIMIT,
			  "3:1039: XML nested deeper than 256 levels");
}

Test(hostile, xml_text_limit, .timeout = 60)
{
	/* also a file over 10 MB, which libxml2 2.9 reads in place */
	expect_temp_read(xml_file(0, 10000000));
	/* refused where the parser hands the text on: at the '<' after it,
	 * 41 + 10000001 + 1 */
	expect_temp_error(xml_file(0, 10000001), XW_ELIMIT,
			  "3:10000043: XML text longer than 10000000 bytes");
}
