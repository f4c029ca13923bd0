/* SPDX-License-Identifier: MIT */
/*
 * NIST's real OLIR workbook, the concept crosswalk CSF 2.0 -> SP 800-53
 * 5.2.0: read with the options it needs, row for row the pairs of the
 * CSV derived from it in shared/data (746 rows, 108 CSF ids, 214 SP
 * 800-53 ids, counted with python3 over that CSV), its zero-padded ids
 * made OSCAL ids by the test's own reckoning; without options it is
 * refused with one line saying what to give.
 */
#include <ctype.h>

#include "helpers.h"

/* "PM-09" -> "pm-9", "CP-02(08)" -> "cp-2.8", "PT" -> "pt": the test's own reckoning. */
static void oscal_form(const char *nist, char *out, size_t size)
{
	size_t n = 0;

	for (const char *p = nist; *p && n + 4 < size; p++) {
		if (isdigit((unsigned char)*p)) {
			long v = strtol(p, (char **)&p, 10);

			n += (size_t)snprintf(out + n, size - n, "%ld", v);
			p--;
		} else if (*p == '(') {
			out[n++] = '.';
		} else if (*p != ')') {
			out[n++] = (char)tolower((unsigned char)*p);
		}
	}
	out[n] = '\0';
}

/* Whether @s is among the first @n of @v. */
static bool seen(char (*v)[32], size_t n, const char *s)
{
	for (size_t i = 0; i < n; i++)
		if (strcmp(v[i], s) == 0)
			return true;
	return false;
}

Test(real, rows_are_the_derived_csv_pairs)
{
	char *path = shared(NIST_WORKBOOK), *csv_path = shared(NIST_CSV), *csv, *line, *save;
	static char csf[1024][32], sp[1024][32];
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	size_t len, n = 0, n_csf = 0, n_sp = 0;
	struct xw_doc doc;
	struct xw_mapping *m = must_read(reg, path, NIST_FORMAT, &doc);

	csv = slurp(csv_path, &len);
	line = strtok_r(csv, "\r\n", &save);            /* the header */
	cr_assert_str_eq(line, "csf_id,sp800_53_id");
	while ((line = strtok_r(NULL, "\r\n", &save))) {
		char *comma = strchr(line, ',');
		char want[32];
		const struct xw_row *r;

		cr_assert(comma && n < m->n_rows, "row %zu: '%s'", n + 1, line);
		*comma = '\0';
		oscal_form(comma + 1, want, sizeof(want));
		r = m->rows[n++];
		cr_assert_eq(r->sources.n, 1);
		cr_assert_eq(r->targets.n, 1);
		cr_expect_str_eq(r->sources.v[0], line, "row %zu", n);
		cr_expect_str_eq(r->targets.v[0], want, "row %zu (%s)", n, comma + 1);
		cr_expect_eq(r->relationship, XW_REL_RELATED, "row %zu", n);
		cr_expect_eq(r->strength, XW_STRENGTH_NONE, "row %zu", n);
		if (!seen(csf, n_csf, line))
			snprintf(csf[n_csf++], 32, "%s", line);
		if (!seen(sp, n_sp, want))
			snprintf(sp[n_sp++], 32, "%s", want);
	}
	cr_assert_eq(n, 746);
	cr_assert_eq(m->n_rows, 746);
	cr_assert_eq(n_csf, 108);
	cr_assert_eq(n_sp, 214);
	cr_assert_str_eq(m->id, "nist-csf-2.0--nist-sp800-53-r5");
	cr_assert_str_eq(m->source_version, "2.0");
	cr_assert_str_eq(m->target_version, "5.2.0");
	cr_assert_str_eq(m->author, "not named in the OLIR file");
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(csv);
	free(csv_path);
	free(path);
}

Test(real, without_options_it_says_what_to_give)
{
	char *path = shared(NIST_WORKBOOK);
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;
	struct xw_error e;

	/* read by content: the probe knows the workbook */
	cr_assert_eq(read_set(reg, path, NULL, &doc, &e), XW_EUSAGE);
	cr_assert_str_eq(e.message, "the OLIR file does not say which framework its focal "
			 "document is: name it with --from olir:source=ID (and "
			 "source-version=VERSION)");
	cr_assert_eq(read_set(reg, path, "olir:source=nist-csf-2.0", &doc, &e), XW_EUSAGE);
	cr_assert_str_eq(e.message, "the OLIR file does not say which framework its reference "
			 "document is: name it with --from olir:target=ID (and "
			 "target-version=VERSION)");
	xw_registry_free(reg);
	free(path);
}

/* The version left out, the target has none: a set may leave it out. */
Test(real, a_version_not_given_is_left_out)
{
	char *path = shared(NIST_WORKBOOK);
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;
	struct xw_mapping *m = must_read(reg, path, "olir:source=nist-csf-2.0,"
					 "target=nist-sp800-53-r5", &doc);

	cr_assert_str_eq(m->source_version, "2.0");   /* the one CSF 2.0 has */
	cr_assert_null(m->target_version);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/* NIST lists every CSF element, mapped or not: those rows are left out, once said. */
Test(real, warns_of_the_rows_left_out_and_the_author, .fini = scratch_remove)
{
	char *path = shared(NIST_WORKBOOK), *said, want[2048];
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);
	struct xw_doc doc;

	capture_begin();
	must_read(reg, path, NIST_FORMAT, &doc);
	said = capture_end();
	snprintf(want, sizeof(want),
		 "xwalk: %s: warning: Relationships!A2: 26 rows name a focal document "
		 "element and nothing else (the first is this one): they map nothing and are "
		 "left out\n"
		 "xwalk: %s: warning: the OLIR file names no author: the set's author is "
		 "'not named in the OLIR file'\n", path, path);
	cr_assert_str_eq(said, want);
	free(said);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
	free(path);
}

/* NIST's other workbooks in shared/data are no OLIR tables. */
Test(real, other_nist_workbooks_are_not_olir)
{
	static const char *const others[] = {
		"mappings/NIST_CSF_2.0_reference_tool_export.xlsx",
		"mappings/sp800-53r4-to-r5-comparison-workbook.xlsx",
		"mappings/csf2_informative_references.csv",
	};
	struct xw_registry *reg = plugin_registry(OLIR_PLUGIN);

	for (size_t i = 0; i < sizeof(others) / sizeof(others[0]); i++) {
		char *path = shared(others[i]);
		struct xw_doc doc;
		struct xw_error e;

		cr_expect_eq(read_set(reg, path, "olir", &doc, &e), XW_EUNSUPPORTED,
			     "%s: %s", others[i], e.message);
		free(path);
	}
	xw_registry_free(reg);
}
