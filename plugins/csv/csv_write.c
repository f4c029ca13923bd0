/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "csv_parse.h"
#include "csv_write.h"

struct column {
	const struct csv_field *f;
	const char *sub;               /* the host's sub-key; a map's key */
};

struct writer {
	const struct xw_host *h;
	struct xw_call *call;
	struct xw_output *out;
	const struct csv_kind *kind;
	struct column cols[CSV_MAX_COLUMNS];
	size_t n_cols;
	char *cell;                    /* the cell being built */
	size_t len, cap;
	bool failed;
};

static void add(struct writer *w, const char *s)
{
	size_t n = strlen(s);

	if (w->failed)
		return;
	if (w->cap - w->len < n + 1) {
		size_t cap = w->cap ? w->cap : 256;
		char *v;

		while (cap - w->len < n + 1)
			cap *= 2;
		v = realloc(w->cell, cap);
		if (!v) {
			w->failed = true;
			return;
		}
		w->cell = v;
		w->cap = cap;
	}
	memcpy(w->cell + w->len, s, n + 1);
	w->len += n;
}

/* Writes one cell, quoted only when it holds a separator or a quote. */
static void put(struct writer *w, const char *s, size_t n, bool first)
{
	const char *q;

	if (!first)
		w->h->write(w->out, ",", 1);
	if (strcspn(s, ",\"\r\n") == n) {
		w->h->write(w->out, s, n);
		return;
	}
	w->h->write(w->out, "\"", 1);
	while ((q = memchr(s, '"', n))) {
		size_t k = (size_t)(q - s) + 1;

		w->h->write(w->out, s, k);
		w->h->write(w->out, "\"", 1);
		s += k;
		n -= k;
	}
	w->h->write(w->out, s, n);
	w->h->write(w->out, "\"", 1);
}

static void eol(struct writer *w)
{
	w->h->write(w->out, "\r\n", 2);
}

/*
 * Where a cell's values come from: the document itself, one of its
 * groups (a profile, a question) or one of its records (an item, a row).
 */
struct source {
	csv_getter get;
	const void *obj;
	const char *noun;              /* "row", "profile"; NULL for the document */
	const char *id_key;            /* the field that names @obj */
};

/*
 * The @idx-th value of field @f (sub-key @sub) of @src, or NULL past the
 * end; for a CSV_HASHES field the id, with its hash in @hex.
 */
static const char *value(const struct writer *w, const struct source *src,
			 const struct csv_field *f, const char *sub, size_t idx,
			 char hex[17])
{
	if (f->cell == CSV_HASHES)
		return w->kind->get_hashes(w->h, src->obj, f->key, idx, hex);
	return src->get(w->h, src->obj, f->key, sub, idx);
}

/* Whether reading @v back from a cell of this kind gives @v again. */
static bool fits(const struct csv_field *f, const char *v)
{
	size_t n = strlen(v);

	switch (f->cell) {
	case CSV_IDS:
	case CSV_HASHES:
		return n && !strchr(v, ';') && !csv_blank(v[0]) &&
		       !csv_blank(v[n - 1]);
	case CSV_LINES:
		return n && !strpbrk(v, "\r\n");
	default:
		return n;
	}
}

static int unfit(struct writer *w, const struct source *src,
		 const struct csv_field *f, const char *sub, const char *v)
{
	static const char ids[] =
		"a ';'-separated cell cannot keep an empty id, a ';' or blanks at either end";
	static const char *const why[] = {
		[CSV_TEXT] = "an empty cell means the field is absent",
		[CSV_IDS] = ids,
		[CSV_LINES] = "a one-per-line cell cannot keep an empty entry or a line break",
		[CSV_MAP] = "an empty cell means the field is absent",
		[CSV_HASHES] = ids,
	};
	char where[256];

	if (src->noun)
		snprintf(where, sizeof(where), "%s '%s'", src->noun,
			 src->get(w->h, src->obj, src->id_key, NULL, 0));
	else
		snprintf(where, sizeof(where), "the %s", w->kind->what);
	return w->h->error(w->call, XW_EINVAL,
			   "cannot write %s as CSV: '%s%s%s' is \"%s\", and %s",
			   where, f->name, f->cell == CSV_MAP ? "." : "",
			   f->cell == CSV_MAP ? sub : "", v, why[f->cell]);
}

/*
 * Builds the cell of field @f (sub-key @sub) of @src in w->cell, empty
 * when the field is unset.
 */
static int build(struct writer *w, const struct source *src,
		 const struct csv_field *f, const char *sub)
{
	char hex[17];
	const char *v;

	w->len = 0;
	if (w->cell)
		w->cell[0] = '\0';
	for (size_t i = 0; (v = value(w, src, f, sub, i, hex)); i++) {
		if (!fits(f, v))
			return unfit(w, src, f, sub, v);
		if (i)
			add(w, f->cell == CSV_LINES ? "\n" : "; ");
		add(w, v);
		if (f->cell == CSV_HASHES) {
			add(w, "=");
			add(w, hex);
		}
		if (f->cell == CSV_TEXT || f->cell == CSV_MAP)
			break;
	}
	return 0;
}

static void put_built(struct writer *w, bool first)
{
	put(w, w->cell ? w->cell : "", w->len, first);
}

/* --- columns ------------------------------------------------------------- */

static int add_column(struct writer *w, const struct csv_field *f,
		      const char *sub)
{
	if (w->n_cols == CSV_MAX_COLUMNS)
		return w->h->error(w->call, XW_ELIMIT,
				   "this %s needs more than %d columns, the most a CSV file may have",
				   w->kind->what, CSV_MAX_COLUMNS);
	w->cols[w->n_cols].f = f;
	w->cols[w->n_cols].sub = sub;
	w->n_cols++;
	return 0;
}

/* The source of record @i of @doc. */
static struct source record_at(const struct writer *w, const void *doc, size_t i)
{
	const struct csv_kind *k = w->kind;
	struct source src = {
		k->get_record, k->at(w->h, doc, i), k->record, k->cols[0].key,
	};

	return src;
}

/* Whether some record has a value other than the one a getter reports unset. */
static bool used(const struct writer *w, const void *doc,
		 const struct csv_field *f)
{
	char hex[17];

	for (size_t i = 0; i < w->kind->count(w->h, doc); i++) {
		struct source src = record_at(w, doc, i);
		const char *v = value(w, &src, f, f->sub, 0, hex);

		if (v && (!f->dflt || strcmp(v, f->dflt) != 0))
			return true;
	}
	return false;
}

/* Position of the map column for @key among cols[first..], or n_cols. */
static size_t map_column(const struct writer *w, size_t first, const char *key)
{
	size_t j = first;

	while (j < w->n_cols && strcmp(w->cols[j].sub, key) != 0)
		j++;
	return j;
}

/* Whether key @v is not placed yet and every key before it is. */
static bool ready(const unsigned char *before, const unsigned char *done,
		  size_t n, size_t v)
{
	if (done[v])
		return false;
	for (size_t u = 0; u < n; u++)
		if (!done[u] && before[u * n + v])
			return false;
	return true;
}

/*
 * Reorders the map columns cols[first..] so that every record's keys come
 * in that record's own order, when one order can agree with all of them:
 * a topological sort that takes the earliest-seen key it may. Then a
 * record read back keeps its order. When records disagree the columns
 * stay in first-seen order, which reading back and writing keeps too.
 */
static int agree(struct writer *w, const void *doc, const struct csv_field *f,
		 size_t first)
{
	const struct csv_kind *k = w->kind;
	size_t n = w->n_cols - first, *order;
	unsigned char *before = calloc(n * n + n, 1), *done;
	struct column *copy;

	order = malloc(n * sizeof(*order));
	copy = malloc(n * sizeof(*copy));
	if (!before || !order || !copy) {
		free(before);
		free(order);
		free(copy);
		return w->h->error(w->call, XW_ENOMEM, "out of memory");
	}
	done = before + n * n;
	for (size_t i = 0; i < k->count(w->h, doc); i++) {
		const void *rec = k->at(w->h, doc, i);
		const char *key;
		size_t prev = n;

		for (size_t m = 0; (key = k->get_record(w->h, rec, f->key, NULL, m)); m++) {
			size_t j = map_column(w, first, key) - first;

			if (prev < n)
				before[prev * n + j] = 1;
			prev = j;
		}
	}
	for (size_t step = 0; step < n; step++) {
		size_t v = 0;

		while (v < n && !ready(before, done, n, v))
			v++;
		if (v == n)
			goto out;  /* the records disagree */
		done[v] = 1;
		order[step] = v;
	}
	memcpy(copy, w->cols + first, n * sizeof(*copy));
	for (size_t i = 0; i < n; i++)
		w->cols[first + i] = copy[order[i]];
out:
	free(before);
	free(order);
	free(copy);
	return 0;
}

/* A map's columns: one per key; see agree() for their order. */
static int map_columns(struct writer *w, const void *doc,
		       const struct csv_field *f)
{
	const struct csv_kind *k = w->kind;
	size_t first = w->n_cols;
	int rc;

	for (size_t i = 0; i < k->count(w->h, doc); i++) {
		const void *rec = k->at(w->h, doc, i);
		const char *key;

		/* a map read with no sub-key gives its keys in turn */
		for (size_t n = 0; (key = k->get_record(w->h, rec, f->key, NULL, n)); n++) {
			if (!*key)
				return w->h->error(w->call, XW_EINVAL,
						   "cannot write %s '%s' as CSV: it has a '%s' entry with an "
						   "empty key, which no column name can hold",
						   k->record, k->get_record(w->h, rec, k->cols[0].key, NULL, 0),
						   f->name);
			if (map_column(w, first, key) == w->n_cols &&
			    (rc = add_column(w, f, key)) < 0)
				return rc;
		}
	}
	return w->n_cols > first ? agree(w, doc, f, first) : 0;
}

static int choose_columns(struct writer *w, const void *doc)
{
	const struct csv_kind *k = w->kind;
	int rc = 0;

	for (size_t i = 0; i < k->n_cols && rc == 0; i++) {
		const struct csv_field *f = &k->cols[i];

		if (f->cell == CSV_MAP)
			rc = map_columns(w, doc, f);
		else if (used(w, doc, f))
			rc = add_column(w, f, f->sub);
	}
	return rc;
}

/* --- rows ---------------------------------------------------------------- */

/* Writes "#name,value" for field @f of @src, unless it is unset or the default. */
static int meta_row(struct writer *w, const struct source *src,
		    const struct csv_field *f)
{
	int rc = build(w, src, f, f->sub);

	if (rc < 0 || !w->len || (f->dflt && strcmp(w->cell, f->dflt) == 0))
		return rc;
	/* table names need no quotes */
	w->h->write(w->out, "#", 1);
	w->h->write(w->out, f->name, strlen(f->name));
	put_built(w, false);
	eol(w);
	return 0;
}

/*
 * Every group that @start starts, in the document's order: its
 * "#profile,ID" row, then its fields in the table's order.
 */
static int write_groups(struct writer *w, const void *doc,
			const struct csv_field *start)
{
	const struct csv_kind *k = w->kind;
	const struct csv_group *g = start->group;
	int rc = 0;

	for (size_t n = 0; n < g->count(w->h, doc) && rc == 0; n++) {
		struct source src = {
			g->get, g->at(w->h, doc, n), start->name, start->key,
		};

		for (size_t i = 0; i < k->n_meta && rc == 0; i++)
			if (k->meta[i].group == g)
				rc = meta_row(w, &src, &k->meta[i]);
	}
	return rc;
}

/*
 * The metadata rows in the table's order, each group's rows where the
 * row that starts it stands (a framework's profiles after its
 * "#unknown", its advice questions after "#advice.note.en").
 */
static int write_meta(struct writer *w, const void *doc)
{
	const struct csv_kind *k = w->kind;
	struct source src = { k->get_doc, doc, NULL, NULL };
	int rc = 0;

	put(w, "#format", strlen("#format"), true);
	put(w, k->format, strlen(k->format), false);
	eol(w);
	/* meta[0] is #format, above */
	for (size_t i = 1; i < k->n_meta && rc == 0; i++) {
		const struct csv_field *f = &k->meta[i];

		if (!f->group)
			rc = meta_row(w, &src, f);
		else if (f->opens)
			rc = write_groups(w, doc, f);
	}
	return rc;
}

static void write_header(struct writer *w)
{
	for (size_t i = 0; i < w->n_cols; i++) {
		const struct csv_field *f = w->cols[i].f;

		w->len = 0;
		add(w, f->name);
		if (f->cell == CSV_MAP) {
			add(w, ".");
			add(w, w->cols[i].sub);
		}
		put_built(w, i == 0);
	}
	eol(w);
}

static int write_records(struct writer *w, const void *doc)
{
	int rc;

	for (size_t r = 0; r < w->kind->count(w->h, doc); r++) {
		struct source src = record_at(w, doc, r);

		for (size_t i = 0; i < w->n_cols; i++) {
			rc = build(w, &src, w->cols[i].f, w->cols[i].sub);
			if (rc < 0)
				return rc;
			put_built(w, i == 0);
		}
		eol(w);
	}
	return 0;
}

int csv_write(const struct xw_host *h, struct xw_call *call,
	      const struct csv_kind *kind, const void *doc,
	      struct xw_output *out)
{
	struct writer *w;
	int rc = 0;

	if (kind->check && (rc = kind->check(h, call, doc)) < 0)
		return rc;
	w = calloc(1, sizeof(*w));
	if (!w)
		return h->error(call, XW_ENOMEM, "out of memory");
	w->h = h;
	w->call = call;
	w->out = out;
	w->kind = kind;
	/* the BOM makes Excel read the file as UTF-8 */
	h->write(out, "\xEF\xBB\xBF", 3);
	rc = choose_columns(w, doc);
	if (rc == 0)
		rc = write_meta(w, doc);
	if (rc == 0) {
		write_header(w);
		rc = write_records(w, doc);
	}
	if (rc == 0 && w->failed)
		rc = h->error(call, XW_ENOMEM, "out of memory");
	free(w->cell);
	free(w);
	return rc;
}
