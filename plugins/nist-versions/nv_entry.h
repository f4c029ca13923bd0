/* SPDX-License-Identifier: MIT */
#ifndef NV_ENTRY_H
#define NV_ENTRY_H

/*
 * One row of NIST's comparison, read: the control by its rev. 5 id, what
 * it was in rev. 4 and what NIST says changed.
 *
 * Changed Elements holds one notation a line, from NIST's legend: "N"
 * (unchanged), "New base control", "New control enhancement",
 * "Withdrawn", "Changes title", "Changes control text", "Adds control
 * text", "Adds parameter", "Changes discussion", "Adds to … Baseline",
 * … (case as NIST writes it varies). A control already withdrawn in
 * rev. 4 says "N" and its details begin "Previously withdrawn".
 */

#include <stdbool.h>
#include <stdint.h>

#include "nv_sheet.h"

#define NV_ID_SIZE 24

enum nv_state {
	NV_NEW,               /* not in rev. 4 */
	NV_KEPT,              /* in both */
	NV_WITHDRAWN_NOW,     /* withdrawn in rev. 5 */
	NV_WITHDRAWN_BEFORE,  /* withdrawn already in rev. 4 */
};

/* Bits of what NIST says changed. */
enum {
	NV_CH_TITLE = 1 << 0,       /* Changes title */
	NV_CH_TEXT = 1 << 1,        /* Changes (control) text, Removes control text */
	NV_CH_ADDS_TEXT = 1 << 2,   /* Adds control text */
	NV_CH_PARAMETER = 1 << 3,   /* Adds, Changes, Removes parameter (value) */
	NV_CH_DISCUSSION = 1 << 4,  /* Adds, Changes discussion */
	NV_CH_BASELINE = 1 << 5,    /* Adds to a baseline (SP 800-53B) */
};

struct nv_entry {
	uint32_t row;
	char id[NV_ID_SIZE];        /* OSCAL form, as the oscal plugin's rev. 5 items: "ac-2.1" */
	char parent[NV_ID_SIZE];    /* the base control of an enhancement, else the family */
	enum nv_state state;
	unsigned changes;           /* NV_CH_* */
	bool editorial;             /* NIST: not more than an editorial change */
	char *title;                /* the rev. 4 title, malloc'd: see nv_entry_read() */
	const char *notations;      /* the cells as they are */
	const char *details;
};

/*
 * Reads row @row into @e. The rev. 4 title is the old title when the
 * details say "Title changed from 'X'", else the title the row gives
 * (an enhancement's part after '|'; the "(Access Control)" NIST puts
 * before each family's first control left out), blanks squeezed.
 * Errors (reported at the cell): an id that is no SP 800-53 control, a
 * notation not in NIST's legend, a Y/N cell saying something else.
 */
int nv_entry_read(const struct nv_sheet *s, uint32_t row, struct nv_entry *e);
void nv_entry_free(struct nv_entry *e);

/* Called for each row of the table that names a control, in row order; < 0 stops. */
typedef int (*nv_visit_fn)(void *ctx, const struct nv_entry *e);

/* Reads every row below the headers (rows without an id are skipped). */
int nv_walk(const struct nv_sheet *s, nv_visit_fn visit, void *ctx);

#endif
