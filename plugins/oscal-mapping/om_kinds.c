/* SPDX-License-Identifier: MIT */
#include "om_rctx.h"

/* The keys of each object, from the OSCAL 1.2.1 mapping schema. */

#define KIND(var, one, many, keys) \
	const struct om_kind var = { one, many, keys, sizeof(keys) / sizeof(keys[0]) }

static const struct om_key root[] = {
	{ "$schema", true }, { "mapping-collection", true },
};
static const struct om_key collection[] = {
	{ "uuid", true }, { "metadata", true }, { "provenance", true },
	{ "mappings", true }, { "back-matter", true },
};
static const struct om_key metadata[] = {
	{ "title", true }, { "published", false }, { "last-modified", true },
	{ "version", true }, { "oscal-version", true }, { "revisions", false },
	{ "document-ids", true }, { "props", true }, { "links", false },
	{ "roles", true }, { "locations", false }, { "parties", true },
	{ "responsible-parties", true }, { "actions", false }, { "remarks", false },
};
static const struct om_key provenance[] = {
	{ "method", true }, { "matching-rationale", true }, { "status", true },
	{ "confidence-score", false }, { "coverage", false },
	{ "mapping-description", true }, { "responsible-parties", true },
	{ "props", true }, { "links", false }, { "remarks", false },
};
static const struct om_key mapping[] = {
	{ "uuid", true }, { "method", true }, { "matching-rationale", true },
	{ "status", true }, { "source-resource", true }, { "target-resource", true },
	{ "maps", true }, { "props", true }, { "links", false }, { "remarks", false },
	{ "mapping-description", false }, { "source-gap-summary", true },
	{ "target-gap-summary", true }, { "confidence-score", false },
	{ "coverage", false },
};
static const struct om_key map[] = {
	{ "uuid", true }, { "ns", true }, { "matching-rationale", true },
	{ "relationship", true }, { "sources", true }, { "targets", true },
	{ "qualifiers", true }, { "confidence-score", false }, { "coverage", false },
	{ "props", true }, { "links", false }, { "remarks", true },
};
static const struct om_key item[] = {
	{ "type", true }, { "id-ref", true }, { "props", false }, { "links", false },
	{ "remarks", false },
};
static const struct om_key qualifier[] = {
	{ "subject", true }, { "predicate", true }, { "category", true },
	{ "description", true }, { "remarks", false },
};
static const struct om_key resource[] = {
	{ "ns", true }, { "type", true }, { "href", true }, { "props", true },
	{ "links", false }, { "remarks", false },
};
static const struct om_key gap_summary[] = {
	{ "uuid", true }, { "unmapped-controls", true },
};
static const struct om_key select[] = {
	{ "with-child-controls", true }, { "with-ids", true }, { "matching", true },
};
static const struct om_key matching[] = {
	{ "pattern", true }, { "remarks", false },
};

KIND(om_k_root, "the document's top level", NULL, root);
KIND(om_k_collection, "mapping-collection", NULL, collection);
KIND(om_k_metadata, "metadata", NULL, metadata);
KIND(om_k_provenance, "provenance", NULL, provenance);
KIND(om_k_mapping, "mapping", "mappings", mapping);
KIND(om_k_map, "map", "maps", map);
KIND(om_k_item, "source or target item", "source and target items", item);
KIND(om_k_qualifier, "qualifier", "qualifiers", qualifier);
KIND(om_k_resource, "source or target resource", "source and target resources", resource);
KIND(om_k_gap_summary, "gap summary", "gap summaries", gap_summary);
KIND(om_k_select, "unmapped-controls entry", "unmapped-controls entries", select);
KIND(om_k_matching, "matching pattern", "matching patterns", matching);
