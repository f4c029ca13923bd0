/* SPDX-License-Identifier: MIT */
/*
 * Native YAML -> OSCAL JSON -> native YAML gives the same bytes, for every
 * bundled mapping set the writer takes and for a fixture with every
 * field; writing is deterministic (the same bytes twice, and again after
 * reading back); the fixture's JSON is kept as a golden file.
 */
#include "helpers.h"

TestSuite(roundtrip, .fini = scratch_remove);

/* The one bundled set OSCAL cannot hold: it has no date (nor a rationale). */
#define REFUSED "nist-csf-2.0--iso27001-2022.yaml"

/*
 * Writes @yaml's set as OSCAL, twice, and reads it back; checks that
 * the YAML comes back byte for byte and that writing what came back gives
 * the same JSON. Returns the JSON, malloc'd.
 */
static char *round_trip(struct xw_registry *reg, const char *yaml, const char *what,
			size_t *json_len)
{
	struct xw_doc doc, back;
	char *in = spit("in.yaml", yaml, strlen(yaml));
	char *j1 = tmp_path("one.json"), *j2 = tmp_path("two.json"), *j3 = tmp_path("three.json");
	char *y1, *y2, *b1, *b2, *b3;
	size_t n2, n3;

	must_read(reg, in, NULL, &doc);
	y1 = yaml_of(&doc);
	cr_assert_str_eq(y1, yaml, "%s: the input is not canonical YAML", what);
	must_write(reg, &doc, j1);
	must_write(reg, &doc, j2);
	must_read(reg, j1, PLUGIN, &back);
	cr_assert_eq(back.kind, XW_DOC_MAPPING);
	y2 = yaml_of(&back);
	assert_bytes(y1, strlen(y1), y2, strlen(y2), what);
	must_write(reg, &back, j3);
	b1 = slurp(j1, json_len);
	b2 = slurp(j2, &n2);
	b3 = slurp(j3, &n3);
	assert_bytes(b1, *json_len, b2, n2, what);
	assert_bytes(b1, *json_len, b3, n3, what);
	xw_doc_clear(&doc);
	xw_doc_clear(&back);
	free(in);
	free(j1);
	free(j2);
	free(j3);
	free(y1);
	free(y2);
	free(b2);
	free(b3);
	return b1;
}

/* Every bundled set but the one refused goes round unchanged, whatever the folder holds. */
Test(roundtrip, bundled_mapping_sets)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *dir = src_path("mappings");
	DIR *d = opendir(dir);
	struct dirent *ent;
	size_t sets = 0;

	cr_assert(d != NULL);
	while ((ent = readdir(d))) {
		size_t len = strlen(ent->d_name), n;
		char rel[512], *path, *yaml;

		if (len < 5 || strcmp(ent->d_name + len - 5, ".yaml") != 0 ||
		    strcmp(ent->d_name, REFUSED) == 0)
			continue;
		snprintf(rel, sizeof(rel), "mappings/%s", ent->d_name);
		path = src_path(rel);
		yaml = canonical(reg, path);
		free(round_trip(reg, yaml, ent->d_name, &n));
		free(yaml);
		free(path);
		sets++;
	}
	closedir(d);
	cr_assert_geq(sets, 5);
	free(dir);
	xw_registry_free(reg);
}

/* The rows of iso27001-2022--scs-2026 carry conditions: they come back, in order. */
Test(roundtrip, conditions_come_back)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = src_path("mappings/iso27001-2022--scs-2026.yaml");
	char *json = tmp_path("iso.json");
	struct xw_doc doc, back;
	size_t conditions = 0;

	must_read(reg, path, NULL, &doc);
	must_write(reg, &doc, json);
	must_read(reg, json, PLUGIN, &back);
	cr_assert_eq(back.mapping->n_rows, doc.mapping->n_rows);
	for (size_t i = 0; i < doc.mapping->n_rows; i++) {
		const struct xw_strlist *a = &doc.mapping->rows[i]->conditions;
		const struct xw_strlist *b = &back.mapping->rows[i]->conditions;

		cr_assert_eq(a->n, b->n);
		for (size_t k = 0; k < a->n; k++)
			cr_assert_str_eq(a->v[k], b->v[k]);
		conditions += a->n;
	}
	cr_assert_gt(conditions, 40);
	xw_doc_clear(&doc);
	xw_doc_clear(&back);
	free(path);
	free(json);
	xw_registry_free(reg);
}

Test(roundtrip, refused_bundled_set)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = src_path("mappings/" REFUSED), *json = tmp_path("refused.json");
	struct xw_doc doc;
	struct xw_error e;

	must_read(reg, path, NULL, &doc);
	cr_assert_eq(write_doc(reg, &doc, json, &e), XW_EINVAL);
	cr_assert_str_eq(e.message, "cannot write mapping set 'nist-csf-2.0--iso27001-2022' as "
			 "OSCAL: OSCAL needs one matching rationale for the whole set "
			 "(provenance) and no row gives one");
	cr_assert_neq(access(json, F_OK), 0, "nothing is written");
	xw_doc_clear(&doc);
	free(path);
	free(json);
	xw_registry_free(reg);
}

/* Every field, gap rows on both sides, xwalk's own relationships: the exact JSON. */
Test(roundtrip, features_golden)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *ypath = src_path("tests/oscal-mapping/data/features.yaml");
	char *gpath = src_path("tests/oscal-mapping/data/features.json");
	char *yaml = canonical(reg, ypath), *json, *want;
	size_t len, want_len;

	json = round_trip(reg, yaml, "features.yaml", &len);
	want = slurp(gpath, &want_len);
	assert_bytes(json, len, want, want_len, "features.json");
	free(want);
	free(json);
	free(yaml);
	free(ypath);
	free(gpath);
	xw_registry_free(reg);
}

/* Another tool's document, written by xwalk and read again, keeps its model. */
Test(roundtrip, bsi_document_goes_round)
{
	struct xw_registry *reg = plugin_registry(OSCAL_MAPPING_PLUGIN);
	char *path = real_path("bsi-itgs2023-to-gspp_mapping-collection.json");
	char *json = tmp_path("bsi.json"), *again = tmp_path("again.json");
	struct xw_doc doc, back;
	char *y1, *y2, *b1, *b2;
	size_t n1, n2;

	capture_begin();
	must_read(reg, path, PLUGIN, &doc);
	free(capture_end());
	must_write(reg, &doc, json);
	must_read(reg, json, PLUGIN, &back);
	must_write(reg, &back, again);
	y1 = yaml_of(&doc);
	y2 = yaml_of(&back);
	assert_bytes(y1, strlen(y1), y2, strlen(y2), "BSI set");
	b1 = slurp(json, &n1);
	b2 = slurp(again, &n2);
	assert_bytes(b1, n1, b2, n2, "BSI as OSCAL");
	xw_doc_clear(&doc);
	xw_doc_clear(&back);
	free(y1);
	free(y2);
	free(b1);
	free(b2);
	free(path);
	free(json);
	free(again);
	xw_registry_free(reg);
}
