/* SPDX-License-Identifier: MIT */
#ifndef XWALK_HOST_H
#define XWALK_HOST_H

/* The host side of the plugin ABI: the service table and call context. */

#include "xwalk/buf.h"
#include "xwalk/plugin.h"

struct xw_call {
	const char *path;
	unsigned line, column;     /* position set by host->at() */
	struct xw_error *err;
};

struct xw_output {
	struct xw_buf buf;
	const char *path;          /* NULL for standard output */
	const char *options;       /* never NULL */
};

extern const struct xw_host xw_host_table;

/* Field getters behind host->*_get(); see plugin.h. */
const char *xw_framework_get(const struct xw_framework *fw, const char *key,
			     const char *sub, size_t idx);
const char *xw_item_get(const struct xw_item *it, const char *key,
			const char *sub, size_t idx);
const char *xw_mapping_get(const struct xw_mapping *m, const char *key,
			   const char *sub, size_t idx);
const char *xw_row_get(const struct xw_row *r, const char *key,
		       const char *sub, size_t idx);
const char *xw_profile_get(const struct xw_profile *p, const char *key,
			   const char *sub, size_t idx);
const char *xw_question_get(const struct xw_question *q, const char *key,
			    const char *sub, size_t idx);
const char *xw_row_hash_get(const struct xw_row *r, const char *side,
			    size_t idx, char hex[17]);

#endif
