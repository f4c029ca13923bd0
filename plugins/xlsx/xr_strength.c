/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/error.h"
#include "xr_report.h"
#include "xr_strength.h"

/* A mapping row's strength by set and row id, to look the links up in. */
struct row_strength {
	const char *set, *row;
	int strength;
};

static int by_set_row(const void *a, const void *b)
{
	const struct row_strength *x = a, *y = b;
	int c = strcmp(x->set, y->set);

	return c ? c : strcmp(x->row, y->row);
}

static int by_target(const void *a, const void *b)
{
	const struct xr_link *x = a, *y = b;

	return strcmp(x->target, y->target);
}

/* A strength as the report writes it: a whole number 0-10, or "". */
static int parse_strength(const char *text)
{
	char *end;
	long v = strtol(text, &end, 10);

	return *text && !*end && v >= 0 && v <= 10 ? (int)v : -1;
}

static struct row_strength *index_rows(const struct xw_host *h,
				       const struct xw_report *r, size_t s)
{
	size_t n = h->section_rows(r, s);
	size_t set = xr_column(h, r, s, "SET"), row = xr_column(h, r, s, "ROW");
	size_t strength = xr_column(h, r, s, "STRENGTH");
	struct row_strength *v = calloc(n ? n : 1, sizeof(*v));

	if (!v)
		return NULL;
	for (size_t i = 0; i < n; i++)
		v[i] = (struct row_strength){
			xr_cell(h, r, s, i, set), xr_cell(h, r, s, i, row),
			parse_strength(xr_cell(h, r, s, i, strength)),
		};
	qsort(v, n, sizeof(*v), by_set_row);
	return v;
}

int xr_strengths_init(struct xr_strengths *st, const struct xw_host *h,
		      const struct xw_report *r)
{
	size_t links = xr_section_find(h, r, "links");
	size_t rows = xr_section_find(h, r, "rows");
	size_t n_rows, set, row, target, sources, coverage;
	struct row_strength *index;

	*st = (struct xr_strengths){ 0 };
	if (links == XR_NONE || rows == XR_NONE || h->section_rows(r, links) == 0)
		return 0;
	n_rows = h->section_rows(r, rows);
	set = xr_column(h, r, links, "SET");
	row = xr_column(h, r, links, "ROW");
	target = xr_column(h, r, links, "TARGET");
	sources = xr_column(h, r, links, "SOURCE");
	coverage = xr_column(h, r, links, "COVERAGE");
	if (!(index = index_rows(h, r, rows)))
		return XW_ENOMEM;
	st->n = h->section_rows(r, links);
	if (!(st->v = calloc(st->n, sizeof(*st->v)))) {
		free(index);
		return XW_ENOMEM;
	}
	for (size_t i = 0; i < st->n; i++) {
		struct row_strength key = {
			xr_cell(h, r, links, i, set), xr_cell(h, r, links, i, row), 0,
		};
		const struct row_strength *found =
			n_rows ? bsearch(&key, index, n_rows, sizeof(*index), by_set_row)
			       : NULL;

		st->v[i] = (struct xr_link){
			xr_cell(h, r, links, i, target), xr_cell(h, r, links, i, sources),
			xr_cell(h, r, links, i, coverage), found ? found->strength : -1,
		};
	}
	free(index);
	qsort(st->v, st->n, sizeof(*st->v), by_target);
	return 0;
}

/* Whether @id is one of the space-separated ids in @list. */
static bool listed(const char *list, const char *id)
{
	size_t n = strlen(id);

	for (const char *p = list; (p = strstr(p, id)); p += n)
		if ((p == list || p[-1] == ' ') && (p[n] == ' ' || p[n] == '\0'))
			return true;
	return false;
}

int xr_strength_of(const struct xr_strengths *st, const char *source,
		   const char *target, enum xr_coverage c)
{
	struct xr_link key = { target, NULL, NULL, 0 };
	const struct xr_link *hit;
	int best = -1;

	if (!st->n || !*source ||
	    !(hit = bsearch(&key, st->v, st->n, sizeof(*st->v), by_target)))
		return -1;
	/* bsearch lands anywhere in the run of links to @target */
	while (hit > st->v && strcmp(hit[-1].target, target) == 0)
		hit--;
	for (; hit < st->v + st->n && strcmp(hit->target, target) == 0; hit++)
		if (strcmp(hit->coverage, xr_coverage_word(c)) == 0 &&
		    listed(hit->sources, source) && hit->strength > best)
			best = hit->strength;
	return best;
}

void xr_strengths_free(struct xr_strengths *st)
{
	free(st->v);
	*st = (struct xr_strengths){ 0 };
}
