/* SPDX-License-Identifier: MIT */
#ifndef XWALK_MIGRATE_H
#define XWALK_MIGRATE_H

/**
 * Migration: carrying a mapping set to a new version of its source (or
 * target) framework through a version mapping, a mapping set from the
 * old version to the new one (such as NIST's CSF 1.1 -> 2.0 transition).
 *
 * Each row is carried only as far as the composition of relations
 * allows: a row whose items each map `equal` to exactly one new item
 * keeps its meaning and carries over; any other row lands as a draft,
 * with the relation derived for it and the reason; a row whose items the
 * new version dropped without successor is left out and reported. No
 * row goes without a note.
 */

#include <stdbool.h>

#include "xwalk/framework.h"
#include "xwalk/mapping.h"

enum xw_fate {
	XW_FATE_CARRIED,    /* meaning exactly preserved */
	XW_FATE_REVIEW,     /* carried, marked draft with the reason */
	XW_FATE_DROPPED,    /* its items are gone; only in the notes */
};

struct xw_migration_note {
	const struct xw_row *row;   /* the row in the old set */
	enum xw_fate fate;
	char reason[512];
};

/**
 * Migrates @m through @version_map (old -> new). @target_side picks which
 * end of @m changes version. The result, *@out, is a new set on @new_fw;
 * *@notes (one per row of @m, caller frees) says what happened.
 * Errors: XW_EINVAL when the frameworks do not line up, XW_ENOMEM.
 */
int xw_mapping_migrate(const struct xw_mapping *m,
		       const struct xw_mapping *version_map,
		       const struct xw_framework *old_fw,
		       const struct xw_framework *new_fw, bool target_side,
		       struct xw_mapping **out, struct xw_migration_note **notes,
		       struct xw_error *err);

const char *xw_fate_name(enum xw_fate f);

#endif
