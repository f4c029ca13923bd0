/* SPDX-License-Identifier: MIT */
/* The SP 800-53 id normaliser (plugins/oscal/sp80053_id.c). */
#include <criterion/criterion.h>
#include <string.h>

#include "sp80053_id.h"

static void expect_id(const char *ref, const char *want)
{
	char out[32];
	int n = sp80053_id(ref, out, sizeof(out));

	cr_expect_eq(n, (int)strlen(want), "'%s' gives %d", ref, n);
	if (n >= 0)
		cr_expect_str_eq(out, want, "'%s'", ref);
}

static void expect_not_id(const char *ref)
{
	char out[32];

	cr_expect_eq(sp80053_id(ref, out, sizeof(out)), -1, "'%s' is taken as an id", ref);
}

Test(ids, the_spellings_of_one_enhancement)
{
	expect_id("AC-2(1)", "ac-2.1");      /* the publication */
	expect_id("AC-02(01)", "ac-2.1");    /* CSF 2.0 crosswalks, 800-53A */
	expect_id("ac-2.1", "ac-2.1");       /* OSCAL */
	expect_id("ac-02.01", "ac-2.1");     /* OSCAL sort-id */
	expect_id("AC-2 (1)", "ac-2.1");
	expect_id(" AC - 2 ( 1 ) ", "ac-2.1");
	expect_id("\tac-2.1\t", "ac-2.1");
	expect_id("Ac-2(1)", "ac-2.1");
}

Test(ids, controls_and_families)
{
	expect_id("PM-09", "pm-9");
	expect_id("PM-9", "pm-9");
	expect_id("sc-7.29", "sc-7.29");
	expect_id("SC-07(29)", "sc-7.29");
	expect_id("SI-4(25)", "si-4.25");
	expect_id("AC", "ac");
	expect_id(" sr ", "sr");
	expect_id("AC-10", "ac-10");         /* a zero that is not padding */
	expect_id("AC-0", "ac-0");
}

Test(ids, not_control_ids)
{
	expect_not_id("");
	expect_not_id("   ");
	expect_not_id("A");
	expect_not_id("ACC-1");
	expect_not_id("AC-");
	expect_not_id("AC-2(");
	expect_not_id("AC-2(1");
	expect_not_id("AC-2()");
	expect_not_id("AC-2.");
	expect_not_id("AC-2a");              /* an item of a statement */
	expect_not_id("AC-2(1)(a)");
	expect_not_id("AC-2(1).3");
	expect_not_id("ac-2_smt.a");
	expect_not_id("GV.OC-01");
	expect_not_id("03.01.01");
	expect_not_id("AC-12345");           /* no control number is this long */
	expect_not_id("1C-2");
}

Test(ids, output_too_small)
{
	char out[8];

	cr_expect_eq(sp80053_id("AC-2(1)", out, 6), -1);
	cr_expect_eq(sp80053_id("AC-2(1)", out, 7), 6);
	cr_expect_str_eq(out, "ac-2.1");
}
