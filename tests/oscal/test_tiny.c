/* SPDX-License-Identifier: MIT */
/*
 * Our own small catalog (data/tiny.xml, and tiny.json, its JSON twin):
 * every rule of the reader on a file we can read at a glance, and the
 * probe. These need no shared data.
 */
#include "helpers.h"
#include "xwalk/io.h"

TestSuite(tiny, .timeout = 30);

static struct xw_framework *tiny(struct xw_registry *reg, struct xw_doc *doc)
{
	char *path = fixture("tiny.xml");
	struct xw_framework *fw = must_read(reg, path, doc);

	free(path);
	return fw;
}

Test(tiny, metadata_of_an_unknown_catalog)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = tiny(reg, &doc);

	/* an id from the title; '.' only between digits */
	cr_expect_str_eq(fw->id, "example-tiny-catalog-rev-2");
	cr_expect_str_eq(en(&fw->name), "Example Tiny Catalog, Rev. 2");
	cr_expect_str_eq(fw->version, "2.1");
	cr_expect_str_eq(fw->date, "2024-05-01", "published, not last-modified");
	/* we do not know who publishes it or under what licence */
	cr_expect_null(fw->publisher);
	cr_expect_null(fw->licence);
	cr_expect_null(fw->source);
	/* exactly the characters the ids use */
	cr_expect_str_eq(fw->id_pattern, "[\\-\\.012FNXex]+");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(tiny, items_depth_first_with_kinds)
{
	static const char *const ids[][3] = {
		{ "ex", "", "category" },         /* a family group */
		{ "ex-1", "ex", "control" },
		{ "ex-1.1", "ex-1", "control" },  /* enhancements under their control */
		{ "ex-1.2", "ex-1", "control" },
		{ "ex-2", "ex", "control" },
		/* the id-less group is left out; its members go up a level */
		{ "FN", "", "function" },         /* a class that names a kind */
		{ "FN.X-01", "FN", "subcategory" },
	};
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = tiny(reg, &doc);

	cr_assert_eq(fw->n_items, sizeof(ids) / sizeof(ids[0]));
	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];

		cr_expect_str_eq(it->id, ids[i][0]);
		cr_expect_str_eq(it->parent_id ? it->parent_id : "", ids[i][1], "%s", it->id);
		cr_expect_str_eq(xw_kind_name(it->kind), ids[i][2], "%s", it->id);
	}
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(tiny, statement_flattened)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = tiny(reg, &doc);
	const struct xw_item *it = item(fw, "ex-1");

	/* blanks collapsed; the guidance part is not the statement */
	cr_expect_str_eq(en(&it->title), "First Control");
	cr_expect_str_eq(en(&it->text),
			 "Do the first thing:\n"
			 "a. Review [Selection (one or more): daily; every "
			 "[Assignment: organization-defined frequency]]; and\n"
			 "1. Switch it [Selection: on; off] as in EX-2, the \"rule\";\n"
			 "b. Keep records.\n"
			 "Keep them safe.");
	cr_expect_eq(it->authoritative, XW_LANG_EN);
	/* a parameter of the enclosing control; one that does not exist */
	cr_expect_str_eq(en(&item(fw, "ex-1.1")->text),
			 "Use [Assignment: organization-defined frequency] checks and [ex-9_prm_1].\n"
			 "one\ntwo");
	/* an empty statement is no text; a group's overview is its text */
	cr_expect_null(item(fw, "ex-2")->text.s[XW_LANG_EN]);
	cr_expect_str_eq(en(&item(fw, "FN")->text), "What the function is for.");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(tiny, props_status_and_successors)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = tiny(reg, &doc);
	const struct xw_item *it = item(fw, "ex-1");

	/* the zero-padded label (a prop with a class) is left out */
	cr_expect_eq(it->props.n, 3);
	cr_expect_str_eq(xw_props_get(&it->props, "label"), "EX-1");
	cr_expect_str_eq(xw_props_get(&it->props, "sort-id"), "ex-01");
	cr_expect_str_eq(xw_props_get(&it->props, "audience"), "admins, users");
	cr_expect(!it->withdrawn);

	it = item(fw, "ex-1.2");
	cr_expect(it->withdrawn);
	cr_expect_null(xw_props_get(&it->props, "status"));
	/* "#ex-1_smt.b" and "#ex-1" are one successor; "related" is none;
	 * "#nowhere" is left out with a warning */
	cr_assert_eq(it->replaced_by.n, 2);
	cr_expect_str_eq(it->replaced_by.v[0], "ex-1");
	cr_expect_str_eq(it->replaced_by.v[1], "ex-2");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* The encoding a declaration names is the one read, whether libxml2
 * reads the file in place (only when nothing needs converting) or from
 * a copy: "Café" in UTF-8 bytes, read as ISO-8859-1, is "CafÃ©". */
Test(tiny, declared_encoding)
{
	static const struct {
		const char *decl, *title;
	} cases[] = {
		{ "", "Café" },
		{ "\xEF\xBB\xBF<?xml version='1.0' encoding = 'utf8'?>\n", "Café" },
		{ "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>\n", "CafÃ©" },
	};
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);

	for (size_t i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
		char tmpl[] = "/tmp/xw-oscal-enc-XXXXXX.xml";
		struct xw_buf b = XW_BUF_INIT;
		struct xw_doc doc;
		struct xw_error e;
		int fd = mkstemps(tmpl, 4);

		cr_assert(fd >= 0);
		close(fd);
		xw_buf_puts(&b, cases[i].decl);
		xw_buf_puts(&b, "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\">\n"
				"<metadata><title>Café</title><version>1</version></metadata>\n"
				"<control id=\"c\"><title>x</title></control>\n</catalog>\n");
		cr_assert(!b.failed);
		xw_error_clear(&e);
		cr_assert_eq(xw_file_write_atomic(tmpl, b.data, b.len, &e), 0, "%s", e.message);
		cr_expect_str_eq(en(&must_read(reg, tmpl, &doc)->name), cases[i].title);
		xw_doc_clear(&doc);
		unlink(tmpl);
		xw_buf_reset(&b);
	}
	xw_registry_free(reg);
}

/* --- probe and kinds of file ---------------------------------------------- */

/* The plugin's probe() on the file at @path, which is freed. */
static int probe_path(struct xw_registry *reg, char *path)
{
	const struct xw_plugin *p = xw_registry_find(reg, "oscal");
	struct xw_input in;
	struct xw_error e;
	char *buf;
	size_t len;
	int score;

	cr_assert(p != NULL);
	cr_assert(path != NULL);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	in.path = path;
	in.data = (const unsigned char *)buf;
	in.size = len;
	score = p->desc.probe(p->state, &in);
	free(buf);
	free(path);
	return score;
}

static int probe_file(struct xw_registry *reg, const char *name)
{
	return probe_path(reg, fixture(name));
}

Test(tiny, probe)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);

	cr_expect_eq(probe_file(reg, "tiny.xml"), 70);
	cr_expect_eq(probe_file(reg, "tiny.json"), 70);
	cr_expect_eq(probe_file(reg, "profile.xml"), 70);
	cr_expect_eq(probe_file(reg, "profile.json"), 70);
	cr_expect_eq(probe_file(reg, "profile-all.xml"), 70);
	/* so that the reader can say why it refuses them */
	cr_expect_eq(probe_file(reg, "xxe.xml"), 70);
	cr_expect_eq(probe_file(reg, "truncated.xml"), 70);
	cr_expect_eq(probe_file(reg, "profile-doctype.xml"), 70);
	/* a <catalog> in another namespace, and not OSCAL at all */
	cr_expect_eq(probe_file(reg, "other.xml"), 0);
	cr_expect_eq(probe_path(reg, src_path("frameworks/nist-csf-2.0.yaml")), 0);
	xw_registry_free(reg);
}

Test(tiny, profiles_and_other_files_are_not_catalogs)
{
	static const char *const names[] = { "profile.xml", "profile.json" };
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;
	char *path;

	/* a profile is read with its catalog (test_profiles.c): say so */
	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		path = fixture(names[i]);
		cr_expect_eq(read_doc(reg, path, &doc, &e), XW_EUNSUPPORTED, "%s", names[i]);
		cr_expect_str_eq(e.message, PROFILE_REFUSED);
		free(path);
	}
	path = fixture("other.xml");
	cr_expect_eq(read_doc(reg, path, &doc, &e), XW_EUNSUPPORTED);
	cr_expect_str_eq(e.message, "no reader recognises this file (see 'xwalk plugins')");
	/* forced, the reader says "not mine" for a file of another kind */
	xw_error_clear(&e);
	cr_expect_eq(xw_registry_read(reg, path, "oscal", XW_DOC_FRAMEWORK, &doc, &e),
		     XW_EUNSUPPORTED);
	cr_expect_str_eq(e.message, "plugin 'oscal' cannot read this file as a framework");
	free(path);
	xw_registry_free(reg);
}

/* Groups and controls nested beyond our limit, in XML (the XML
 * reader's own limit, 256 levels, is deeper). */
Test(tiny, nesting_limit_xml)
{
	char tmpl[] = "/tmp/xw-oscal-nest-XXXXXX.xml";
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_buf b = XW_BUF_INIT;
	struct xw_doc doc;
	struct xw_error e;
	char want[4200];
	int fd;

	xw_buf_puts(&b, "<catalog xmlns=\"http://csrc.nist.gov/ns/oscal/1.0\">\n"
			"<metadata><title>Deep</title><version>1</version></metadata>\n");
	for (int i = 0; i < 70; i++) {
		char line[64];

		snprintf(line, sizeof(line), "<control id=\"c%d\">\n", i);
		xw_buf_puts(&b, line);
	}
	for (int i = 0; i < 70; i++)
		xw_buf_puts(&b, "</control>\n");
	xw_buf_puts(&b, "</catalog>\n");
	cr_assert(!b.failed);
	fd = mkstemps(tmpl, 4);
	cr_assert(fd >= 0);
	close(fd);
	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(tmpl, b.data, b.len, &e), 0, "%s", e.message);
	/* the catalog is level 1, so the 64th control is one too many */
	snprintf(want, sizeof(want),
		 "%s:66:1: groups and controls nested deeper than 64 levels", tmpl);
	cr_expect_eq(read_doc(reg, tmpl, &doc, &e), XW_ELIMIT);
	cr_expect_str_eq(error_text(&e), want);
	unlink(tmpl);
	xw_buf_reset(&b);
	xw_registry_free(reg);
}
