/* SPDX-License-Identifier: MIT */
/*
 * probe(): 80 for a CSV file or workbook whose header row names a
 * control id column and an applicability or status column; 10 for one
 * naming part of that, so that reading it says what is missing; 0 for
 * anything else. And by content, xwalk picks this plugin for an SoA and
 * the others for their own files.
 */
#include "helpers.h"
#include "xwalk/io.h"

static int probe_file(const char *path)
{
	struct xw_registry *reg = soa_registry();
	const struct xw_plugin *p = xw_registry_find(reg, "iso27001-soa");
	struct xw_input in;
	struct xw_error e;
	char *buf;
	size_t len;
	int score;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	in.path = path;
	in.data = (const unsigned char *)buf;
	in.size = len;
	score = p->desc.probe(p->state, &in);
	free(buf);
	xw_registry_free(reg);
	return score;
}

static void probes(const char *rel, int want)
{
	char *path = src_path(rel);

	cr_expect_eq(probe_file(path), want, "%s", rel);
	free(path);
}

Test(probe, scores)
{
	probes("tests/iso27001-soa/data/soa-en.csv", 80);
	probes("tests/iso27001-soa/data/soa-ja.xlsx", 80);
	probes("tests/iso27001-soa/data/soa-row5.csv", 80);
	probes("tests/iso27001-soa/data/soa-bom-crlf.csv", 80);
	probes("tests/iso27001-soa/data/bad-2013.csv", 80);
	probes("contrib/examples/soa-example-parts.csv", 80);
	probes("tests/iso27001-soa/data/bad-missing-column.csv", 10);
	probes("tests/iso27001-soa/data/bad-missing-id.xlsx", 10);
	probes("tests/iso27001-soa/data/bad-shift-jis.csv", 10);
	probes("tests/iso27001-soa/data/bad-quote.csv", 80);
	probes("tests/csv/data/assessment.csv", 0);
	probes("tests/csv/data/framework.csv", 0);
	probes("tests/csv/data/mapping.csv", 0);
	probes("tests/scs-excel/data/synthetic.xlsx", 0);
	probes("contrib/examples/soa-example-parts.yaml", 0);
	probes("frameworks/iso27001-2022.yaml", 0);
}

/*
 * With the csv and scs-excel plugins loaded too, each file goes to its
 * own reader: read by content, it reads as it does read by that plugin.
 */
Test(probe, each_file_to_its_reader)
{
	static const char *const others[] = { CSV_PLUGIN, SCS_PLUGIN, NULL };
	static const struct {
		const char *file, *plugin;
		enum xw_doc_kind kind;
	} files[] = {
		{ "tests/iso27001-soa/data/soa-en.csv", "iso27001-soa", XW_DOC_ASSESSMENT },
		{ "tests/iso27001-soa/data/soa-ja.xlsx", "iso27001-soa", XW_DOC_ASSESSMENT },
		{ "tests/csv/data/assessment.csv", "csv", XW_DOC_ASSESSMENT },
		{ "tests/csv/data/mapping.csv", "csv", XW_DOC_MAPPING },
		{ "tests/csv/data/framework.csv", "csv", XW_DOC_FRAMEWORK },
		{ "tests/scs-excel/data/synthetic.xlsx", "scs-excel", XW_DOC_FRAMEWORK },
	};
	struct xw_registry *reg = soa_registry_with(others);

	for (size_t i = 0; i < sizeof(files) / sizeof(files[0]); i++) {
		char *path = src_path(files[i].file), *a, *b;
		struct xw_doc by_content, by_name;
		struct xw_error e;

		xw_error_clear(&e);
		cr_assert_eq(xw_registry_read(reg, path, NULL, XW_DOC_NONE, &by_content, &e), 0,
			     "%s: %s", files[i].file, e.message);
		cr_assert_eq(by_content.kind, files[i].kind, "%s", files[i].file);
		cr_assert_eq(xw_registry_read(reg, path, files[i].plugin, files[i].kind,
					      &by_name, &e), 0, "%s: %s", files[i].file, e.message);
		a = yaml_of(&by_content);
		b = yaml_of(&by_name);
		cr_assert_str_eq(a, b, "%s is not read by %s", files[i].file, files[i].plugin);
		free(a);
		free(b);
		xw_doc_clear(&by_content);
		xw_doc_clear(&by_name);
		free(path);
	}
	xw_registry_free(reg);
}
