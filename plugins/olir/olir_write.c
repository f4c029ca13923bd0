/* SPDX-License-Identifier: MIT */
#include <stddef.h>
#include <string.h>
#include <strings.h>

#include "csv_emit.h"
#include "olir_write.h"
#include "olir_text.h"

/* The host table ends with output_path from ABI 1.4 on. */
#define HOST_HAS_OUTPUT(h) \
	((h)->abi_minor >= 4 && (h)->struct_size >= offsetof(struct xw_host, output_path) + \
	 sizeof((h)->output_path))

void olir_write_csv(const struct xw_host *h, const struct olir_table *t,
		    struct xw_output *out)
{
	bool first = true;

	csv_emit_bom(h, out);
	for (int k = 0; k < OLIR_N_INFO; k++)
		if (t->info[k]) {
			csv_emit_cell(h, out, olir_info_fields[k].label, true);
			csv_emit_cell(h, out, t->info[k], false);
			csv_emit_end(h, out);
		}
	csv_emit_end(h, out);  /* a blank line before the table, for people */
	for (int c = 0; c < OLIR_N_WRITTEN; c++)
		if (t->used[c]) {
			csv_emit_cell(h, out, olir_column_header((enum olir_col)c), first);
			first = false;
		}
	csv_emit_end(h, out);
	for (size_t r = 0; r < t->n_rows; r++) {
		first = true;
		for (int c = 0; c < OLIR_N_WRITTEN; c++)
			if (t->used[c]) {
				csv_emit_cell(h, out, olir_table_cell(t, r, (enum olir_col)c), first);
				first = false;
			}
		csv_emit_end(h, out);
	}
}

/* 1 for a workbook, 0 for CSV, or an error for options the writer does not know. */
static int wants_xlsx(const struct xw_host *h, struct xw_call *call,
		      struct xw_output *out)
{
	const char *options, *path;
	size_t n;

	if (!HOST_HAS_OUTPUT(h))
		return 0;  /* an older host: CSV, the default */
	options = h->output_options(out);
	path = h->output_path(out);
	if (olir_says(options, "xlsx"))
		return 1;
	if (olir_says(options, "csv"))
		return 0;
	if (*options) {
		h->at(call, 0, 0);
		return h->error(call, XW_EUSAGE, "an unknown option '%s' for the olir "
				"writer; it takes csv or xlsx (--to olir:xlsx)", options);
	}
	n = path ? strlen(path) : 0;
	return n > 5 && strcasecmp(path + n - 5, ".xlsx") == 0;
}

int olir_write(const struct xw_host *h, struct xw_call *call,
	       const struct xw_mapping *m, struct xw_output *out)
{
	struct olir_table t;
	int xlsx = wants_xlsx(h, call, out);
	int rc = xlsx < 0 ? xlsx : olir_table_build(h, call, m, &t);

	if (xlsx < 0)
		return rc;
	if (rc == 0 && xlsx)
		rc = olir_write_xlsx(h, call, &t, out);
	else if (rc == 0)
		olir_write_csv(h, &t, out);
	olir_table_free(&t);
	return rc;
}
