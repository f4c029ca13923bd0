/* SPDX-License-Identifier: MIT */
#ifndef CA_OPTIONS_H
#define CA_OPTIONS_H

/*
 * The reader's options, "--from ciso-assistant:OPTIONS" (plugin ABI
 * 1.2): KEY=VALUE items separated by ','. For a framework library: id=ID
 * and version=V (our id and version instead of the library's). For a
 * mapping library: framework=FILE, once for each framework library its
 * URNs name (their ref_ids become the ids); set=KEY, which of several
 * mapping sets (the last part of its urn or its ref_id);
 * missing-rationale=related, to read rows without a rationale as
 * 'related' instead of refusing them.
 */

#include <stdbool.h>

#include "ca_ctx.h"

#define CA_MAX_FRAMEWORK_FILES 8

struct ca_options {
	const char *id, *version, *set;
	const char *framework[CA_MAX_FRAMEWORK_FILES];
	size_t n_framework;
	bool missing_rationale_related;
	char buf[4096];                 /* the values point here */
};

/* Parses the options of @in; an unknown key, a key given twice or an item without '=' is an error. */
int ca_options_parse(const struct ca_ctx *c, const struct xw_input *in, struct ca_options *o);

/* The first option given that is not for a mapping library (@for_mapping) or a framework library, or NULL. */
const char *ca_options_foreign(const struct ca_options *o, bool for_mapping);

#endif
