/* SPDX-License-Identifier: MIT */
#ifndef CPRT_MAPPING_H
#define CPRT_MAPPING_H

/*
 * Mapping sets from the export: its informative references to one scheme
 * (the option target=NAME) as a set from nist-csf-2.0, where NIST says
 * only that an item is referenced, so every row is 'related', without
 * rationale or strength; or the version mapping from CSF 1.1 (the option
 * from=nist-csf-1.1, cprt_versions.h). See docs/formats.md.
 */

#include "cprt_rows.h"
#include "xwalk/plugin.h"

int cprt_read_mapping(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct xw_mapping *m);

/* What a set read from the export says of itself, beyond what every such set says. */
struct cprt_set_meta {
	const char *id;
	const char *title_ja, *title_en;
	const char *source, *source_version;
	const char *target, *target_version;
	const char *author;
};

/*
 * Sets the metadata of @r's set: @meta, the export's @date as its version
 * and date (none when ""), method human, status draft, not comprehensive.
 */
int cprt_mapping_meta(const struct cprt_rows *r, const struct cprt_set_meta *meta,
		      const char *date);

#endif
