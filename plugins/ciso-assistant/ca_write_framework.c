/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "ca_head.h"
#include "ca_urn.h"
#include "ca_write_framework.h"

#define MAX_PROFILES 32   /* the host's limit (docs/security.md) */

struct fw_write {
	const struct xw_host *h;
	struct xw_call *call;
	const struct xw_framework *fw;
	struct ca_emit em;
	struct ca_place place;
	size_t n_profiles;
	uint32_t groups[MAX_PROFILES];  /* bit q: a member of profile p is in defined profile q */
	size_t *stack;                  /* the open ancestors of the item being written */
	size_t depth;
};

static int fail(struct fw_write *w, int code, const char *what, const char *id)
{
	w->h->at(w->call, 0, 0);
	return w->h->error(w->call, code, "item '%s' %s", id, what);
}

static size_t profile_index(const struct fw_write *w, const char *id)
{
	for (size_t p = 0; p < w->n_profiles; p++)
		if (strcmp(w->h->profile_get(w->h->profile_at(w->fw, p), "id", NULL, 0), id) == 0)
			return p;
	return w->n_profiles;
}

/*
 * A profile holds what the profiles it extends hold, but CISO Assistant's
 * implementation groups do not extend each other: a node is put in every
 * group that holds it, so choosing the ★4 group shows all ★4 criteria.
 * A profile not yet defined (★5) holds nothing and is no group.
 */
static void resolve_groups(struct fw_write *w)
{
	w->n_profiles = w->h->profile_count(w->fw);
	if (w->n_profiles > MAX_PROFILES)
		w->n_profiles = MAX_PROFILES;
	for (size_t q = 0; q < w->n_profiles; q++) {
		const struct xw_profile *pr = w->h->profile_at(w->fw, q);
		size_t p = q;

		if (strcmp(w->h->profile_get(pr, "defined", NULL, 0), "true") != 0)
			continue;
		while (p < w->n_profiles) {
			const char *ext = w->h->profile_get(w->h->profile_at(w->fw, p), "extends", NULL, 0);

			w->groups[p] |= (uint32_t)1 << q;
			p = ext ? profile_index(w, ext) : w->n_profiles;
		}
	}
}

static void groups_definition(struct fw_write *w)
{
	int any = 0;

	for (size_t q = 0; q < w->n_profiles; q++) {
		const struct xw_profile *pr = w->h->profile_at(w->fw, q);
		struct ca_texts title = { w->h->profile_get(pr, "title", "ja", 0),
					  w->h->profile_get(pr, "title", "en", 0) };
		struct ca_texts note = { w->h->profile_get(pr, "note", "ja", 0),
					 w->h->profile_get(pr, "note", "en", 0) };

		if (!(w->groups[q] >> q & 1))
			continue;  /* not defined */
		if (!any++) {
			ca_emit_key(&w->em, "implementation_groups_definition");
			ca_emit_seq(&w->em);
		}
		ca_emit_map(&w->em);
		ca_emit_pair(&w->em, "ref_id", w->h->profile_get(pr, "id", NULL, 0));
		ca_head_texts(&w->em, title, note);
		ca_head_translations(&w->em, title, note);
		ca_emit_close_map(&w->em);
	}
	if (any)
		ca_emit_close_seq(&w->em);
}

static void node_groups(struct fw_write *w, const struct xw_item *it)
{
	uint32_t in = 0;
	const char *p;

	for (size_t i = 0; (p = w->h->item_get(it, "profiles", NULL, i)); i++) {
		size_t k = profile_index(w, p);

		if (k < w->n_profiles)
			in |= w->groups[k];
	}
	if (!in)
		return;
	ca_emit_key(&w->em, "implementation_groups");
	ca_emit_seq(&w->em);
	for (size_t q = 0; q < w->n_profiles; q++)
		if (in >> q & 1)
			ca_emit_text(&w->em, w->h->profile_get(w->h->profile_at(w->fw, q), "id", NULL, 0));
	ca_emit_close_seq(&w->em);
}

/* Items come depth-first: the parent of item @i is on the stack of its ancestors. */
static int place_in_tree(struct fw_write *w, size_t i, const char *id, const char *parent)
{
	while (w->depth > 0 && (!parent ||
	       strcmp(w->h->item_get(w->h->item_at(w->fw, w->stack[w->depth - 1]), "id", NULL, 0),
		      parent) != 0))
		w->depth--;
	if (parent && w->depth == 0)
		return fail(w, XW_EINVAL, "is not listed right after its parent or a descendant of it", id);
	w->stack[w->depth++] = i;
	return 0;
}

static bool is_leaf(const struct fw_write *w, size_t i, const char *id)
{
	const char *next_parent = i + 1 < w->h->item_count(w->fw)
		? w->h->item_get(w->h->item_at(w->fw, i + 1), "parent", NULL, 0) : NULL;

	return !next_parent || strcmp(next_parent, id) != 0;
}

static int node(struct fw_write *w, size_t i)
{
	const struct xw_item *it = w->h->item_at(w->fw, i);
	const char *id = w->h->item_get(it, "id", NULL, 0);
	const char *parent = w->h->item_get(it, "parent", NULL, 0);
	struct ca_texts title = { w->h->item_get(it, "title", "ja", 0), w->h->item_get(it, "title", "en", 0) };
	struct ca_texts text = { w->h->item_get(it, "text", "ja", 0), w->h->item_get(it, "text", "en", 0) };
	char urn[CA_URN_MAX], parent_urn[CA_URN_MAX], depth[24];
	int rc;

	if ((rc = place_in_tree(w, i, id, parent)) < 0)
		return rc;
	if (strcmp(w->h->item_get(it, "status", NULL, 0), "withdrawn") == 0)
		return 0;  /* CISO Assistant has no withdrawn requirements */
	if (parent && strcmp(w->h->item_get(w->h->item_at(w->fw, w->stack[w->depth - 2]), "status",
					    NULL, 0), "withdrawn") == 0)
		return fail(w, XW_EINVAL, "is active under a withdrawn item", id);
	if (!ca_node_urn(&w->place, id, urn) || (parent && !ca_node_urn(&w->place, parent, parent_urn)))
		return fail(w, XW_EINVAL, "cannot be part of a URN (ASCII letters, digits, '.', '-' "
			    "and '_' only)", parent && ca_node_urn(&w->place, id, urn) ? parent : id);
	snprintf(depth, sizeof(depth), "%zu", w->depth);
	ca_emit_map(&w->em);
	ca_emit_pair(&w->em, "urn", urn);
	ca_emit_key(&w->em, "assessable");
	ca_emit_plain(&w->em, is_leaf(w, i, id) ? "true" : "false");
	ca_emit_key(&w->em, "depth");
	ca_emit_plain(&w->em, depth);
	ca_emit_pair(&w->em, "parent_urn", parent ? parent_urn : NULL);
	ca_emit_pair(&w->em, "ref_id", id);
	ca_head_texts(&w->em, title, text);
	ca_emit_pair(&w->em, "annotation", w->h->item_get(it, "props", "annotation", 0));
	node_groups(w, it);
	ca_head_translations(&w->em, title, text);
	ca_emit_close_map(&w->em);
	return 0;
}

static int by_id_ignoring_case(const void *a, const void *b)
{
	return strcasecmp(*(const char *const *)a, *(const char *const *)b);
}

/* Two ids that differ only in case would get one URN: sorted, they stand side by side. */
static int check_urns(struct fw_write *w)
{
	size_t n = w->h->item_count(w->fw);
	const char **ids = malloc((n ? n : 1) * sizeof(*ids));
	int rc = 0;

	if (!ids)
		return XW_ENOMEM;
	for (size_t i = 0; i < n; i++)
		ids[i] = w->h->item_get(w->h->item_at(w->fw, i), "id", NULL, 0);
	qsort(ids, n, sizeof(*ids), by_id_ignoring_case);
	for (size_t i = 1; i < n && rc == 0; i++)
		if (strcasecmp(ids[i - 1], ids[i]) == 0)
			rc = fail(w, XW_EINVAL, "differs from another only in case; CISO Assistant's "
				  "URNs are lower case", strcmp(ids[i - 1], ids[i]) > 0 ? ids[i - 1] : ids[i]);
	free(ids);
	return rc;
}

static int framework_object(struct fw_write *w, struct ca_texts name, struct ca_texts summary)
{
	int rc = 0;

	ca_emit_key(&w->em, "objects");
	ca_emit_map(&w->em);
	ca_emit_key(&w->em, "framework");
	ca_emit_map(&w->em);
	ca_emit_pair(&w->em, "urn", w->place.framework);
	ca_emit_pair(&w->em, "ref_id", w->h->framework_get(w->fw, "id", NULL, 0));
	ca_head_texts(&w->em, name, summary);
	ca_head_translations(&w->em, name, summary);
	groups_definition(w);
	ca_emit_key(&w->em, "requirement_nodes");
	ca_emit_seq(&w->em);
	for (size_t i = 0; i < w->h->item_count(w->fw) && rc == 0; i++)
		rc = node(w, i);
	ca_emit_close_seq(&w->em);
	ca_emit_close_map(&w->em);
	ca_emit_close_map(&w->em);
	return rc;
}

int ca_write_framework(const struct xw_host *h, struct xw_call *call, const struct xw_framework *fw,
		       struct xw_output *out)
{
	struct fw_write w = { .h = h, .call = call, .fw = fw };
	const char *id = h->framework_get(fw, "id", NULL, 0);
	struct ca_texts name = { h->framework_get(fw, "name", "ja", 0), h->framework_get(fw, "name", "en", 0) };
	struct ca_texts summary = { h->framework_get(fw, "summary", "ja", 0),
				    h->framework_get(fw, "summary", "en", 0) };
	struct ca_head hd = {
		.ref_id = id, .name = name, .description = summary,
		.copyright = h->framework_get(fw, "licence", NULL, 0),
		.date = h->framework_get(fw, "date", NULL, 0),
		.provider = h->framework_get(fw, "publisher", NULL, 0),
	};
	int rc;

	ca_place_of(id, true, &w.place);
	hd.urn = w.place.library;
	resolve_groups(&w);
	if ((rc = check_urns(&w)) < 0)
		return rc;
	if (!(w.stack = malloc((h->item_count(fw) + 1) * sizeof(*w.stack))))
		return XW_ENOMEM;
	if ((rc = ca_emit_begin(&w.em, h, out)) == 0) {
		ca_head_write(&w.em, &hd);
		rc = framework_object(&w, name, summary);
		if (ca_emit_end(&w.em) < 0 && rc == 0)
			rc = XW_ENOMEM;
	}
	free(w.stack);
	return rc;
}
