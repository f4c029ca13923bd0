/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "olir_options.h"
#include "olir_read.h"
#include "olir_text.h"

#define AUTHOR_UNKNOWN "not named in the OLIR file"
#define USE_DEFAULT "Imported by the xwalk plugin olir from an OLIR file, which does " \
	"not say how its rows were made: method 'human' is assumed. A row that gives " \
	"no relationship is 'related'."

int olir_probe(const struct xw_host *h, const struct xw_input *in)
{
	struct olir_book b;
	int rc = olir_book_open(&b, h, NULL, in);

	olir_book_close(&b);
	return rc == 0 ? OLIR_PROBE_SCORE : 0;
}

/* Notes the general information in rows @first to @last of @g. */
static int collect(struct olir_reader *r, const struct cell_grid *g, uint32_t first,
		   uint32_t last)
{
	for (uint32_t row = first; row <= last; row++) {
		const char *label = cell_grid_cell(g, row, 1);
		struct olir_info_cell *c;
		int k = olir_info_find(label);

		if (k < 0 && olir_info_is_xwalk(label))
			return cell_grid_fail(g, row, 1, XW_EINVAL,
					      "'%s' is not a general information label xwalk writes",
					      label);
		if (k < 0)
			continue;  /* NIST's template has more than a mapping set holds */
		c = &r->info[k];
		if (c->g)
			return cell_grid_fail(g, row, 1, XW_EINVAL,
					      "'%s' is given a second time", olir_info_fields[k].label);
		c->g = g;
		c->row = row;
		c->value = cell_grid_cell(g, row, 2);
	}
	return 0;
}

/* The value of @k, or NULL when it is not given or empty. */
static const char *info(const struct olir_reader *r, enum olir_info k)
{
	size_t n;

	if (!r->info[k].g)
		return NULL;
	olir_trim(r->info[k].value, &n);
	return n ? r->info[k].value : NULL;
}

static int unknown_side(const struct olir_reader *r, const char *side,
			const char *document)
{
	r->h->at(r->call, 0, 0);
	return r->h->error(r->call, XW_EUSAGE,
			   "the OLIR file does not say which framework its %s document is: "
			   "name it with --from olir:%s=ID (and %s-version=VERSION)",
			   document, side, side);
}

static int resolve_sides(struct olir_reader *r, const struct xw_input *in)
{
	struct olir_options o;
	int rc = olir_options_read(r->h, r->call, in, &o);

	if (rc < 0)
		return rc;
	if (!olir_side_resolve(&r->source, o.value[OLIR_OPT_SOURCE],
			       o.value[OLIR_OPT_SOURCE_VERSION], info(r, OLIR_INFO_FOCAL),
			       info(r, OLIR_INFO_FOCAL_VERSION)))
		return unknown_side(r, "source", "focal");
	if (!olir_side_resolve(&r->target, o.value[OLIR_OPT_TARGET],
			       o.value[OLIR_OPT_TARGET_VERSION], info(r, OLIR_INFO_REFERENCE),
			       info(r, OLIR_INFO_REFERENCE_VERSION)))
		return unknown_side(r, "target", "reference");
	return 0;
}

/* "Yes", "No", "true", "false" as xwalk's boolean; NULL for anything else. */
static const char *boolean(const char *text)
{
	if (olir_says(text, "yes") || olir_says(text, "true"))
		return "true";
	if (olir_says(text, "no") || olir_says(text, "false"))
		return "false";
	return NULL;
}

/* Sets field @k from the general information, at its cell; 0 when it is not given. */
static int set_from_info(struct olir_reader *r, enum olir_info k)
{
	const struct olir_info_field *f = &olir_info_fields[k];
	const char *v = info(r, k);
	char buf[4096];

	if (!v)
		return 0;
	cell_grid_at(r->info[k].g, r->info[k].row, 2);
	if (k == OLIR_INFO_COMPREHENSIVE && !(v = boolean(v)))
		return cell_grid_fail(r->info[k].g, r->info[k].row, 2, XW_EINVAL,
				      "'%s' is not Yes or No", info(r, k));
	/* one-line fields are read squeezed; intended use as it is */
	if (k != OLIR_INFO_USE && olir_squeeze(v, buf, sizeof(buf)))
		v = buf;
	return r->h->mapping_set(r->call, r->m, f->key, f->sub, v);
}

static int set_meta(struct olir_reader *r)
{
	char id[2 * OLIR_SIDE_MAX + 2];
	const char *const fixed[][3] = {
		{ "source", "framework", r->source.framework },
		{ "source", "version", r->source.version },
		{ "target", "framework", r->target.framework },
		{ "target", "version", r->target.version },
		{ "id", NULL, id },
		{ "author", NULL, AUTHOR_UNKNOWN },
		{ "method", NULL, "human" },
		{ "status", NULL, "draft" },
		{ "intended-use", NULL, USE_DEFAULT },
	};
	int rc = 0;

	snprintf(id, sizeof(id), "%s--%s", r->source.framework, r->target.framework);
	r->h->at(r->call, 0, 0);
	/* what the file does not give first, then what it gives over it */
	for (size_t i = 0; i < sizeof(fixed) / sizeof(fixed[0]) && rc == 0; i++)
		if (*fixed[i][2])  /* a version not known ("") stays out */
			rc = r->h->mapping_set(r->call, r->m, fixed[i][0], fixed[i][1],
					       fixed[i][2]);
	for (int k = OLIR_INFO_COMPREHENSIVE; k < OLIR_N_INFO && rc == 0; k++)
		rc = set_from_info(r, (enum olir_info)k);
	return rc;
}

/* Said once the file is read, so that it does not come before an error. */
static void warn_author(const struct olir_reader *r)
{
	if (info(r, OLIR_INFO_AUTHOR))
		return;
	r->h->at(r->call, 0, 0);
	r->h->warn(r->call, "the OLIR file names no author: the set's author is '%s'",
		   AUTHOR_UNKNOWN);
}

int olir_read(const struct xw_host *h, struct xw_call *call,
	      const struct xw_input *in, struct xw_mapping *m)
{
	struct olir_reader r;
	const struct cell_grid *info_grid;
	int rc;

	memset(&r, 0, sizeof(r));
	r.h = h;
	r.call = call;
	r.m = m;
	rc = olir_book_open(&r.book, h, call, in);
	info_grid = &r.book.info;
	if (rc == 0 && info_grid->rows)
		rc = collect(&r, info_grid, 1, info_grid->rows);
	if (rc == 0)
		rc = collect(&r, &r.book.table, 1, r.book.header - 1);
	if (rc == 0)
		rc = resolve_sides(&r, in);
	if (rc == 0)
		rc = set_meta(&r);
	if (rc == 0)
		rc = olir_rows_read(&r);
	if (rc == 0)
		warn_author(&r);
	olir_book_close(&r.book);
	return rc;
}
