/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_emit.h"

static int to_host(void *data, unsigned char *buffer, size_t size)
{
	struct ca_emit *em = data;

	em->h->write(em->out, buffer, size);
	return 1;
}

static void emit(struct ca_emit *em, yaml_event_t *ev, int made)
{
	if (!made || !yaml_emitter_emit(&em->e, ev))
		em->failed = 1;
}

static void scalar(struct ca_emit *em, const char *value, int plain)
{
	yaml_event_t ev;

	if (em->failed)
		return;
	emit(em, &ev, yaml_scalar_event_initialize(&ev, NULL, NULL, (yaml_char_t *)value,
						   (int)strlen(value), plain, !plain,
						   YAML_ANY_SCALAR_STYLE));
}

int ca_emit_begin(struct ca_emit *em, const struct xw_host *h, struct xw_output *out)
{
	yaml_event_t ev;

	memset(em, 0, sizeof(*em));
	em->h = h;
	em->out = out;
	if (!yaml_emitter_initialize(&em->e))
		return XW_ENOMEM;
	yaml_emitter_set_output(&em->e, to_host, em);
	yaml_emitter_set_unicode(&em->e, 1);
	yaml_emitter_set_width(&em->e, -1);
	yaml_emitter_set_indent(&em->e, 2);
	emit(em, &ev, yaml_stream_start_event_initialize(&ev, YAML_UTF8_ENCODING));
	emit(em, &ev, yaml_document_start_event_initialize(&ev, NULL, NULL, NULL, 1));
	ca_emit_map(em);
	return 0;
}

int ca_emit_end(struct ca_emit *em)
{
	yaml_event_t ev;

	ca_emit_close_map(em);
	if (!em->failed)
		emit(em, &ev, yaml_document_end_event_initialize(&ev, 1));
	if (!em->failed)
		emit(em, &ev, yaml_stream_end_event_initialize(&ev));
	if (!em->failed && !yaml_emitter_flush(&em->e))
		em->failed = 1;
	yaml_emitter_delete(&em->e);
	return em->failed ? XW_ENOMEM : 0;
}

void ca_emit_map(struct ca_emit *em)
{
	yaml_event_t ev;

	if (!em->failed)
		emit(em, &ev, yaml_mapping_start_event_initialize(&ev, NULL, NULL, 1,
								  YAML_BLOCK_MAPPING_STYLE));
}

void ca_emit_seq(struct ca_emit *em)
{
	yaml_event_t ev;

	if (!em->failed)
		emit(em, &ev, yaml_sequence_start_event_initialize(&ev, NULL, NULL, 1,
								   YAML_BLOCK_SEQUENCE_STYLE));
}

void ca_emit_close_map(struct ca_emit *em)
{
	yaml_event_t ev;

	if (!em->failed)
		emit(em, &ev, yaml_mapping_end_event_initialize(&ev));
}

void ca_emit_close_seq(struct ca_emit *em)
{
	yaml_event_t ev;

	if (!em->failed)
		emit(em, &ev, yaml_sequence_end_event_initialize(&ev));
}

void ca_emit_key(struct ca_emit *em, const char *key)
{
	scalar(em, key, 1);
}

void ca_emit_text(struct ca_emit *em, const char *value)
{
	scalar(em, value, 0);
}

void ca_emit_plain(struct ca_emit *em, const char *value)
{
	scalar(em, value, 1);
}

void ca_emit_pair(struct ca_emit *em, const char *key, const char *value)
{
	if (!value)
		return;
	ca_emit_key(em, key);
	ca_emit_text(em, value);
}
