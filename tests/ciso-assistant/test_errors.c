/* SPDX-License-Identifier: MIT */
/*
 * Broken and hostile libraries: each is refused with one message at its
 * line and column (docs/security.md and docs/formats.md list them).
 */
#include "helpers.h"

TestSuite(hostile, .fini = scratch_remove);
TestSuite(errors, .fini = scratch_remove);

#define FW_HEAD "urn: urn:t:risk:library:t\nversion: 1\nobjects:\n  framework:\n" \
	"    urn: urn:t:risk:framework:t\n    name: T\n    requirement_nodes:\n"
#define NODE(urn, rest) "    - urn: " urn "\n" rest

struct expect {
	const char *format;     /* "ciso-assistant" plus options */
	unsigned line, column;  /* 0: not checked */
	const char *message;
};

static void refused(const char *text, enum xw_doc_kind want, struct expect x)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	const char *path = scratch_file("bad.yaml", text);
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_lt(read_as(reg, path, x.format, want, &doc, &e), 0, "read: %s", text);
	cr_assert_str_eq(e.message, x.message);
	if (x.line) {
		cr_assert_eq(e.line, x.line, "line %u of '%s'", e.line, e.message);
		cr_assert_eq(e.column, x.column, "column %u of '%s'", e.column, e.message);
	}
	xw_registry_free(reg);
}

#define CA "ciso-assistant"

Test(hostile, nesting_stops_at_64_levels)
{
	static char deep[100001];

	memset(deep, '[', sizeof(deep) - 1);
	refused(deep, XW_DOC_NONE, (struct expect){ CA, 1, 65, "YAML nesting deeper than 64 levels" });
}

Test(hostile, anchors_aliases_tags_and_documents)
{
	refused("urn: &a urn:t\nobjects: {}\n", XW_DOC_NONE,
		(struct expect){ CA, 1, 6, "YAML anchors are not allowed" });
	refused("urn: urn:t\nobjects: *a\n", XW_DOC_NONE,
		(struct expect){ CA, 2, 10, "YAML aliases are not allowed" });
	refused("urn: !!str urn:t\nobjects: {}\n", XW_DOC_NONE,
		(struct expect){ CA, 1, 6, "YAML tags are not allowed" });
	refused("urn: urn:t\n---\nurn: urn:u\n", XW_DOC_NONE,
		(struct expect){ CA, 2, 1, "more than one YAML document" });
}

Test(hostile, a_key_twice)
{
	refused("urn: urn:t\nurn: urn:u\nobjects: {}\n", XW_DOC_NONE,
		(struct expect){ CA, 2, 1, "'urn' is given twice in the library" });
}

Test(errors, not_yaml)
{
	refused("urn: [urn:t\n", XW_DOC_NONE,
		(struct expect){ CA, 2, 1, "invalid YAML: did not find expected ',' or ']' while "
				 "parsing a flow sequence" });
}

Test(errors, the_node_tree)
{
	refused(FW_HEAD NODE("u:a", "      parent_urn: u:b\n") NODE("u:b", ""), XW_DOC_NONE,
		(struct expect){ CA, 8, 7, "parent_urn 'u:b' names a node listed after this one" });
	refused(FW_HEAD NODE("u:a", "      parent_urn: u:x\n"), XW_DOC_NONE,
		(struct expect){ CA, 8, 7, "parent_urn 'u:x' names no node" });
	refused(FW_HEAD NODE("u:a", "") NODE("u:a", ""), XW_DOC_NONE,
		(struct expect){ CA, 9, 7, "a second node with urn 'u:a'" });
	refused(FW_HEAD NODE("u:a", "      assessable: yes\n"), XW_DOC_NONE,
		(struct expect){ CA, 9, 19, "assessable must be true or false" });
	refused(FW_HEAD "    - ref_id: A\n", XW_DOC_NONE,
		(struct expect){ CA, 8, 7, "the node's urn is missing" });
	refused(FW_HEAD NODE("u:a", "      ref_id: [A]\n"), XW_DOC_NONE,
		(struct expect){ CA, 9, 15, "ref_id must be text, not a list" });
}

Test(errors, the_framework_id)
{
	refused("urn: urn:t\nversion: 1\nobjects:\n  framework:\n    urn: urn:t:risk:framework:ISO_1\n"
		"    name: T\n    requirement_nodes: []\n", XW_DOC_NONE,
		(struct expect){ CA, 5, 10, "framework id 'ISO_1' may hold only a-z, 0-9, '.' and '-'; "
				 "give one with --from ciso-assistant:id=ID" });
	refused("urn: urn:t\nobjects:\n  framework:\n    urn: urn:t:risk:framework:t\n"
		"    name: T\n    requirement_nodes: []\n", XW_DOC_NONE,
		(struct expect){ CA, 1, 1, "the library has no version; give one with "
				 "--from ciso-assistant:version=V" });
}

Test(errors, options)
{
	const char *fw = FW_HEAD NODE("u:a", "");

	refused(fw, XW_DOC_NONE, (struct expect){ CA ":colour=red", 0, 0, "an unknown option 'colour': "
		"the ciso-assistant plugin's options are id=ID and version=V (framework libraries), "
		"framework=FILE, set=KEY and missing-rationale=related (mapping libraries)" });
	refused(fw, XW_DOC_NONE, (struct expect){ CA ":id", 0, 0, "an option without '=' 'id': "
		"the ciso-assistant plugin's options are id=ID and version=V (framework libraries), "
		"framework=FILE, set=KEY and missing-rationale=related (mapping libraries)" });
	refused(fw, XW_DOC_NONE, (struct expect){ CA ":id=a,id=b", 0, 0, "an option given twice 'id': "
		"the ciso-assistant plugin's options are id=ID and version=V (framework libraries), "
		"framework=FILE, set=KEY and missing-rationale=related (mapping libraries)" });
	refused(fw, XW_DOC_FRAMEWORK, (struct expect){ CA ":set=x", 0, 0,
		"the option set= is for mapping libraries; this is a framework library" });
}

/* A framework library in the scratch folder, for the mapping tests. */
static const char *framework_file(void)
{
	return scratch_file("fw.yaml", FW_HEAD NODE("u:a", "      ref_id: A\n")
			    NODE("u:b", "      ref_id: B\n"));
}

#define SET_HEAD "urn: urn:t:risk:library:m\nversion: 1\nprovider: P\nobjects:\n" \
	"  requirement_mapping_sets:\n  - urn: urn:t:risk:req_mapping_set:m\n" \
	"    source_framework_urn: urn:t:risk:framework:t\n" \
	"    target_framework_urn: urn:t:risk:framework:t\n    requirement_mappings:\n"
#define ROW(rel) "    - source_requirement_urn: u:a\n      target_requirement_urn: u:b\n" \
	"      relationship: " rel "\n"

Test(errors, mapping_rows)
{
	const char *with_fw = text_of(CA ":framework=%s", framework_file());

	refused(SET_HEAD ROW("overlaps"), XW_DOC_NONE, (struct expect){ with_fw, 12, 21,
		"relationship 'overlaps' is not equal, subset, superset, intersect or not_related" });
	refused(SET_HEAD "    - source_requirement_urn: u:z\n      target_requirement_urn: u:b\n"
		"      relationship: equal\n      rationale: semantic\n", XW_DOC_NONE,
		(struct expect){ with_fw, 10, 31, text_of("source_requirement_urn 'u:z' is no "
			"requirement node of %s", framework_file()) });
	refused(SET_HEAD ROW("equal") "      rationale: semantic\n", XW_DOC_NONE,
		(struct expect){ text_of("%s,id=x", with_fw), 0, 0,
			"the option id= is for framework libraries; this is a mapping library" });
	refused(SET_HEAD ROW("equal") "      rationale: semantic\n", XW_DOC_NONE,
		(struct expect){ text_of("%s,set=other", with_fw), 6, 3,
			"no requirement mapping set has the urn or ref_id 'other'" });
}

Test(errors, the_framework_library_of_an_option)
{
	const char *broken = scratch_file("broken.yaml", "urn: urn:t\nobjects:\n  framework: [\n");
	const char *missing = scratch_at("missing.yaml");

	refused(SET_HEAD ROW("equal"), XW_DOC_NONE, (struct expect){ text_of(CA ":framework=%s", broken),
		0, 0, text_of("%s:4:1: invalid YAML: did not find expected node content while "
			      "parsing a flow node", broken) });
	refused(SET_HEAD ROW("equal"), XW_DOC_NONE, (struct expect){ text_of(CA ":framework=%s", missing),
		0, 0, text_of("%s: cannot open: No such file or directory", missing) });
}

Test(errors, a_file_that_is_no_library)
{
	refused("format: something\n", XW_DOC_NONE, (struct expect){ CA, 0, 0,
		"plugin 'ciso-assistant' cannot read this file as a framework, mapping set or assessment" });
}

#define NATIVE_HEAD "format: xwalk-framework/1\nid: t\nname: {en: T}\nversion: '1'\n" \
	"id-pattern: '.+'\nitems:\n"

/* What the writer cannot put in a library. */
static void not_written(const char *native, const char *message)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	must_read(reg, scratch_file("native.yaml", native), "native", XW_DOC_NONE, &doc);
	xw_error_clear(&e);
	cr_assert_lt(xw_registry_write(reg, &doc, scratch_at("out.yaml"), "ciso-assistant", &e), 0);
	cr_assert_str_eq(e.message, message);
	cr_assert_eq(access(scratch_at("out.yaml"), F_OK), -1, "a failed write left a file");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(errors, ids_a_urn_cannot_hold)
{
	not_written(NATIVE_HEAD "  - {id: 'A 1', kind: item}\n",
		    "item 'A 1' cannot be part of a URN (ASCII letters, digits, '.', '-' and '_' only)");
	not_written(NATIVE_HEAD "  - {id: A.1, kind: item}\n  - {id: a.1, kind: item}\n",
		    "item 'a.1' differs from another only in case; CISO Assistant's URNs are lower case");
}

/* 1,001 sources and 1,000 targets together make 1,001,000 pairs: more than a library is written with. */
Test(hostile, a_row_of_too_many_pairs)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	static char text[40000];
	size_t n = (size_t)snprintf(text, sizeof(text), "format: xwalk-mapping/1\nid: m\n"
				    "source: {framework: a, version: '1'}\ntarget: {framework: b, version: '1'}\n"
				    "author: x\nmethod: human\nstatus: draft\nrows:\n  - id: r1\n"
				    "    relationship: no-relationship\n    sources: [");
	struct xw_doc doc;
	struct xw_error e;

	for (int i = 0; i < 1001; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%ss%d", i ? ", " : "", i);
	n += (size_t)snprintf(text + n, sizeof(text) - n, "]\n    targets: [");
	for (int i = 0; i < 1000; i++)
		n += (size_t)snprintf(text + n, sizeof(text) - n, "%st%d", i ? ", " : "", i);
	snprintf(text + n, sizeof(text) - n, "]\n");
	must_read(reg, scratch_file("many.yaml", text), "native", XW_DOC_NONE, &doc);
	xw_error_clear(&e);
	cr_assert_lt(xw_registry_write(reg, &doc, scratch_at("out.yaml"), "ciso-assistant", &e), 0);
	cr_assert_str_eq(e.message, "the set's rows make more than 1000000 pairs of items, the most "
			 "a library is written with");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(errors, a_framework_without_an_english_name)
{
	refused("urn: urn:t\nlocale: fr\nversion: 1\nobjects:\n  framework:\n"
		"    urn: urn:t:risk:framework:t\n    name: Cadre\n    requirement_nodes: []\n",
		XW_DOC_NONE, (struct expect){ CA, 6, 5, "the framework has no English name (the "
			"library's locale is 'fr', and no 'en' translation gives one); xwalk needs one" });
}
