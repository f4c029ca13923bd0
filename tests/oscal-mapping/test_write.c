/* SPDX-License-Identifier: MIT */
/*
 * What OSCAL cannot hold is refused with a message naming it, never made
 * up or changed, and nothing is written.
 */
#include "helpers.h"

#include <criterion/parameterized.h>

TestSuite(write, .fini = scratch_remove);

#define HEAD(extra) \
	"format: xwalk-mapping/1\nid: m\nsource: {framework: a}\ntarget: {framework: b}\n" \
	"author: Team\nmethod: human\nstatus: draft\n" extra
#define DATED "version: \"1\"\ndate: \"2026-01-01\"\n"
#define MAP_ROW "  - {id: r1, sources: [A.1], targets: [B.1], relationship: equal, rationale: semantic}\n"

struct refusal {
	const char *yaml;
	const char *message;   /* after "cannot write mapping set 'm' as OSCAL: " */
};

static const struct refusal refusals[] = {
	{ HEAD("date: \"2026-01-01\"\nrows:\n" MAP_ROW),
	  "OSCAL needs a document version and the set has no 'version'" },
	{ HEAD("version: \"1\"\nrows:\n" MAP_ROW),
	  "OSCAL needs a last-modified time and the set has no 'date'" },
	{ HEAD("version: \"1\"\ndate: \"1899-12-31\"\nrows:\n" MAP_ROW),
	  "date 1899-12-31 is outside the years 1900 to 2999 that OSCAL's schema takes" },
	{ HEAD(DATED),
	  "OSCAL needs at least one map, a row with both sources and targets, and the set has none" },
	{ HEAD(DATED "rows:\n  - {id: g1, targets: [B.1], relationship: no-relationship}\n"),
	  "OSCAL needs at least one map, a row with both sources and targets, and the set has none" },
	{ HEAD(DATED "rows:\n  - {id: r1, sources: [A.1], targets: [B.1], relationship: related}\n"),
	  "OSCAL needs one matching rationale for the whole set (provenance) and no row gives one" },
	{ HEAD(DATED "title: {en: \"two\\nlines\"}\nrows:\n" MAP_ROW),
	  "title 'two\\nlines' is not an OSCAL title: it holds a line break" },
	{ HEAD(DATED "title: {ja: \"デモ\\u3000\"}\nrows:\n" MAP_ROW),
	  "title 'デモ\xE3\x80\x80' is not an OSCAL string: it starts or ends with a blank" },
	{ "format: xwalk-mapping/1\nid: m\nsource: {framework: a}\ntarget: {framework: b}\n"
	  "author: 'Team '\nmethod: human\nstatus: draft\n" DATED "rows:\n" MAP_ROW,
	  "author 'Team ' is not an OSCAL string: it starts or ends with a blank" },
	{ HEAD(DATED "rows:\n  - {id: r1, sources: [\"A.1\\nA.2\"], targets: [B.1], "
		     "relationship: equal, rationale: semantic}\n"),
	  "row 'r1': item id 'A.1\\nA.2' is not an OSCAL string: it holds a line break" },
	{ HEAD(DATED "rows:\n" MAP_ROW "  - {id: g1, targets: [\"1-*\"], relationship: no-relationship}\n"),
	  "row 'g1': id '1-*' cannot be named in a gap summary: it holds * ? or [" },
	{ HEAD(DATED "rows:\n" MAP_ROW "  - {id: g1, targets: [B.2], relationship: no-relationship, "
		     "justification: \"one\\ntwo\"}\n"),
	  "row 'g1': justification 'one\\ntwo' is not an OSCAL string: it holds a line break" },
	{ HEAD(DATED "rows:\n  - {id: r1, sources: [A.1], targets: [B.1], relationship: equal, "
		     "rationale: semantic, review: {status: reviewed, reviewer: ' Jo'}}\n"),
	  "row 'r1': reviewer ' Jo' is not an OSCAL string: it starts or ends with a blank" },
};

#define N_REFUSALS (sizeof(refusals) / sizeof(refusals[0]))

ParameterizedTestParameters(write, refused)
{
	static size_t index[N_REFUSALS];

	for (size_t i = 0; i < N_REFUSALS; i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, N_REFUSALS);
}

ParameterizedTest(size_t *i, write, refused)
{
	const struct refusal *t = &refusals[*i];
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *in = spit("in.yaml", t->yaml, strlen(t->yaml)), *out = tmp_path("out.json");
	char want[1024];
	struct xw_doc doc;
	struct xw_error e;

	must_read(reg, in, NULL, &doc);
	cr_assert_eq(write_doc(reg, &doc, out, &e), XW_EINVAL, "case %zu is written", *i);
	snprintf(want, sizeof(want), "cannot write mapping set 'm' as OSCAL: %s", t->message);
	cr_assert_str_eq(e.message, want, "case %zu", *i);
	cr_assert_neq(access(out, F_OK), 0, "case %zu: nothing is written", *i);
	xw_doc_clear(&doc);
	free(in);
	free(out);
	xw_registry_free(reg);
}

/* Ids that are not OSCAL tokens go into a gap summary as literal patterns. */
Test(write, gap_ids_as_patterns)
{
	static const char yaml[] = HEAD(DATED "rows:\n" MAP_ROW
		"  - {id: g1, targets: [B.2, 4-1], relationship: no-relationship}\n");
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *in = spit("in.yaml", yaml, strlen(yaml)), *out = tmp_path("out.json"), *json;
	struct xw_doc doc;
	size_t len;

	must_read(reg, in, NULL, &doc);
	must_write(reg, &doc, out);
	json = slurp(out, &len);
	cr_assert(strstr(json, "\"matching\": [\n"
			       "                {\n"
			       "                  \"pattern\": \"B.2\"\n"
			       "                },\n"
			       "                {\n"
			       "                  \"pattern\": \"4-1\"\n"), "%s", json);
	xw_doc_clear(&doc);
	free(json);
	free(in);
	free(out);
	xw_registry_free(reg);
}
