/* SPDX-License-Identifier: MIT */
#ifndef OM_WCTX_H
#define OM_WCTX_H

/* What the writer's parts share: the set, the output, the UUID namespace. */

#include <stdbool.h>

#include "xwalk/plugin.h"
#include "om_emit.h"
#include "om_uuid.h"

struct om_w {
	const struct xw_host *h;
	struct xw_call *call;
	const struct xw_mapping *m;
	struct om_emit e;
	unsigned char ns[16];        /* UUID v5 namespace: uuid5(URL, OM_NS) */
	const char *id, *source, *target;
	const char *rationale;       /* provenance's: the one most rows give */
	char party[OM_UUID_LEN + 1]; /* the author's */
	size_t n_maps;               /* rows with both sides */
};

/* "cannot write mapping set 'ID' as OSCAL: " and the message; returns XW_EINVAL. */
int om_w_fail(struct om_w *w, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/*
 * The UUID of one part of the document, named by @kind, the source and
 * target framework ids, the set id, then @a and @b where not NULL.
 */
void om_w_uuid(const struct om_w *w, const char *kind, const char *a,
	       const char *b, char out[OM_UUID_LEN + 1]);

/* Writes "key": "value" after checking that @value is an OSCAL string. */
int om_w_string(struct om_w *w, const char *key, const char *value, const char *what);

/* A prop in xwalk's namespace; @cls and @group may be NULL. */
int om_w_prop(struct om_w *w, const char *name, const char *value,
	      const char *cls, const char *group, const char *what);

/* The parts: metadata and provenance; the mapping with its maps; its
 * source and target resources; the back matter they point to. */
int om_w_metadata(struct om_w *w);
int om_w_provenance(struct om_w *w);
int om_w_mapping(struct om_w *w);
int om_w_resources(struct om_w *w);
int om_w_back_matter(struct om_w *w);

/* The props of a row, for a map (@group NULL) or a gap row (its group). */
int om_w_row_props(struct om_w *w, const struct xw_row *r, const char *group);

/* Element @idx of row field @key (0 for a scalar), or NULL. */
const char *om_w_get(const struct om_w *w, const struct xw_row *r, const char *key, size_t idx);

/* Whether row @r has both sources and targets (else it is a gap row). */
bool om_w_is_map(const struct om_w *w, const struct xw_row *r);

#endif
