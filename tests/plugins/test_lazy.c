/* SPDX-License-Identifier: MIT */
/*
 * The bundled plugins and their manifests, as xwalk finds them in its
 * build tree: known from their manifests, loaded only when needed, and
 * never asked to probe a kind of content their descriptor leaves out.
 *
 * The last test runs every plugin's probe() over the sample files of the
 * source tree (each plugin's test data, the fuzz seeds and regressions,
 * the hostile cases) and checks that no plugin says yes to a file whose
 * kind its descriptor does not list: were it to, leaving it unloaded
 * would change which reader a file gets. XW_PROBE_SAMPLES adds more
 * folders (colon-separated), such as grown fuzz corpora.
 */
#include <criterion/criterion.h>
#include <dirent.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>

#include "xwalk/content.h"
#include "xwalk/registry.h"
#include "xw_test.h"

#define N_BUNDLED 12
/* a sample larger than this is not read (the hostile 1 GB sparse file) */
#define SAMPLE_MAX ((off_t)4 << 20)

static struct xw_registry *bundled(void)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	xw_registry_load_default(reg, NULL, 0);
	return reg;
}

Test(bundled, known_not_loaded)
{
	struct xw_registry *reg = bundled();

	cr_assert_eq(reg->n_problems, 0, "%s", reg->n_problems ? reg->problems[0].message : "");
	cr_assert_eq(reg->n_known, N_BUNDLED);
	cr_assert_eq(reg->n_plugins, 0);
	xw_registry_free(reg);
}

Test(bundled, every_manifest_says_what_its_module_does)
{
	struct xw_registry *reg = bundled();

	xw_registry_load_all(reg);
	cr_assert_eq(reg->n_problems, 0, "%s", reg->n_problems ? reg->problems[0].message : "");
	cr_assert_eq(reg->n_plugins, N_BUNDLED);
	/* in search path order, whatever the order they were loaded in */
	for (size_t i = 1; i < reg->n_plugins; i++)
		cr_assert_lt(reg->plugins[i - 1].rank, reg->plugins[i].rank);
	xw_registry_free(reg);
}

/* Reads @rel (under the source tree) by probe; returns the plugins loaded. */
static size_t loaded_reading(const char *rel, struct xw_registry **out)
{
	struct xw_registry *reg = bundled();
	char *path = src_path(rel);
	struct xw_doc doc;
	struct xw_error e;

	cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &doc, &e), 0, "%s: %s",
		     path, e.message);
	xw_doc_clear(&doc);
	free(path);
	*out = reg;
	return reg->n_plugins;
}

Test(bundled, an_xml_catalog_loads_the_oscal_plugin_alone)
{
	struct xw_registry *reg;

	cr_assert_eq(loaded_reading("tests/oscal/data/tiny.xml", &reg), 1);
	cr_assert_str_eq(reg->plugins[0].desc.name, "oscal");
	xw_registry_free(reg);
}

Test(bundled, a_workbook_loads_only_workbook_readers)
{
	struct xw_registry *reg;

	loaded_reading("tests/scs-excel/data/synthetic.xlsx", &reg);
	for (size_t i = 0; i < reg->n_plugins; i++)
		cr_assert(reg->plugins[i].contents & XW_CONTENT_ZIP, "%s",
			  reg->plugins[i].desc.name);
	cr_assert_not_null(xw_registry_find(reg, "scs-excel"));
	xw_registry_free(reg);
}

struct tally {
	const struct xw_registry *reg;
	size_t files;
};

/* Probes the file at @path with every plugin whose contents leave its kind out. */
static void check_file(struct tally *t, const char *path)
{
	struct xw_input in = { path, NULL, 0, "" };
	unsigned kind;
	char *data;
	size_t len;

	data = slurp(path, &len);
	in.data = (const unsigned char *)data;
	in.size = len;
	kind = xw_content_of(in.data, len);
	for (size_t i = 0; i < t->reg->n_plugins; i++) {
		const struct xw_plugin *p = &t->reg->plugins[i];

		if (p->desc.probe && !(p->contents & kind))
			cr_assert_eq(p->desc.probe(p->state, &in), 0,
				     "%s says yes to %s, a %s file, which it does not list",
				     p->desc.name, path, xw_content_name(kind));
	}
	free(data);
	t->files++;
}

static void check_tree(struct tally *t, const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, NULL, alphasort);

	for (int i = 0; i < n; i++) {
		char path[4096];
		struct stat st;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		if (names[i]->d_name[0] != '.' && lstat(path, &st) == 0) {
			if (S_ISDIR(st.st_mode))
				check_tree(t, path);
			else if (S_ISREG(st.st_mode) && st.st_size <= SAMPLE_MAX &&
				 !strstr(path, ".expected"))
				check_file(t, path);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

Test(bundled, no_probe_says_yes_to_content_it_does_not_list)
{
	static const char *const trees[] = {
		"tests/fuzz", "tests/hostile/cases", "tests/csv/data", "tests/oscal/data",
		"tests/oscal-mapping/data", "tests/iso27001-soa/data", "tests/scs-excel/data",
		"tests/jama-checksheet", "tests/olir", "tests/nist-cprt", "tests/versions",
		"tests/ciso-assistant", "contrib/examples",
	};
	struct xw_registry *reg = bundled();
	struct tally t = { reg, 0 };
	const char *extra = getenv("XW_PROBE_SAMPLES");

	xw_registry_load_all(reg);
	for (size_t i = 0; i < sizeof(trees) / sizeof(trees[0]); i++) {
		char *dir = src_path(trees[i]);

		check_tree(&t, dir);
		free(dir);
	}
	if (extra && *extra) {
		char *copy = strdup(extra), *save = NULL;

		cr_assert_not_null(copy);
		for (char *d = strtok_r(copy, ":", &save); d; d = strtok_r(NULL, ":", &save))
			check_tree(&t, d);
		free(copy);
	}
	cr_assert_gt(t.files, 200, "only %zu sample files", t.files);
	xw_registry_free(reg);
}
