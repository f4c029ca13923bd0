/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "olir_sides.h"
#include "olir_table.h"
#include "olir_text.h"
#include "olir_vocab.h"

/* A cell's text as it grows. */
struct text {
	char *s;
	size_t len, cap;
	bool failed;                 /* out of memory */
};

static void append(struct text *t, const char *s)
{
	size_t n = strlen(s);
	char *p;

	if (t->failed)
		return;
	if (t->len + n + 1 > t->cap) {
		size_t cap = t->cap ? t->cap : 64;

		while (cap < t->len + n + 1)
			cap *= 2;
		if (!(p = realloc(t->s, cap))) {
			t->failed = true;
			return;
		}
		t->s = p;
		t->cap = cap;
	}
	memcpy(t->s + t->len, s, n + 1);
	t->len += n;
}

/* What writing needs. */
struct layout {
	const struct xw_host *h;
	struct xw_call *call;
	const struct xw_mapping *m;
	struct olir_table *t;
	struct olir_side source, target;
};

__attribute__((format(printf, 2, 3)))
static int refuse(const struct layout *w, const char *fmt, ...)
{
	char msg[1024];
	va_list ap;

	va_start(ap, fmt);
	vsnprintf(msg, sizeof(msg), fmt, ap);
	va_end(ap);
	w->h->at(w->call, 0, 0);
	return w->h->error(w->call, XW_EINVAL, "cannot write mapping set '%s' as OLIR: %s",
			   w->h->mapping_get(w->m, "id", NULL, 0), msg);
}

/* The reader trims every cell: a value must be what trimming leaves of it. */
static bool trimmed(const char *s)
{
	size_t n;

	return olir_trim(s, &n) == s && n == strlen(s) && n > 0;
}

/* The reader squeezes one-line general information. */
static bool squeezed(const char *s)
{
	char buf[4096];

	return olir_squeeze(s, buf, sizeof(buf)) && strcmp(buf, s) == 0;
}

static int take_info(struct layout *w)
{
	struct olir_table *t = w->t;

	for (int k = 0; k < OLIR_N_INFO; k++) {
		const struct olir_info_field *f = &olir_info_fields[k];
		const char *v = w->h->mapping_get(w->m, f->key, f->sub, 0);

		if (k == OLIR_INFO_COMPREHENSIVE && v)
			v = strcmp(v, "true") == 0 ? "Yes" : "No";
		if (v && !(k == OLIR_INFO_USE ? trimmed(v) : squeezed(v)))
			return refuse(w, "its %s '%s' %s", f->label, v,
				      k == OLIR_INFO_USE ? "starts or ends with a blank"
							 : "holds a line break or a run of blanks");
		t->info[k] = v;
	}
	/* the host's sets always have both sides; their ids are read back in their form */
	olir_side_resolve(&w->source, t->info[OLIR_INFO_FOCAL], "", NULL, NULL);
	olir_side_resolve(&w->target, t->info[OLIR_INFO_REFERENCE], "", NULL, NULL);
	return 0;
}

/* The ids @key of @r joined by "; ", each as the reader gives it back. */
static int ids(const struct layout *w, const struct xw_row *r, const char *key,
	       const struct olir_side *side, struct text *out)
{
	char back[256];
	const char *id;

	for (size_t i = 0; (id = w->h->row_get(r, key, NULL, i)); i++) {
		if (strchr(id, ';') || !olir_side_id(side, id, back, sizeof(back)) ||
		    strcmp(back, id) != 0)
			return refuse(w, "row '%s': id '%s' would not read back the same "
				      "(it holds ';', starts or ends with a blank, or is not in %s's form)",
				      w->h->row_get(r, "id", NULL, 0), id, side->framework);
		append(out, i ? "; " : "");
		append(out, id);
	}
	return 0;
}

static int conditions(const struct layout *w, const struct xw_row *r, struct text *out)
{
	const char *c;

	for (size_t i = 0; (c = w->h->row_get(r, "conditions", NULL, i)); i++) {
		if (strchr(c, '\n') || strchr(c, '\r') || !trimmed(c))
			return refuse(w, "row '%s': condition '%s' holds a line break or "
				      "starts or ends with a blank",
				      w->h->row_get(r, "id", NULL, 0), c);
		append(out, i ? "\n" : "");
		append(out, c);
	}
	return 0;
}

static void hashes(const struct layout *w, const struct xw_row *r, const char *side,
		   struct text *out)
{
	char hex[17];
	const char *id;

	for (size_t i = 0; (id = w->h->row_hash_get(r, side, i, hex)); i++) {
		append(out, i ? "; " : "");
		append(out, id);
		append(out, "=");
		append(out, hex);
	}
}

/* The text of column @c for @r, into @out. */
static int fill(const struct layout *w, const struct xw_row *r, enum olir_col c,
		struct text *out)
{
	static const char *const keys[OLIR_N_WRITTEN] = {
		[OLIR_STRENGTH] = "strength",
		[OLIR_COMMENTS] = "justification",
		[OLIR_ROW_ID] = "id",
		[OLIR_REVIEW_STATUS] = "review-status",
		[OLIR_REVIEWER] = "reviewer",
		[OLIR_REVIEW_DATE] = "review-date",
	};
	const char *v;

	switch (c) {
	case OLIR_FOCAL:
		return ids(w, r, "sources", &w->source, out);
	case OLIR_REFERENCE:
		return ids(w, r, "targets", &w->target, out);
	case OLIR_RELATIONSHIP:
		v = w->h->row_get(r, "relationship", NULL, 0);
		append(out, olir_vocab_word(OLIR_RELATIONSHIPS, v));
		return 0;
	case OLIR_RATIONALE:
		if ((v = w->h->row_get(r, "rationale", NULL, 0)))
			append(out, olir_vocab_word(OLIR_RATIONALES, v));
		return 0;
	case OLIR_CONDITIONS:
		return conditions(w, r, out);
	case OLIR_SOURCE_HASHES:
	case OLIR_TARGET_HASHES:
		hashes(w, r, c == OLIR_SOURCE_HASHES ? "source-hashes" : "target-hashes", out);
		return 0;
	default:
		break;
	}
	/* a draft row says nothing: the reader's default */
	if (!(v = w->h->row_get(r, keys[c], NULL, 0)) ||
	    (c == OLIR_REVIEW_STATUS && strcmp(v, "draft") == 0))
		return 0;
	if (!trimmed(v))
		return refuse(w, "row '%s': %s '%s' starts or ends with a blank",
			      w->h->row_get(r, "id", NULL, 0), keys[c], v);
	append(out, v);
	return 0;
}

static int take_rows(struct layout *w)
{
	struct olir_table *t = w->t;
	size_t n = w->h->row_count(w->m);

	if (!(t->cells = calloc(n * OLIR_N_WRITTEN + 1, sizeof(*t->cells))))
		return w->h->error(w->call, XW_ENOMEM, "out of memory");
	t->n_rows = n;
	for (size_t i = 0; i < n; i++)
		for (int c = 0; c < OLIR_N_WRITTEN; c++) {
			struct text out = { 0 };
			int rc = fill(w, w->h->row_at(w->m, i), (enum olir_col)c, &out);

			append(&out, "");
			t->cells[i * OLIR_N_WRITTEN + (size_t)c] = out.s;
			if (rc < 0)
				return rc;
			if (out.failed)
				return w->h->error(w->call, XW_ENOMEM, "out of memory");
			t->used[c] |= c < OLIR_FIRST_XWALK || out.len > 0;
		}
	for (int c = 0; c < OLIR_FIRST_XWALK; c++)
		t->used[c] = true;
	return 0;
}

int olir_table_build(const struct xw_host *h, struct xw_call *call,
		     const struct xw_mapping *m, struct olir_table *t)
{
	struct layout w = { .h = h, .call = call, .m = m, .t = t };
	int rc;

	memset(t, 0, sizeof(*t));
	rc = take_info(&w);
	return rc < 0 ? rc : take_rows(&w);
}

void olir_table_free(struct olir_table *t)
{
	for (size_t i = 0; t->cells && i < t->n_rows * OLIR_N_WRITTEN; i++)
		free(t->cells[i]);
	free(t->cells);
	memset(t, 0, sizeof(*t));
}

const char *olir_table_cell(const struct olir_table *t, size_t row, enum olir_col c)
{
	return t->cells[row * OLIR_N_WRITTEN + (size_t)c];
}
