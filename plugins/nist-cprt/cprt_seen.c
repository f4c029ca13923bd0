/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "cprt_seen.h"
#include "xwalk/error.h"

/* FNV-1a, 64 bits. */
static uint64_t hash(const char *s)
{
	uint64_t h = 14695981039346656037u;

	for (; *s; s++)
		h = (h ^ (unsigned char)*s) * 1099511628211u;
	return h;
}

/* The slot holding @key, or the free slot where it would go. */
static size_t *slot(const struct cprt_seen *s, const char *key)
{
	size_t mask = s->n_slots - 1, i = (size_t)hash(key) & mask;

	while (s->slots[i] && strcmp(s->keys[s->slots[i] - 1], key) != 0)
		i = (i + 1) & mask;
	return &s->slots[i];
}

static int grow(struct cprt_seen *s)
{
	size_t n_slots = s->n_slots ? s->n_slots * 2 : 64;
	size_t *slots = calloc(n_slots, sizeof(*slots)), *old = s->slots;
	char **keys = realloc(s->keys, n_slots / 2 * sizeof(*keys));

	if (keys)
		s->keys = keys;
	if (!slots || !keys) {
		free(slots);
		return XW_ENOMEM;
	}
	s->slots = slots;
	s->n_slots = n_slots;
	s->cap = n_slots / 2;
	for (size_t i = 0; i < s->n; i++)
		*slot(s, s->keys[i]) = i + 1;
	free(old);
	return 0;
}

int cprt_seen_add(struct cprt_seen *s, const char *key)
{
	size_t *at;

	if (s->n_slots && *(at = slot(s, key)))
		return 0;
	if (s->n == s->cap && grow(s) < 0)
		return XW_ENOMEM;
	at = slot(s, key);
	if (!(s->keys[s->n] = strdup(key)))
		return XW_ENOMEM;
	*at = ++s->n;
	return 1;
}

void cprt_seen_free(struct cprt_seen *s)
{
	for (size_t i = 0; i < s->n; i++)
		free(s->keys[i]);
	free(s->keys);
	free(s->slots);
	memset(s, 0, sizeof(*s));
}
