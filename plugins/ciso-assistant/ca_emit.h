/* SPDX-License-Identifier: MIT */
#ifndef CA_EMIT_H
#define CA_EMIT_H

/*
 * YAML out through libyaml's emitter into the host's output, for the
 * writers: block style, UTF-8 left as it is, no line folding. Keys are
 * plain; text values are quoted (so "4.1" and "2026-03-27" stay text for
 * any reader), numbers and booleans plain. The same calls give the same
 * bytes.
 */

#include <yaml.h>

#include "xwalk/plugin.h"

struct ca_emit {
	yaml_emitter_t e;
	const struct xw_host *h;
	struct xw_output *out;
	int failed;
};

/* Starts a document whose top level is a map. */
int ca_emit_begin(struct ca_emit *em, const struct xw_host *h, struct xw_output *out);
/* Ends the document; XW_ENOMEM when libyaml failed at any point. */
int ca_emit_end(struct ca_emit *em);

void ca_emit_map(struct ca_emit *em);
void ca_emit_seq(struct ca_emit *em);
void ca_emit_close_map(struct ca_emit *em);
void ca_emit_close_seq(struct ca_emit *em);

void ca_emit_key(struct ca_emit *em, const char *key);
void ca_emit_text(struct ca_emit *em, const char *value);
void ca_emit_plain(struct ca_emit *em, const char *value);   /* a number or a boolean */

/* key: 'value', left out when @value is NULL. */
void ca_emit_pair(struct ca_emit *em, const char *key, const char *value);

#endif
