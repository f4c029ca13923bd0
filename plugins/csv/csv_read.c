/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "csv_read.h"

struct column {
	const struct csv_field *f;
	const char *sub;               /* the host's sub-key for this column */
};

struct reader {
	const struct xw_host *h;
	struct xw_call *call;
	struct csv_parser ps;
	const struct csv_kind *found;  /* what the file says it is */

	const struct csv_kind *kind;   /* what is being read */
	void *doc;
	/* line of each metadata row given; for a row that starts a group
	 * (meta[i].opens), open[i] is the last group it started, which the
	 * group's other rows fill */
	unsigned seen[CSV_MAX_META];
	void *open[CSV_MAX_META];
	struct column cols[CSV_MAX_COLUMNS];
	size_t n_cols;
	char *names;                   /* the header's cells, kept for cols[].sub */
};

typedef int (*meta_fn)(struct reader *r, const struct csv_cell *key,
		       const struct csv_cell *value);

static int blank(const struct csv_parser *ps)
{
	for (size_t i = 0; i < ps->n_cells; i++)
		if (ps->cells[i].len)
			return 0;
	return 1;
}

/* Rows with no text at all (Excel leaves ",,,," lines) are skipped. */
static int next_row(struct csv_parser *ps)
{
	int rc;

	while ((rc = csv_next(ps)) > 0 && blank(ps))
		;
	return rc;
}

/*
 * Hands each "#key,value" row to @meta. Returns 1 with the header as the
 * parser's record, 0 when the file ends first, or an error.
 */
static int prelude(struct reader *r, meta_fn meta)
{
	static char nothing[1];
	struct csv_parser *ps = &r->ps;
	int rc;

	while ((rc = next_row(ps)) > 0) {
		const struct csv_cell *key = &ps->cells[0];
		struct csv_cell none = { nothing, 0, key->line, key->column };

		if (key->text[0] != '#')
			return 1;
		/* Excel pads every row to the widest, so only extra text counts */
		for (size_t i = 2; i < ps->n_cells; i++)
			if (ps->cells[i].len)
				return csv_error(ps, ps->cells[i].line,
						 ps->cells[i].column, XW_EINVAL,
						 "a metadata row has two cells, '%s' and its value",
						 key->text);
		rc = meta(r, key, ps->n_cells > 1 ? &ps->cells[1] : &none);
		if (rc < 0)
			return rc;
	}
	return rc;
}

static int note_format(struct reader *r, const struct csv_cell *key,
		       const struct csv_cell *value)
{
	if (strcmp(key->text, "#format") != 0)
		return 0;
	for (size_t i = 0; i < sizeof(csv_kinds) / sizeof(csv_kinds[0]); i++)
		if (strcmp(value->text, csv_kinds[i]->format) == 0) {
			r->found = csv_kinds[i];
			return 0;
		}
	return csv_error(&r->ps, value->line, value->column, XW_EINVAL,
			 "unknown format '%s'; expected xwalk-framework/1, "
			 "xwalk-mapping/1 or xwalk-assessment/1", value->text);
}

static const struct csv_kind *by_header(const struct csv_parser *ps)
{
	for (size_t k = 0; k < sizeof(csv_kinds) / sizeof(csv_kinds[0]); k++) {
		const char *const *sig = csv_kinds[k]->signature;

		for (; *sig; sig++) {
			size_t i = 0;

			while (i < ps->n_cells && strcmp(ps->cells[i].text, *sig) != 0)
				i++;
			if (i == ps->n_cells)
				break;
		}
		if (!*sig)
			return csv_kinds[k];
	}
	return NULL;
}

static int detect(struct reader *r, const struct xw_input *in)
{
	int rc;

	csv_parser_init(&r->ps, r->h, r->call, in);
	r->found = NULL;
	rc = prelude(r, note_format);
	if (rc == 1 && !r->found)
		r->found = by_header(&r->ps);
	csv_parser_release(&r->ps);
	return rc < 0 ? rc : 0;
}

/* --- names --------------------------------------------------------------- */

static size_t distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64];

	if (la >= 64 || lb >= 64)
		return SIZE_MAX;
	for (size_t j = 0; j <= lb; j++)
		row[j] = j;
	for (size_t i = 1; i <= la; i++) {
		size_t diag = row[0];

		row[0] = i;
		for (size_t j = 1; j <= lb; j++) {
			size_t up = row[j], best = diag + (a[i - 1] != b[j - 1]);

			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

/* Reports @name as unknown, suggesting the closest name of @v, if close. */
static int unknown(struct reader *r, const struct csv_cell *c, const char *name,
		   const struct csv_field *v, size_t n, const char *what,
		   const char *mark)
{
	char mapped[128];  /* a table has at most one CSV_MAP field */
	const char *best = NULL, *dot = strchr(name, '.');
	size_t best_d = SIZE_MAX;

	for (size_t i = 0; i < n; i++) {
		const char *cand = v[i].name;
		size_t d;

		/* "prop.x" is a typo of "props.x", whatever x is */
		if (v[i].cell == CSV_MAP) {
			if (!dot || !dot[1] ||
			    (size_t)snprintf(mapped, sizeof(mapped), "%s%s",
					     v[i].name, dot) >= sizeof(mapped))
				continue;
			cand = mapped;
		}
		d = distance(name, cand);
		if (d < best_d) {
			best_d = d;
			best = cand;
		}
	}
	if (best && best_d <= strlen(name) / 3 + 1)
		return csv_error(&r->ps, c->line, c->column, XW_EINVAL,
				 "unknown %s '%s%s' in a %s CSV (did you mean '%s%s'?)",
				 what, mark, name, r->kind->what, mark, best);
	return csv_error(&r->ps, c->line, c->column, XW_EINVAL,
			 "unknown %s '%s%s' in a %s CSV", what, mark, name,
			 r->kind->what);
}

/* --- building ------------------------------------------------------------ */

/* Blanks trimmed off both ends of [*s, end); returns the new end. */
static char *trim(char **s, char *end)
{
	while (*s < end && csv_blank(**s))
		(*s)++;
	while (end > *s && csv_blank(end[-1]))
		end--;
	return end;
}

/* Sets one "ID=HEX" pair of a CSV_HASHES cell: field @f, sub-key ID, value HEX. */
static int apply_hash(struct reader *r, csv_setter set, void *obj,
		      const struct csv_field *f, char *pair)
{
	char *eq = strrchr(pair, '='), *id = pair, *id_end, *hex;

	if (!eq)
		return r->h->error(r->call, XW_EINVAL,
				   "'%s' in '%s' is not ID=HEX (an item id, '=' and its text hash)",
				   pair, f->name);
	id_end = trim(&id, eq);
	if (id_end == id)
		return r->h->error(r->call, XW_EINVAL,
				   "'%s' in '%s' has no item id before the '='",
				   pair, f->name);
	*id_end = '\0';
	hex = eq + 1;
	*trim(&hex, hex + strlen(hex)) = '\0';
	return set(r->h, r->call, obj, f->key, id, hex);
}

/* Sets field @f from a cell, one call per element of a list. */
static int apply(struct reader *r, csv_setter set, void *obj,
		 const struct csv_field *f, const char *sub, char *value)
{
	char sep = f->cell == CSV_LINES ? '\n' : ';';
	char *s, *e;
	int rc;

	if (f->cell == CSV_TEXT || f->cell == CSV_MAP)
		return set(r->h, r->call, obj, f->key, sub, value);
	for (s = value; s; s = e ? e + 1 : NULL) {
		char *end;

		e = strchr(s, sep);
		end = e ? e : s + strlen(s);
		if (f->cell != CSV_LINES)
			end = trim(&s, end);
		else if (end > s && end[-1] == '\r')
			end--;
		*end = '\0';
		if (!*s)
			continue;
		rc = f->cell == CSV_HASHES ? apply_hash(r, set, obj, f, s)
					   : set(r->h, r->call, obj, f->key, sub, s);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int apply_meta(struct reader *r, const struct csv_cell *key,
		      const struct csv_cell *value)
{
	const struct csv_kind *k = r->kind;
	const char *name = key->text + 1, *sub;
	const struct csv_field *f = csv_field_find(k->meta, k->n_meta, name, &sub);
	const struct csv_field *start;
	size_t i;
	int rc;

	if (!f)
		return unknown(r, key, name, k->meta, k->n_meta, "metadata row", "#");
	i = (size_t)(f - k->meta);
	start = f->group ? csv_group_start(k, f->group) : NULL;
	if (f->opens) {
		/* a new group: its fields may be given again */
		for (size_t j = 0; j < k->n_meta; j++)
			if (k->meta[j].group == f->group)
				r->seen[j] = 0;
		r->h->at(r->call, key->line, key->column);
		if ((rc = f->group->add(r->h, r->call, r->doc, &r->open[i])) < 0)
			return rc;
	} else if (r->seen[i]) {
		return csv_error(&r->ps, key->line, key->column, XW_EINVAL,
				 "'#%s' is given twice (first on line %u)",
				 name, r->seen[i]);
	} else if (start && !r->open[start - k->meta]) {
		return csv_error(&r->ps, key->line, key->column, XW_EINVAL,
				 "'#%s' comes before any '#%s,ID' row",
				 name, start->name);
	}
	r->seen[i] = key->line;
	if (!value->len)
		return 0;
	r->h->at(r->call, value->line, value->column);
	if (start)
		return apply(r, f->group->set, r->open[start - k->meta], f, sub,
			     value->text);
	return apply(r, k->set_doc, r->doc, f, sub, value->text);
}

static int header(struct reader *r)
{
	const struct csv_parser *ps = &r->ps;
	size_t n = ps->n_cells;

	/* Excel's padding again: trailing empty names are no columns */
	while (n > 0 && !ps->cells[n - 1].len)
		n--;
	r->names = malloc(ps->len);
	if (!r->names)
		return r->h->error(r->call, XW_ENOMEM, "out of memory");
	memcpy(r->names, ps->buf, ps->len);
	for (size_t i = 0; i < n; i++) {
		const struct csv_cell *c = &ps->cells[i];
		const char *name = r->names + (c->text - ps->buf), *sub;
		const struct csv_field *f;

		if (!*name)
			return csv_error(&r->ps, c->line, c->column, XW_EINVAL,
					 "column %zu of the header has no name", i + 1);
		f = csv_field_find(r->kind->cols, r->kind->n_cols, name, &sub);
		if (!f)
			return unknown(r, c, name, r->kind->cols, r->kind->n_cols,
				       "column", "");
		for (size_t j = 0; j < i; j++)
			if (r->cols[j].f == f &&
			    (f->cell != CSV_MAP || strcmp(r->cols[j].sub, sub) == 0))
				return csv_error(&r->ps, c->line, c->column, XW_EINVAL,
						 "column '%s' appears twice in the header (first as column %zu)",
						 name, j + 1);
		r->cols[i].f = f;
		r->cols[i].sub = sub;
	}
	r->n_cols = n;
	return 0;
}

static int record(struct reader *r)
{
	struct csv_parser *ps = &r->ps;
	void *rec;
	int rc;

	for (size_t i = r->n_cols; i < ps->n_cells; i++)
		if (ps->cells[i].len)
			return csv_error(ps, ps->cells[i].line, ps->cells[i].column,
					 XW_EINVAL,
					 "this row has a value in column %zu, but the header names only %zu columns",
					 i + 1, r->n_cols);
	r->h->at(r->call, ps->cells[0].line, ps->cells[0].column);
	if ((rc = r->kind->add_record(r->h, r->call, r->doc, &rec)) < 0)
		return rc;
	for (size_t i = 0; i < ps->n_cells && i < r->n_cols; i++) {
		struct csv_cell *c = &ps->cells[i];

		if (!c->len)
			continue;
		r->h->at(r->call, c->line, c->column);
		rc = apply(r, r->kind->set_record, rec, r->cols[i].f,
			   r->cols[i].sub, c->text);
		if (rc < 0)
			return rc;
	}
	return 0;
}

int csv_detect(const struct xw_host *h, struct xw_call *call,
	       const struct xw_input *in, const struct csv_kind **out)
{
	struct reader *r = calloc(1, sizeof(*r));
	int rc;

	*out = NULL;
	if (!r)
		return call ? h->error(call, XW_ENOMEM, "out of memory") : XW_ENOMEM;
	r->h = h;
	r->call = call;
	rc = detect(r, in);
	*out = r->found;
	free(r);
	return rc;
}

int csv_read(const struct xw_host *h, struct xw_call *call,
	     const struct xw_input *in, const struct csv_kind *kind, void *doc)
{
	size_t bom = csv_bom(in);
	struct reader *r;
	int rc;

	rc = h->check_utf8(call, (const char *)in->data + bom, in->size - bom, 1);
	if (rc < 0)
		return rc;
	r = calloc(1, sizeof(*r));
	if (!r)
		return h->error(call, XW_ENOMEM, "out of memory");
	r->h = h;
	r->call = call;
	rc = detect(r, in);
	if (rc == 0 && r->found != kind)
		rc = XW_EUNSUPPORTED;
	if (rc == 0) {
		r->kind = kind;
		r->doc = doc;
		csv_parser_init(&r->ps, h, call, in);
		rc = prelude(r, apply_meta);
		if (rc == 1)
			rc = header(r);
		while (rc >= 0 && (rc = next_row(&r->ps)) > 0)
			rc = record(r);
		csv_parser_release(&r->ps);
	}
	free(r->names);
	free(r);
	return rc < 0 ? rc : 0;
}
