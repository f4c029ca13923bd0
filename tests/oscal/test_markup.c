/* SPDX-License-Identifier: MIT */
/*
 * data/markup.xml: what XML can spell in several ways (references in
 * text and attributes, CDATA, comments, processing instructions, markup
 * in other namespaces), read as libxml2's own document held it before
 * the reader built a tree of its own: these values were taken from that
 * reader.
 */
#include "helpers.h"

TestSuite(markup, .timeout = 30);

static struct xw_framework *markup(struct xw_registry *reg, struct xw_doc *doc)
{
	char *path = fixture("markup.xml");
	struct xw_framework *fw = must_read(reg, path, doc);

	free(path);
	return fw;
}

Test(markup, text_and_references)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = markup(reg, &doc);

	/* references replaced, CDATA as text, comments and PIs left out */
	cr_expect_str_eq(en(&fw->name), "T & <cd> xy");
	/* a comment beside the date makes it more than plain text */
	cr_expect_str_eq(fw->date, "2024-06-01", "last-modified, not published");
	cr_expect_str_eq(fw->version, "1");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(markup, attributes)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = markup(reg, &doc);
	const struct xw_item *it = item(fw, "a&b");

	/* "&amp;" and "&#38;" are '&', "&#x26;amp;" is "&amp;" */
	cr_expect_str_eq(xw_props_get(&it->props, "n1"), "a&b < & &amp; \"");
	/* attributes in another namespace are not OSCAL's */
	cr_expect_str_eq(xw_props_get(&it->props, "n2"), "v w");
	/* an empty value is no prop */
	cr_expect_null(xw_props_get(&it->props, "n3"));
	cr_expect_eq(it->props.n, 2);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(markup, foreign_markup)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = markup(reg, &doc);
	const struct xw_item *it = item(fw, "a&b");

	/* inline, any element gives its text; an insert or a quote is one
	 * in any namespace */
	cr_expect_str_eq(en(&it->title), "A foreign [Assignment: L & plain] "
			 "[Assignment: L & plain] \"q\"");
	/* blocks are OSCAL's only: paragraphs, list items, table rows */
	cr_expect_str_eq(en(&it->text), "one inner\ntwo\nc1c2\nh\npre x\na&. item");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/*
 * data/blanks.xml: the reader drops the blanks between structural
 * elements, which nothing reads, but keeps those a text can take in: a
 * group gone astray inside a title, a list inside a list item.
 */
Test(markup, blanks_a_text_reads)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	char *path = fixture("blanks.xml");
	struct xw_framework *fw = must_read(reg, path, &doc);
	const struct xw_item *it = item(fw, "c1");

	cr_expect_str_eq(en(&it->title), "Open inside too shut");
	cr_expect_str_eq(en(&it->text), "one a b");
	cr_expect_eq(xw_framework_find(fw, "c2"), XW_NONE, "a control in a title is text");
	free(path);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}
