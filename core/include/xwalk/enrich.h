/* SPDX-License-Identifier: MIT */
#ifndef XWALK_ENRICH_H
#define XWALK_ENRICH_H

/**
 * Enrichment: the two layers of a framework put together. The bundled
 * catalog holds ids, structure, levels, withdrawn items and our own
 * summaries; a publisher's official file, read by a plugin, holds the
 * official text. Enriching copies the official texts, in the official
 * file's authoritative language, onto the bundled items with the same
 * ids and marks them authoritative; everything else of the bundled
 * catalog stays. Text hashes are recomputed.
 */

#include <stddef.h>

#include "xwalk/catalog.h"

struct xw_enrich_stats {
	size_t enriched;        /* bundled items that got official text */
	size_t only_official;   /* items the official file has and the catalog lacks */
	size_t only_bundled;    /* active bundled items the official file lacks */
	const char *first_only_official;
	const char *first_only_bundled;
};

/**
 * Lays @official over @base (same framework id). Errors: XW_EINVAL when
 * the ids differ or @official has no authoritative texts, XW_ENOMEM.
 */
int xw_framework_enrich(struct xw_framework *base,
			const struct xw_framework *official,
			struct xw_enrich_stats *stats, struct xw_error *err);

#endif
