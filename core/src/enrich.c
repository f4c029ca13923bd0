/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/enrich.h"

static int copy_text(char **dst, const char *src, struct xw_error *err)
{
	return src ? xw_str_set(dst, src, err) : 0;
}

int xw_framework_enrich(struct xw_framework *base,
			const struct xw_framework *official,
			struct xw_enrich_stats *stats, struct xw_error *err)
{
	int rc;

	memset(stats, 0, sizeof(*stats));
	if (strcmp(base->id, official->id) != 0)
		return xw_error_set(err, XW_EINVAL, official->path, 0, 0,
				    "the official file is framework '%s', not '%s'",
				    official->id, base->id);
	for (size_t i = 0; i < official->n_items; i++) {
		const struct xw_item *o = official->items[i];
		size_t k = xw_framework_find(base, o->id);
		struct xw_item *b;
		int l = o->authoritative;

		if (k == XW_NONE) {
			if (!stats->only_official++)
				stats->first_only_official = o->id;
			continue;
		}
		if (l == XW_LANG_NONE)
			continue;
		b = base->items[k];
		/* the publisher's title where it gives one, always its text */
		if ((rc = copy_text(&b->title.s[l], o->title.s[l], err)) < 0 ||
		    (rc = copy_text(&b->text.s[l], o->text.s[l], err)) < 0)
			return rc;
		b->authoritative = l;
		stats->enriched++;
	}
	for (size_t i = 0; i < base->n_items; i++)
		if (!base->items[i]->withdrawn &&
		    xw_framework_find(official, base->items[i]->id) == XW_NONE &&
		    !stats->only_bundled++)
			stats->first_only_bundled = base->items[i]->id;
	if (!stats->enriched)
		return xw_error_set(err, XW_EINVAL, official->path, 0, 0,
				    "the official file gives no authoritative text for any item of %s",
				    base->id);
	/* texts changed: recompute hashes (and re-check the whole) */
	return xw_framework_finish(base, err);
}
