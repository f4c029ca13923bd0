/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <stdlib.h>
#include <string.h>

#include "oscal_successors.h"

struct oc_successor {
	struct xw_item *item;
	const char *item_id;
	const char *href;
	unsigned line, column;
};

static bool successor_rel(const char *rel)
{
	static const char *const rels[] = { "incorporated-into", "moved-to", "addressed-by" };

	for (size_t i = 0; rel && i < sizeof(rels) / sizeof(rels[0]); i++) {
		size_t k = 0;

		while (rel[k] && (rel[k] == rels[i][k] || (rel[k] == '_' && rels[i][k] == '-')))
			k++;
		if (!rel[k] && !rels[i][k])
			return true;
	}
	return false;
}

int oc_successors_note(struct oc_successors *s, const struct oc_view *v,
		       const void *node, struct xw_item *it, const char *item_id)
{
	for (const void *l = oc_first(v, node, OC_LINKS); l; l = oc_next(v, l, OC_LINKS)) {
		const char *href = oc_field(v, l, OC_HREF);

		if (!href || !successor_rel(oc_field(v, l, OC_REL)))
			continue;
		if (s->n == s->cap) {
			size_t cap = s->cap ? s->cap * 2 : 64;
			struct oc_successor *nv = realloc(s->v, cap * sizeof(*nv));

			if (!nv)
				return -1;
			s->v = nv;
			s->cap = cap;
		}
		s->v[s->n++] = (struct oc_successor){
			it, item_id, href, v->ops->line(l), v->ops->column(l),
		};
	}
	return 0;
}

static const char *target_of(const struct oc_successor *s, const struct oc_index *ix)
{
	const char *key = s->href + (s->href[0] == '#');

	return oc_index_get(ix, key, strlen(key));
}

int oc_successors_resolve(const struct oc_successors *s, const struct xw_host *h,
			  struct xw_call *call, const struct oc_index *ix)
{
	for (size_t i = 0; i < s->n; i++) {
		const struct oc_successor *x = &s->v[i];
		const char *target = target_of(x, ix);
		bool dup = false;
		int rc;

		h->at(call, x->line, x->column);
		if (!target) {
			h->warn(call, "'%s' links to '%s', which is not in this catalog; "
				"it is left out of replaced-by", x->item_id, x->href);
			continue;
		}
		/* the links of one item are adjacent */
		for (size_t j = i; j-- > 0 && s->v[j].item == x->item && !dup;)
			dup = target_of(&s->v[j], ix) == target;
		if (dup || strcmp(target, x->item_id) == 0)
			continue;
		rc = h->item_set(call, x->item, "replaced-by", NULL, target);
		if (rc < 0)
			return rc;
	}
	return 0;
}

void oc_successors_free(struct oc_successors *s)
{
	free(s->v);
	s->v = NULL;
	s->n = s->cap = 0;
}
