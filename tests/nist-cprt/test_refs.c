/* SPDX-License-Identifier: MIT */
/*
 * The plugin's reference readers, compiled in: NIST's ISO/IEC 27001:2022
 * cells read as import-csf-iso.py read them, the ids the reader knows
 * exactly those of frameworks/iso27001-2022.yaml, and SP 800-53 ids.
 */
#include "cprt_iso.h"
#include "cprt_sp80053.h"
#include "helpers.h"

TestSuite(refs, .timeout = 30);

/* What a read emitted: "id id? ..." (a '?' marks an id the target does not have). */
struct got {
	char text[256];
	size_t n;
};

static int collect(void *ctx, const char *id, bool known)
{
	struct got *g = ctx;

	g->n += (size_t)snprintf(g->text + g->n, sizeof(g->text) - g->n, "%s%s%s",
				 g->n ? " " : "", id, known ? "" : "?");
	return 0;
}

struct read_case {
	const char *ref;
	int rc;
	const char *ids;
};

static void check_reads(int (*read)(const char *, cprt_emit_fn, void *),
			const struct read_case *c, size_t n)
{
	for (size_t i = 0; i < n; i++) {
		struct got g = { "", 0 };
		int rc = read(c[i].ref, collect, &g);

		cr_expect_eq(rc, c[i].rc, "'%s': %d", c[i].ref, rc);
		cr_expect_str_eq(g.text, c[i].ids, "'%s'", c[i].ref);
	}
}

Test(refs, iso_cells)
{
	static const struct read_case cases[] = {
		{ "Mandatory Clause: 6.1", 0, "6.1" },
		{ "Annex A Controls: 5.7", 0, "A.5.7" },
		{ "Mandatory Clause: 4.2(a)", 0, "4.2" },
		{ "Mandatory Clause: 4.2 (b)", 0, "4.2" },
		{ "Mandatory Clause:  6.1,", 0, "6.1" },
		{ "Mandatory Clause: 7.1, 7.2", 0, "7.1 7.2" },
		{ "Mandatory Clause: 9.3.3", 0, "9.3.3" },
		{ "Annex A Controls: 8", 0, "A.8" },
		{ "Mandatory Clause: None", 0, "" },
		{ "Annex A Controls: None", 0, "" },
		{ "Annex A Controls:", 0, "" },
		{ "Annex A Controls: All applicable controls", 0, "" },
		/* numbers ISO/IEC 27001:2022 does not have */
		{ "Mandatory Clause: 6.11", 0, "6.11?" },
		{ "Mandatory Clause: 6.13, 6.1", 0, "6.13? 6.1" },
		{ "Annex A Controls: 5.38", 0, "A.5.38?" },
		{ "Annex A Controls: 05.1", 0, "A.05.1?" },
		{ "Mandatory Clause: 11", 0, "11?" },
		/* what the reader cannot make sense of */
		{ "Clause: 6.1", CPRT_REF_UNREADABLE, "" },
		{ "6.1", CPRT_REF_UNREADABLE, "" },
		{ "Mandatory Clause: 6.1.", CPRT_REF_UNREADABLE, "" },
		{ "Mandatory Clause: 4.2(aa)", CPRT_REF_UNREADABLE, "" },
		{ "Mandatory Clause: A.5.1", CPRT_REF_UNREADABLE, "" },
		{ "Mandatory Clause: 6.1, six", CPRT_REF_UNREADABLE, "6.1" },
		{ "Mandatory Clause: 12345678901234567", CPRT_REF_UNREADABLE, "" },
	};

	check_reads(cprt_iso_read, cases, sizeof(cases) / sizeof(cases[0]));
}

Test(refs, sp80053_cells)
{
	static const struct read_case cases[] = {
		{ "PM-11", 0, "pm-11" },
		{ "AC-01", 0, "ac-1" },
		{ "CP-02(08)", 0, "cp-2.8" },
		{ "PT", 0, "pt" },
		{ "XX-01", 0, "xx-1?" },
		{ "AC-2a", CPRT_REF_UNREADABLE, "" },
		{ "AC-2(1)(a)", CPRT_REF_UNREADABLE, "" },
		{ "", CPRT_REF_UNREADABLE, "" },
	};

	check_reads(cprt_sp80053_read, cases, sizeof(cases) / sizeof(cases[0]));
}

/* Does the bundled ISO catalog have the id? */
static bool in_catalog(const struct xw_framework *fw, const char *id)
{
	return xw_framework_find(fw, id) != XW_NONE;
}

/* Counts the known ids among @id and checks each against the catalog. */
static size_t check_known(const struct xw_framework *fw, const char *id)
{
	cr_expect_eq(cprt_iso_known(id), in_catalog(fw, id), "%s", id);
	return cprt_iso_known(id);
}

/*
 * Every clause, theme and control of the bundled catalog is known, and
 * of all the numbers that look like one, only those.
 */
Test(refs, iso_ids_are_the_bundled_catalogs)
{
	struct xw_registry *reg = cprt_registry();
	struct xw_doc doc = bundled(reg, "frameworks/iso27001-2022.yaml", XW_DOC_FRAMEWORK);
	const struct xw_framework *fw = doc.framework;
	size_t known = 0;
	char id[32];

	for (size_t i = 0; i < fw->n_items; i++)
		cr_expect(cprt_iso_known(fw->items[i]->id), "%s", fw->items[i]->id);
	/* clauses: N, N.N, N.N.N */
	for (int a = 0; a <= 12; a++)
		for (int b = -1; b <= 12; b++)
			for (int c = -1; c <= (b < 0 ? -1 : 12); c++) {
				int n = snprintf(id, sizeof(id), "%d", a);

				if (b >= 0)
					n += snprintf(id + n, sizeof(id) - (size_t)n, ".%d", b);
				if (c >= 0)
					snprintf(id + n, sizeof(id) - (size_t)n, ".%d", c);
				known += check_known(fw, id);
			}
	/* Annex A: A.N (themes), A.N.N (controls) */
	for (int t = 0; t <= 12; t++)
		for (int k = -1; k <= 60; k++) {
			if (k < 0)
				snprintf(id, sizeof(id), "A.%d", t);
			else
				snprintf(id, sizeof(id), "A.%d.%d", t, k);
			known += check_known(fw, id);
		}
	/* 41 clauses, 4 themes, 93 controls */
	cr_expect_eq(known, fw->n_items);
	cr_expect_eq(fw->n_items, 41 + 4 + 93);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}
