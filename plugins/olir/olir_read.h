/* SPDX-License-Identifier: MIT */
#ifndef OLIR_READ_H
#define OLIR_READ_H

#include "olir_book.h"
#include "olir_info.h"
#include "olir_sides.h"
#include "xwalk/plugin.h"

/* How sure the plugin is that @in is an OLIR file: 0 or OLIR_PROBE_SCORE. */
#define OLIR_PROBE_SCORE 70
int olir_probe(const struct xw_host *h, const struct xw_input *in);

/*
 * Reads the OLIR file @in (CSV or .xlsx) as the mapping set @m: the
 * general information as the set's fields, each row of the relationship
 * table as a row. XW_EUNSUPPORTED, unreported, when @in has no OLIR
 * table; errors name the cell.
 */
int olir_read(const struct xw_host *h, struct xw_call *call,
	      const struct xw_input *in, struct xw_mapping *m);

/* One general information value and its cell. */
struct olir_info_cell {
	const struct cell_grid *g;   /* NULL when the file does not give it */
	uint32_t row;
	const char *value;
};

/* What reading needs, shared by olir_read.c and olir_rows.c. */
struct olir_reader {
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_mapping *m;
	struct olir_book book;
	struct olir_info_cell info[OLIR_N_INFO];
	struct olir_side source, target;
	size_t n_rows;               /* rows added */
	size_t n_bare;               /* rows naming a focal element only: left out */
	uint32_t first_bare;
};

/* Reads the relationship table's rows into r->m. */
int olir_rows_read(struct olir_reader *r);

#endif
