/* SPDX-License-Identifier: MIT */
#ifndef SOA_ID_H
#define SOA_ID_H

/*
 * Control and clause numbers of ISO/IEC 27001:2022 as SoAs write them:
 * "A.5.1", "5.1", "A5.1", "Annex A 5.1", "附属書A.5.1", "A.05.01",
 * full-width digits and periods, a title after the number. A bare "5.1"
 * is control A.5.1, not clause 5.1: write clauses as "Clause 5.1" or
 * "箇条5.1" when both are in one table. Clauses that no control number
 * can be (4.1, 6.1.2, 10.2) may be written bare.
 */

enum soa_id {
	SOA_ID_TEXT,     /* no number at all: a heading, a note */
	SOA_ID_CONTROL,  /* an Annex A control: "A.5.1" */
	SOA_ID_THEME,    /* an Annex A theme: "A.5" */
	SOA_ID_CLAUSE,   /* a clause from 4 to 10.2: "4.1", "6.1.2" */
	SOA_ID_2013,     /* numbered as in the 2013 edition: "A.12.1.2", "A.9.4" */
	SOA_ID_BAD,      /* a number, but of nothing in the 2022 edition */
};

/* Sizes the normalised id can take, NUL included. */
#define SOA_ID_MAX 16

/* Reads @cell; for a control, theme or clause, its id into @id ("A.5.1"). */
enum soa_id soa_id_parse(const char *cell, char id[SOA_ID_MAX]);

#endif
