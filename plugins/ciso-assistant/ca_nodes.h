/* SPDX-License-Identifier: MIT */
#ifndef CA_NODES_H
#define CA_NODES_H

/*
 * The requirement nodes of a framework library, in file order, with our
 * item id for each (its ref_id, or the last part of its URN when it has
 * none) and its parent, looked up by URN.
 */

#include <stdbool.h>

#include "ca_lib.h"

#define CA_NO_PARENT ((size_t)-1)

struct ca_node {
	const struct ytree_node *map;
	const char *urn, *id;
	size_t parent;                 /* index of an earlier node, or CA_NO_PARENT */
	bool assessable;
};

struct ca_urn_index {
	const char *urn;
	size_t i;                      /* into ca_nodes.v */
};

struct ca_nodes {
	struct ca_node *v;
	size_t n;
	struct ca_urn_index *by_urn;   /* sorted by URN */
};

/*
 * Reads objects.framework.requirement_nodes of @lib. Every node needs a
 * urn, unique in the library; a parent_urn must name a node listed
 * before it; assessable is true or false.
 */
int ca_nodes_load(const struct ca_ctx *c, const struct ca_lib *lib, struct ca_nodes *out);
void ca_nodes_free(struct ca_nodes *nodes);

/* The node of @urn, or NULL. */
const struct ca_node *ca_nodes_find(const struct ca_nodes *nodes, const char *urn);

#endif
