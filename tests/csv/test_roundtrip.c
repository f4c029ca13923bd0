/* SPDX-License-Identifier: MIT */
/*
 * Round trips through the csv plugin: native YAML -> CSV -> YAML gives
 * the same canonical YAML, and CSV -> model -> CSV the same bytes, for
 * every bundled framework and mapping set, profiles, level advice and
 * review hashes included.
 */
#include "helpers.h"

#include <criterion/parameterized.h>

TestSuite(roundtrip, .fini = scratch_remove);

/*
 * Writes @yaml's document as CSV, reads that back and checks that it
 * gives @yaml again and, written again, the same CSV. Returns the CSV,
 * malloc'd.
 */
static char *round_trip(struct xw_registry *reg, const char *yaml,
			const char *what, size_t *csv_len)
{
	struct xw_doc doc, back;
	char *in = spit("in.yaml", yaml, strlen(yaml));
	char *csv = tmp_path("out.csv"), *again = tmp_path("again.csv");
	char *y1, *y2, *c1, *c2;
	size_t n2;

	must_read(reg, in, &doc);
	y1 = yaml_of(&doc);
	cr_assert_str_eq(y1, yaml, "%s: the input is not canonical YAML", what);
	must_write(reg, &doc, csv);
	must_read(reg, csv, &back);
	y2 = yaml_of(&back);
	assert_bytes(y1, strlen(y1), y2, strlen(y2), what);
	must_write(reg, &back, again);
	c1 = slurp(csv, csv_len);
	c2 = slurp(again, &n2);
	assert_bytes(c1, *csv_len, c2, n2, what);
	xw_doc_clear(&doc);
	xw_doc_clear(&back);
	free(in);
	free(csv);
	free(again);
	free(y1);
	free(y2);
	free(c2);
	return c1;
}

/* The canonical YAML of the file at @path. */
static char *canonical(struct xw_registry *reg, const char *path)
{
	struct xw_doc doc;
	char *y;

	must_read(reg, path, &doc);
	y = yaml_of(&doc);
	xw_doc_clear(&doc);
	return y;
}

static const char *const bundled_names[] = {
	"cyber-essentials-3.3", "iso27001-2022", "jama-japia-2.2",
	"nist-csf-1.1", "nist-csf-2.0", "scs-2026", "security-action",
};
#define N_BUNDLED (sizeof(bundled_names) / sizeof(bundled_names[0]))

Test(roundtrip, bundled_list_is_complete)
{
	char *dir = src_path("frameworks");
	DIR *d = opendir(dir);
	struct dirent *ent;
	size_t n = 0;

	cr_assert(d != NULL);
	while ((ent = readdir(d))) {
		size_t len = strlen(ent->d_name), i = 0;

		if (len < 5 || strcmp(ent->d_name + len - 5, ".yaml") != 0)
			continue;
		while (i < N_BUNDLED && (strlen(bundled_names[i]) != len - 5 ||
					 strncmp(bundled_names[i], ent->d_name, len - 5) != 0))
			i++;
		cr_assert(i < N_BUNDLED, "add frameworks/%s to the list in %s",
			  ent->d_name, __FILE__);
		n++;
	}
	closedir(d);
	cr_assert_eq(n, N_BUNDLED);
	free(dir);
}

/* Indices, not names: a test's process may not share our addresses. */
ParameterizedTestParameters(roundtrip, bundled)
{
	static size_t index[N_BUNDLED];

	for (size_t i = 0; i < N_BUNDLED; i++)
		index[i] = i;
	return cr_make_param_array(size_t, index, N_BUNDLED);
}

/*
 * The whole file goes round byte for byte, profiles and level advice
 * (scs-2026's) included.
 */
ParameterizedTest(size_t *i, roundtrip, bundled)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	const char *name = bundled_names[*i];
	char rel[256], *path, *yaml, *csv;
	size_t len;

	snprintf(rel, sizeof(rel), "frameworks/%s.yaml", name);
	path = src_path(rel);
	yaml = canonical(reg, path);
	csv = round_trip(reg, yaml, name, &len);
	cr_assert(len > 3 && memcmp(csv, "\xEF\xBB\xBF#format,xwalk-framework/1\r\n", 30) == 0);
	cr_assert_eq(strstr(yaml, "\nprofiles:\n") != NULL, strstr(csv, "\r\n#profile,") != NULL,
		     "%s: profiles are written when there are some", name);
	cr_assert_eq(strstr(yaml, "\nadvice:\n") != NULL, strstr(csv, "\r\n#advice.") != NULL,
		     "%s: level advice is written when there is some", name);
	cr_assert_eq(strstr(yaml, "\n  questions:\n") != NULL, strstr(csv, "\r\n#question,") != NULL,
		     "%s: advice questions are written when there are some", name);
	free(csv);
	free(yaml);
	free(path);
	xw_registry_free(reg);
}

/* Every bundled mapping set, whatever the folder holds, goes round unchanged. */
Test(roundtrip, bundled_mapping_sets)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *dir = src_path("mappings");
	DIR *d = opendir(dir);
	struct dirent *ent;

	cr_assert(d != NULL);
	while ((ent = readdir(d))) {
		size_t len = strlen(ent->d_name), n;
		char rel[512], *path, *yaml;

		if (len < 5 || strcmp(ent->d_name + len - 5, ".yaml") != 0)
			continue;
		snprintf(rel, sizeof(rel), "mappings/%s", ent->d_name);
		path = src_path(rel);
		yaml = canonical(reg, path);
		free(round_trip(reg, yaml, ent->d_name, &n));
		free(yaml);
		free(path);
	}
	closedir(d);
	free(dir);
	xw_registry_free(reg);
}

/* The writer's exact output for the fixtures, kept as golden files. */
static void golden(const char *yaml_name, const char *csv_name)
{
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *ypath = data_path(yaml_name), *gpath = data_path(csv_name);
	char *yaml = canonical(reg, ypath), *csv, *want;
	size_t len, want_len;

	csv = round_trip(reg, yaml, yaml_name, &len);
	want = slurp(gpath, &want_len);
	assert_bytes(csv, len, want, want_len, csv_name);
	free(want);
	free(csv);
	free(yaml);
	free(ypath);
	free(gpath);
	xw_registry_free(reg);
}

Test(roundtrip, framework_golden)
{
	golden("framework.yaml", "framework.csv");
}

Test(roundtrip, mapping_golden)
{
	golden("mapping.yaml", "mapping.csv");
}

/* A hash cell splits at the last '=', so an id may hold one. */
Test(roundtrip, review_hash_ids_with_equals)
{
	static const char yaml[] =
		"format: xwalk-mapping/1\n"
		"id: m\n"
		"source:\n"
		"  framework: a\n"
		"target:\n"
		"  framework: b\n"
		"author: me\n"
		"method: human\n"
		"status: draft\n"
		"comprehensive: false\n"
		"rows:\n"
		"  - id: r1\n"
		"    sources: [a=b]\n"
		"    targets: [c]\n"
		"    relationship: no-relationship\n"
		"    review:\n"
		"      status: draft\n"
		"      source-hashes:\n"
		"        a=b: 0123456789abcdef\n"
		"      target-hashes:\n"
		"        c: fedcba9876543210\n";
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	size_t len;
	char *csv = round_trip(reg, yaml, "hash ids", &len);

	cr_assert(strstr(csv, ",a=b=0123456789abcdef,c=fedcba9876543210\r\n") != NULL, "%s", csv);
	free(csv);
	xw_registry_free(reg);
}

/*
 * Items that disagree on the order of their props keys cannot all keep
 * it in one set of columns; the CSV must still be stable.
 */
Test(roundtrip, props_disagreeing_orders_stay_stable)
{
	static const char yaml[] =
		"format: xwalk-framework/1\n"
		"id: demo\n"
		"name: {en: Demo}\n"
		"version: \"1\"\n"
		"id-pattern: '[a-z]'\n"
		"items:\n"
		"  - {id: a, kind: item, props: {x: \"1\", y: \"2\"}}\n"
		"  - {id: b, kind: item, props: {y: \"3\", x: \"4\"}}\n"
		"  - {id: c, kind: item, props: {z: \"5\"}}\n";
	struct xw_registry *reg = plugin_registry(CSV_PLUGIN);
	char *in = spit("in.yaml", yaml, strlen(yaml));
	char *csv = tmp_path("out.csv"), *again = tmp_path("again.csv");
	struct xw_doc doc, back;
	char *c1, *c2;
	size_t n1, n2;

	must_read(reg, in, &doc);
	must_write(reg, &doc, csv);
	must_read(reg, csv, &back);
	must_write(reg, &back, again);
	c1 = slurp(csv, &n1);
	c2 = slurp(again, &n2);
	assert_bytes(c1, n1, c2, n2, "CSV written twice");
	cr_assert(strstr(c1, "id,kind,props.x,props.y,props.z\r\n") != NULL, "%s", c1);
	xw_doc_clear(&doc);
	xw_doc_clear(&back);
	free(c1);
	free(c2);
	free(in);
	free(csv);
	free(again);
	xw_registry_free(reg);
}
