/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ca_head.h"
#include "ca_pairs.h"
#include "ca_urn.h"
#include "ca_write_mapping.h"

/* More pairs than this are refused rather than written (a row of 1,000 sources and 1,000 targets is 10^6). */
#define MAX_PAIRS 1000000

/* One mapping of the library, from one pair of items of a row. */
struct pair {
	const struct xw_row *row;
	const char *source, *target;   /* item ids, the host's */
	const char *relation;          /* CISO Assistant's */
	bool whole;                    /* the row is this one pair */
	bool repeated;                 /* an earlier row names the pair */
};

struct map_write {
	const struct xw_host *h;
	struct xw_call *call;
	const struct xw_mapping *m;
	struct ca_emit em;
	struct ca_place from, to;
	struct pair *pairs;
	size_t n_pairs, left_out, repeated;
};

static size_t count(const struct xw_host *h, const struct xw_row *r, const char *key)
{
	size_t n = 0;

	while (h->row_get(r, key, NULL, n))
		n++;
	return n;
}

static int too_many(struct map_write *w)
{
	w->h->at(w->call, 0, 0);
	return w->h->error(w->call, XW_ELIMIT, "the set's rows make more than %d pairs of items, "
			   "the most a library is written with", MAX_PAIRS);
}

/* The pairs of every row, in row order: at most MAX_PAIRS. */
static int collect(struct map_write *w)
{
	size_t rows = w->h->row_count(w->m), total = 0;

	for (size_t i = 0; i < rows; i++) {
		const struct xw_row *r = w->h->row_at(w->m, i);
		size_t n = count(w->h, r, "sources"), m = count(w->h, r, "targets");

		if (n > MAX_PAIRS || m > MAX_PAIRS || (total += n * m) > MAX_PAIRS)
			return too_many(w);
	}
	if (!(w->pairs = malloc((total ? total : 1) * sizeof(*w->pairs))))
		return XW_ENOMEM;
	for (size_t i = 0; i < rows; i++) {
		const struct xw_row *r = w->h->row_at(w->m, i);
		size_t n = count(w->h, r, "sources"), m = count(w->h, r, "targets");
		const char *relation = ca_pair_relation(w->h->row_get(r, "relationship", NULL, 0), n, m);

		w->left_out += !relation;
		for (size_t s = 0; relation && s < n; s++)
			for (size_t t = 0; t < m; t++)
				w->pairs[w->n_pairs++] = (struct pair){
					r, w->h->row_get(r, "sources", NULL, s),
					w->h->row_get(r, "targets", NULL, t), relation, n == 1 && m == 1, false,
				};
	}
	return 0;
}

static int by_items_then_order(const void *a, const void *b)
{
	const struct pair *x = *(const struct pair *const *)a, *y = *(const struct pair *const *)b;
	int c = strcmp(x->source, y->source);

	if (c == 0)
		c = strcmp(x->target, y->target);
	return c ? c : (x > y) - (x < y);
}

/* Marks each pair an earlier row names too: CISO Assistant holds one relationship a pair. */
static int mark_repeated(struct map_write *w)
{
	struct pair **sorted = malloc((w->n_pairs ? w->n_pairs : 1) * sizeof(*sorted));

	if (!sorted)
		return XW_ENOMEM;
	for (size_t i = 0; i < w->n_pairs; i++)
		sorted[i] = &w->pairs[i];
	qsort(sorted, w->n_pairs, sizeof(*sorted), by_items_then_order);
	for (size_t i = 1; i < w->n_pairs; i++)
		if (strcmp(sorted[i - 1]->source, sorted[i]->source) == 0 &&
		    strcmp(sorted[i - 1]->target, sorted[i]->target) == 0) {
			sorted[i]->repeated = true;
			w->repeated++;
		}
	free(sorted);
	return 0;
}

static int bad_id(struct map_write *w, const struct xw_row *r, const char *id)
{
	w->h->at(w->call, 0, 0);
	return w->h->error(w->call, XW_EINVAL, "row '%s': item '%s' cannot be part of a URN "
			   "(ASCII letters, digits, '.', '-' and '_' only)",
			   w->h->row_get(r, "id", NULL, 0), id);
}

static int mapping(struct map_write *w, const struct pair *p)
{
	const char *rationale = w->h->row_get(p->row, "rationale", NULL, 0);
	const char *strength = w->h->row_get(p->row, "strength", NULL, 0);
	char su[CA_URN_MAX], tu[CA_URN_MAX];

	if (!ca_node_urn(&w->from, p->source, su))
		return bad_id(w, p->row, p->source);
	if (!ca_node_urn(&w->to, p->target, tu))
		return bad_id(w, p->row, p->target);
	if (p->repeated)
		return 0;
	ca_emit_map(&w->em);
	ca_emit_pair(&w->em, "source_requirement_urn", su);
	ca_emit_pair(&w->em, "target_requirement_urn", tu);
	ca_emit_pair(&w->em, "relationship", p->relation);
	if (strcmp(p->relation, "not_related") != 0)
		ca_emit_pair(&w->em, "rationale", rationale);
	if (p->whole && strength) {
		ca_emit_key(&w->em, "strength_of_relationship");
		ca_emit_plain(&w->em, strength);
	}
	ca_emit_close_map(&w->em);
	return 0;
}

static int set_object(struct map_write *w, const char *id, struct ca_texts title,
		      struct ca_texts use)
{
	char urn[CA_URN_MAX];
	int rc = 0;

	snprintf(urn, sizeof(urn), "urn:xwalk:risk:req_mapping_set:%s", id);
	ca_emit_key(&w->em, "objects");
	ca_emit_map(&w->em);
	ca_emit_key(&w->em, "requirement_mapping_sets");
	ca_emit_seq(&w->em);
	ca_emit_map(&w->em);
	ca_emit_pair(&w->em, "urn", urn);
	ca_emit_pair(&w->em, "ref_id", id);
	ca_head_texts(&w->em, title, use);
	ca_emit_pair(&w->em, "source_framework_urn", w->from.framework);
	ca_emit_pair(&w->em, "target_framework_urn", w->to.framework);
	ca_head_translations(&w->em, title, use);
	ca_emit_key(&w->em, "requirement_mappings");
	ca_emit_seq(&w->em);
	for (size_t i = 0; i < w->n_pairs && rc == 0; i++)
		rc = mapping(w, &w->pairs[i]);
	ca_emit_close_seq(&w->em);
	ca_emit_close_map(&w->em);
	ca_emit_close_seq(&w->em);
	ca_emit_close_map(&w->em);
	return rc;
}

static void report_left_out(struct map_write *w)
{
	w->h->at(w->call, 0, 0);
	if (w->left_out)
		w->h->warn(w->call, "rows left out: %zu (gap rows and 'related' rows have no pair of "
			   "items CISO Assistant can hold)", w->left_out);
	if (w->repeated)
		w->h->warn(w->call, "pairs given again by a later row, left out: %zu (CISO Assistant "
			   "holds one relationship a pair; the first row's is kept)", w->repeated);
}

int ca_write_mapping(const struct xw_host *h, struct xw_call *call, const struct xw_mapping *m,
		     struct xw_output *out)
{
	struct map_write w = { .h = h, .call = call, .m = m };
	const char *id = h->mapping_get(m, "id", NULL, 0);
	struct ca_texts title = { h->mapping_get(m, "title", "ja", 0), h->mapping_get(m, "title", "en", 0) };
	struct ca_texts use = { NULL, h->mapping_get(m, "intended-use", NULL, 0) };
	char lib_urn[CA_URN_MAX + 32], ref[CA_URN_MAX];
	struct ca_head hd = {
		.urn = lib_urn, .ref_id = ref, .name = title, .description = use,
		.date = h->mapping_get(m, "date", NULL, 0),
		.provider = h->mapping_get(m, "author", NULL, 0),
	};
	char fallback[2 * CA_URN_MAX];
	int rc;

	/* CISO Assistant requires a name; a set without an English title gets "SOURCE -> TARGET" */
	if (!title.en) {
		snprintf(fallback, sizeof(fallback), "%s -> %s", h->mapping_get(m, "source", "framework", 0),
			 h->mapping_get(m, "target", "framework", 0));
		hd.name.en = title.en = fallback;
	}
	ca_place_of(h->mapping_get(m, "source", "framework", 0), false, &w.from);
	ca_place_of(h->mapping_get(m, "target", "framework", 0), false, &w.to);
	snprintf(ref, sizeof(ref), "mapping-%s", id);
	snprintf(lib_urn, sizeof(lib_urn), "urn:xwalk:risk:library:%s", ref);
	if ((rc = collect(&w)) == 0 && (rc = mark_repeated(&w)) == 0 &&
	    (rc = ca_emit_begin(&w.em, h, out)) == 0) {
		ca_head_write(&w.em, &hd);
		ca_emit_key(&w.em, "dependencies");
		ca_emit_seq(&w.em);
		ca_emit_text(&w.em, w.from.library);
		ca_emit_text(&w.em, w.to.library);
		ca_emit_close_seq(&w.em);
		rc = set_object(&w, id, title, use);
		if (ca_emit_end(&w.em) < 0 && rc == 0)
			rc = XW_ENOMEM;
	}
	free(w.pairs);
	if (rc == 0)
		report_left_out(&w);
	return rc;
}
