/* SPDX-License-Identifier: MIT */
#ifndef CA_LIB_H
#define CA_LIB_H

/*
 * A CISO Assistant library: one YAML document whose top-level map names
 * the library (urn, locale, ref_id, name, description, copyright,
 * version, publication_date, provider, packager, translations) and holds
 * its objects: a framework, or requirement mapping sets.
 */

#include "ca_ctx.h"

/* The top-level keys the readers use (the framework's or set's own name and texts are read there). */
enum ca_lib_key {
	CA_LIB_URN, CA_LIB_LOCALE, CA_LIB_COPYRIGHT, CA_LIB_VERSION, CA_LIB_DATE,
	CA_LIB_PROVIDER, CA_LIB_PACKAGER, CA_LIB_OBJECTS, CA_LIB_KEYS
};

struct ca_lib {
	struct ytree tree;                        /* owned */
	const struct ytree_node *key[CA_LIB_KEYS];
	const char *urn, *locale;
	const struct ytree_node *framework;      /* objects.framework, or NULL */
	const struct ytree_node *mapping_sets;   /* objects.requirement_mapping_sets, or NULL */
};

/*
 * Parses @len bytes at @data. XW_EUNSUPPORTED, reported with a message
 * only when @c->origin is set, for YAML that is no library (no urn or no
 * objects); other errors are reported.
 */
int ca_lib_open(const struct ca_ctx *c, const char *data, size_t len, struct ca_lib *lib);
void ca_lib_close(struct ca_lib *lib);

/* A text in our two languages; either may be NULL. */
struct ca_texts {
	const char *ja, *en;
};

/*
 * The @key text ("name", "description") of map @owner: in the library's
 * locale from @owner itself, in Japanese and English from its
 * translations; the locale's own text wins over a translation.
 */
int ca_lib_texts(const struct ca_ctx *c, const struct ca_lib *lib,
		 const struct ytree_node *owner, const char *key, struct ca_texts *out);

/* The last ':'-separated part of @urn: "gv.oc-01" of "urn:intuitem:risk:req_node:nist-csf-2.0:gv.oc-01". */
const char *ca_urn_key(const char *urn);

#endif
