/* SPDX-License-Identifier: MIT */
/*
 * OSCAL profiles of our small catalog (data/tiny.xml, tiny.json) read
 * as its profiles: each way of selecting, extends, the warnings for
 * what is left out, and the files refused. These need no shared data.
 */
#include "helpers.h"
#include "xwalk/io.h"

TestSuite(profiles, .timeout = 30);

/* tiny.xml (or @catalog) read as the framework. */
static struct xw_framework *catalog(struct xw_registry *reg, const char *name,
				    struct xw_doc *doc)
{
	char *path = fixture(name);
	struct xw_framework *fw = must_read(reg, path, doc);

	free(path);
	return fw;
}

static void add(struct xw_registry *reg, struct xw_framework *fw, const char *name)
{
	char *path = fixture(name);

	must_read_profiles(reg, path, fw);
	free(path);
}

/* The ids of the items of @fw in profile @id (with what it extends, and
 * parents of its items), space-separated. */
static const char *members(const struct xw_framework *fw, const char *id)
{
	static char buf[512];
	size_t p = xw_framework_profile(fw, id), n = 0;

	cr_assert_neq(p, XW_NONE, "no profile '%s'", id);
	buf[0] = '\0';
	for (size_t i = 0; i < fw->n_items; i++)
		if (xw_item_in_profile(fw->items[i], p))
			n += (size_t)snprintf(buf + n, sizeof(buf) - n, "%s%s", n ? " " : "",
					      fw->items[i]->id);
	return buf;
}

/* ex-1 and its enhancements but the excluded ex-1.1 (ex-1.2 is
 * withdrawn), FN.X-01 by pattern; the family and the function come in
 * as parents. The same from XML and from JSON. */
static void expect_baseline(const char *cat, const char *prof)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, cat, &doc);
	const struct xw_profile *p;

	cr_redirect_stderr();
	add(reg, fw, prof);
	cr_assert_eq(fw->n_profiles, 1);
	p = profile(fw, "example-baseline");
	cr_expect_str_eq(en(&p->title), "Example baseline");
	cr_expect_null(p->extends_id);
	cr_expect_eq(p->assurance, XW_ASSURANCE_UNSET);
	cr_expect(p->defined);
	cr_expect_eq(direct_members(fw, "example-baseline"), 2);
	cr_expect_eq(item(fw, "ex-1")->profile_ids.n, 1);
	cr_expect_eq(item(fw, "FN.X-01")->profile_ids.n, 1);
	cr_expect_str_eq(members(fw, "example-baseline"), "ex ex-1 FN FN.X-01");
	cr_expect_eq(fw->n_items, 7, "no item added");
	/* the import's resource names tiny: no warning */
	fflush(stderr);
	cr_expect_stderr_eq_str("");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(profiles, selects_xml)
{
	expect_baseline("tiny.xml", "profile.xml");
}

Test(profiles, selects_json)
{
	expect_baseline("tiny.json", "profile.json");
}

Test(profiles, syntax_of_catalog_and_profile_independent)
{
	expect_baseline("tiny.xml", "profile.json");
}

/* include-all less ex-1's subtree, then ex-1 again by a second import:
 * it holds all of example-baseline, so it extends it. */
Test(profiles, include_all_and_extends)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.xml", &doc);

	add(reg, fw, "profile.xml");
	add(reg, fw, "profile-all.xml");
	cr_assert_eq(fw->n_profiles, 2);
	cr_expect_str_eq(profile(fw, "example-everything")->extends_id, "example-baseline");
	cr_expect_str_eq(en(&profile(fw, "example-everything")->title), "Example: everything");
	/* groups are items too: include-all lists them */
	cr_expect_eq(direct_members(fw, "example-everything"), 5);
	cr_expect_eq(item(fw, "ex-1.1")->profile_ids.n, 0);
	cr_expect_str_eq(members(fw, "example-everything"), "ex ex-1 ex-2 FN FN.X-01");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* Only earlier profiles count, and only when held whole. */
Test(profiles, extends_only_what_came_before)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.xml", &doc);

	cr_redirect_stderr();
	add(reg, fw, "profile-all.xml");
	add(reg, fw, "profile.xml");
	add(reg, fw, "profile-unknown.xml");
	cr_expect_null(profile(fw, "example-everything")->extends_id);
	cr_expect_null(profile(fw, "example-baseline")->extends_id);
	/* {ex-2} holds neither */
	cr_expect_null(profile(fw, "example-with-problems")->extends_id);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* An unknown and a withdrawn id are warned about once each and left
 * out; so is another catalog named by the import, and a pattern that
 * matches nothing. */
Test(profiles, left_out_with_warnings, .init = cr_redirect_stderr)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = fixture("profile-unknown.xml");
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.json", &doc);
	char want[4096];

	fflush(stderr);
	must_read_profiles(reg, path, fw);
	cr_expect_eq(direct_members(fw, "example-with-problems"), 1);
	cr_expect_eq(item(fw, "ex-2")->profile_ids.n, 1);
	fflush(stderr);
	snprintf(want, sizeof(want),
		 /* the catalog's own warning, as in tiny.json */
		 "xwalk: %s/tests/oscal/data/tiny.json:92:19: warning: 'ex-1.2' links to "
		 "'#nowhere', which is not in this catalog; it is left out of replaced-by\n"
		 "xwalk: %s:11:1: warning: the import's catalog is 'Another Catalog', not "
		 "example-tiny-catalog-rev-2; its controls are looked up in "
		 "example-tiny-catalog-rev-2 all the same\n"
		 "xwalk: %s:13:1: warning: 'ex-9' is not in example-tiny-catalog-rev-2; "
		 "left out of profile 'example-with-problems'\n"
		 "xwalk: %s:14:1: warning: 'ex-1.2' is withdrawn in example-tiny-catalog-rev-2; "
		 "left out of profile 'example-with-problems'\n"
		 "xwalk: %s:17:1: warning: the pattern 'zz*' matches no active item of "
		 "example-tiny-catalog-rev-2\n",
		 getenv("XW_SOURCE_ROOT"), path, path, path, path);
	cr_expect_stderr_eq_str(want);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

/* --- refused -------------------------------------------------------------- */

/* Reading @path as profiles of tiny fails with @code and "PATH@where". */
static void expect_path_refused(const char *path, int code, const char *where)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.xml", &doc);
	struct xw_error e;
	char want[1024];

	snprintf(want, sizeof(want), "%s%s", path, where);
	cr_expect_eq(read_profiles(reg, path, fw, &e), code, "%s", path);
	cr_expect_str_eq(error_text(&e), want);
	cr_expect_eq(fw->n_profiles, 0);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

static void expect_refused(const char *name, int code, const char *where)
{
	char *path = fixture(name);

	expect_path_refused(path, code, where);
	free(path);
}

/* The same for a profile written out from @json. */
static void expect_json_refused(const char *json, int code, const char *where)
{
	char path[] = "/tmp/xw-oscal-profile-XXXXXX.json";
	struct xw_error e;
	int fd = mkstemps(path, 5);

	cr_assert(fd >= 0);
	close(fd);
	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(path, json, strlen(json), &e), 0, "%s", e.message);
	expect_path_refused(path, code, where);
	unlink(path);
}

Test(profiles, doctype_refused, .init = cr_redirect_stderr)
{
	expect_refused("profile-doctype.xml", XW_EINVAL,
		       ":2:1: DOCTYPE not allowed: OSCAL needs none, and xwalk never "
		       "reads DTDs or expands entities");
}

Test(profiles, no_import_refused, .init = cr_redirect_stderr)
{
	expect_refused("profile-noimport.json", XW_EINVAL,
		       ":1:14: the OSCAL profile imports no catalog");
}

Test(profiles, catalog_is_not_a_profile, .init = cr_redirect_stderr)
{
	expect_refused("tiny.json", XW_EUNSUPPORTED,
		       ": an OSCAL catalog, not a profile: read it as the framework");
}

Test(profiles, malformed_refused, .init = cr_redirect_stderr)
{
	expect_refused("truncated.xml", XW_ESYNTAX,
		       ":18:3: malformed XML: Premature end of data in tag param line 15");
}

Test(profiles, same_profile_twice, .init = cr_redirect_stderr)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = fixture("profile.xml");
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.xml", &doc);
	struct xw_error e;
	char want[1024];

	must_read_profiles(reg, path, fw);
	snprintf(want, sizeof(want), "%s:5:1: example-tiny-catalog-rev-2 already has a "
		 "profile 'example-baseline' (the same profile given twice?)", path);
	cr_expect_eq(read_profiles(reg, path, fw, &e), XW_EINVAL);
	cr_expect_str_eq(error_text(&e), want);
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}

Test(profiles, no_title_refused, .init = cr_redirect_stderr)
{
	expect_json_refused("{\"profile\": {\"metadata\": {\"version\": \"1\"},\n"
			    " \"imports\": [{\"href\": \"tiny.json\", \"include-all\": {}}]}}",
			    XW_EINVAL, ":1:26: the OSCAL profile has no metadata title, "
			    "which xwalk needs to name the profile");
}

Test(profiles, with_id_not_text_refused, .init = cr_redirect_stderr)
{
	expect_json_refused("{\"profile\": {\"metadata\": {\"title\": \"T\"},\n"
			    " \"imports\": [{\"include-controls\": [{\"with-ids\": [{\"a\": \"b\"}]}]}]}}",
			    XW_EINVAL, ":2:50: a with-id that is not a control id");
}

Test(profiles, long_pattern_refused, .init = cr_redirect_stderr)
{
	char json[1024];
	char stars[258];

	memset(stars, '*', 257);
	stars[257] = '\0';
	snprintf(json, sizeof(json), "{\"profile\": {\"metadata\": {\"title\": \"T\"},\n"
		 " \"imports\": [{\"include-controls\": [{\"matching\": [{\"pattern\": \"%s\"}]}]}]}}",
		 stars);
	expect_json_refused(json, XW_ELIMIT,
			    ":2:50: a matching pattern longer than 256 characters");
}

Test(profiles, profile_not_an_object_refused, .init = cr_redirect_stderr)
{
	expect_json_refused("{\"profile\": []}", XW_EINVAL, ":1:13: 'profile' is not an object");
}

/* Not OSCAL at all: no plugin reads it as profiles. */
Test(profiles, other_files_refused, .init = cr_redirect_stderr)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = fixture("other.xml");
	struct xw_doc doc;
	struct xw_framework *fw = catalog(reg, "tiny.xml", &doc);
	struct xw_error e;

	cr_expect_eq(read_profiles(reg, path, fw, &e), XW_EUNSUPPORTED);
	cr_expect_str_eq(e.message, "no plugin reads this file as profiles");
	xw_doc_clear(&doc);
	free(path);
	xw_registry_free(reg);
}
