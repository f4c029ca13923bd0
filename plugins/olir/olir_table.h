/* SPDX-License-Identifier: MIT */
#ifndef OLIR_TABLE_H
#define OLIR_TABLE_H

/*
 * A mapping set laid out as an OLIR file, for the writer's sinks (CSV,
 * .xlsx): the general information, label by label, and the relationship
 * table, a row for each of the set's rows. NIST's six columns are always
 * there; xwalk's only when some row has a value for them. A value the
 * reader could not give back the same is refused, never changed.
 */

#include <stdbool.h>
#include <stddef.h>

#include "olir_columns.h"
#include "olir_info.h"
#include "xwalk/plugin.h"

struct olir_table {
	const char *info[OLIR_N_INFO];   /* borrowed from the set; NULL when unset */
	bool used[OLIR_N_WRITTEN];       /* the columns written */
	size_t n_rows;
	char **cells;                    /* n_rows x OLIR_N_WRITTEN, "" when empty */
};

/*
 * Lays out @m into @t. Errors are reported: XW_ENOMEM, and XW_EINVAL
 * for a value OLIR cannot carry ("cannot write mapping set 'ID' as OLIR:
 * ..."). olir_table_free() in every case.
 */
int olir_table_build(const struct xw_host *h, struct xw_call *call,
		     const struct xw_mapping *m, struct olir_table *t);
void olir_table_free(struct olir_table *t);

const char *olir_table_cell(const struct olir_table *t, size_t row, enum olir_col c);

#endif
