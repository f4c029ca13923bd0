/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "ca_nodes.h"

enum { N_URN, N_PARENT, N_REF_ID, N_ASSESSABLE, N_KEYS };
static const char *const node_keys[N_KEYS] = { "urn", "parent_urn", "ref_id", "assessable" };

static int assessable(const struct ca_ctx *c, const struct ytree_node *v, bool *out)
{
	*out = false;
	if (!v || ytree_is_null(v))
		return 0;
	if (v->type == YTREE_SCALAR && v->plain && strcmp(v->value, "true") == 0)
		*out = true;
	else if (!(v->type == YTREE_SCALAR && v->plain && strcmp(v->value, "false") == 0))
		return ca_fail(c, v, XW_EINVAL, "assessable must be true or false");
	return 0;
}

static int node_read(const struct ca_ctx *c, const struct ytree_node *map, struct ca_node *n,
		     const char **parent_urn)
{
	const struct ytree_node *v[N_KEYS];
	int rc;

	n->map = map;
	if ((rc = ca_fields(c, map, "a requirement node", node_keys, N_KEYS, v)) < 0 ||
	    (rc = ca_text_needed(c, v[N_URN], map, "the node's urn", &n->urn)) < 0 ||
	    (rc = ca_text(c, v[N_PARENT], "parent_urn", parent_urn)) < 0 ||
	    (rc = ca_text(c, v[N_REF_ID], "ref_id", &n->id)) < 0 ||
	    (rc = assessable(c, v[N_ASSESSABLE], &n->assessable)) < 0)
		return rc;
	if (!n->id || !*n->id)
		n->id = ca_urn_key(n->urn);
	if (!*n->id)
		return ca_fail(c, map, XW_EINVAL, "node '%s' has no ref_id and its urn ends in ':'",
			       n->urn);
	return 0;
}

static int by_urn(const void *a, const void *b)
{
	return strcmp(((const struct ca_urn_index *)a)->urn, ((const struct ca_urn_index *)b)->urn);
}

static int index_urns(const struct ca_ctx *c, struct ca_nodes *ns)
{
	if (!(ns->by_urn = malloc((ns->n ? ns->n : 1) * sizeof(*ns->by_urn))))
		return ca_fail(c, NULL, XW_ENOMEM, "out of memory");
	for (size_t i = 0; i < ns->n; i++)
		ns->by_urn[i] = (struct ca_urn_index){ ns->v[i].urn, i };
	qsort(ns->by_urn, ns->n, sizeof(*ns->by_urn), by_urn);
	for (size_t i = 1; i < ns->n; i++) {
		size_t a = ns->by_urn[i - 1].i, b = ns->by_urn[i].i;

		if (strcmp(ns->v[a].urn, ns->v[b].urn) == 0)
			return ca_fail(c, ns->v[a > b ? a : b].map, XW_EINVAL,
				       "a second node with urn '%s'", ns->v[a].urn);
	}
	return 0;
}

static int link_parent(const struct ca_ctx *c, struct ca_nodes *ns, size_t i, const char *parent_urn)
{
	const struct ca_node *p;

	ns->v[i].parent = CA_NO_PARENT;
	if (!parent_urn)
		return 0;
	p = ca_nodes_find(ns, parent_urn);
	if (!p)
		return ca_fail(c, ns->v[i].map, XW_EINVAL, "parent_urn '%s' names no node",
			       parent_urn);
	if ((size_t)(p - ns->v) >= i)
		return ca_fail(c, ns->v[i].map, XW_EINVAL,
			       "parent_urn '%s' names a node listed after this one", parent_urn);
	ns->v[i].parent = (size_t)(p - ns->v);
	return 0;
}

static const struct ytree_node *node_list(const struct ca_ctx *c, const struct ca_lib *lib, int *rc)
{
	static const char *const keys[] = { "requirement_nodes" };
	const struct ytree_node *list;

	if ((*rc = ca_fields(c, lib->framework, "the framework", keys, 1, &list)) < 0)
		return NULL;
	if (!list || list->type != YTREE_SEQ)
		*rc = ca_fail(c, list ? list : lib->framework, XW_EINVAL,
			      "the framework has no list of requirement_nodes");
	return list;
}

int ca_nodes_load(const struct ca_ctx *c, const struct ca_lib *lib, struct ca_nodes *out)
{
	const struct ytree_node *list, *e;
	const char **parents = NULL;
	size_t n = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	if (!(list = node_list(c, lib, &rc)))
		return rc;
	for (e = list->first; e; e = e->next)
		n++;
	out->v = calloc(n ? n : 1, sizeof(*out->v));
	parents = calloc(n ? n : 1, sizeof(*parents));
	if (!out->v || !parents) {
		rc = ca_fail(c, NULL, XW_ENOMEM, "out of memory");
		goto done;
	}
	for (e = list->first; e; e = e->next, out->n++)
		if ((rc = node_read(c, e, &out->v[out->n], &parents[out->n])) < 0)
			goto done;
	if ((rc = index_urns(c, out)) < 0)
		goto done;
	for (size_t i = 0; i < out->n && rc == 0; i++)
		rc = link_parent(c, out, i, parents[i]);
done:
	free(parents);
	if (rc < 0)
		ca_nodes_free(out);
	return rc;
}

void ca_nodes_free(struct ca_nodes *nodes)
{
	free(nodes->v);
	free(nodes->by_urn);
	memset(nodes, 0, sizeof(*nodes));
}

const struct ca_node *ca_nodes_find(const struct ca_nodes *nodes, const char *urn)
{
	struct ca_urn_index key = { urn, 0 };
	const struct ca_urn_index *hit = nodes->n ? bsearch(&key, nodes->by_urn, nodes->n,
							     sizeof(key), by_urn) : NULL;

	return hit ? &nodes->v[hit->i] : NULL;
}
