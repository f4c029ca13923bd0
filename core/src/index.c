/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "index.h"

struct slot {
	const char *key;
	size_t value;
};

struct xw_index {
	struct slot *slots;
	size_t mask;   /* capacity - 1; capacity is a power of two */
	size_t used;
};

static uint64_t hash_str(const char *s)
{
	uint64_t h = 1469598103934665603ull;   /* FNV-1a */

	while (*s)
		h = (h ^ (unsigned char)*s++) * 1099511628211ull;
	return h ^ (h >> 29);
}

struct xw_index *xw_index_new(size_t expected)
{
	struct xw_index *ix = calloc(1, sizeof(*ix));
	size_t cap = 16;

	if (!ix)
		return NULL;
	while (cap < expected * 2)
		cap *= 2;
	ix->slots = calloc(cap, sizeof(*ix->slots));
	if (!ix->slots) {
		free(ix);
		return NULL;
	}
	ix->mask = cap - 1;
	return ix;
}

void xw_index_free(struct xw_index *ix)
{
	if (!ix)
		return;
	free(ix->slots);
	free(ix);
}

static struct slot *find(const struct xw_index *ix, const char *key)
{
	size_t i = (size_t)hash_str(key) & ix->mask;

	while (ix->slots[i].key && strcmp(ix->slots[i].key, key) != 0)
		i = (i + 1) & ix->mask;
	return &ix->slots[i];
}

static int grow(struct xw_index *ix)
{
	struct xw_index bigger = { NULL, ix->mask * 2 + 1, 0 };

	bigger.slots = calloc(bigger.mask + 1, sizeof(*bigger.slots));
	if (!bigger.slots)
		return -1;
	for (size_t i = 0; i <= ix->mask; i++)
		if (ix->slots[i].key)
			*find(&bigger, ix->slots[i].key) = ix->slots[i];
	free(ix->slots);
	ix->slots = bigger.slots;
	ix->mask = bigger.mask;
	return 0;
}

int xw_index_put(struct xw_index *ix, const char *key, size_t value)
{
	struct slot *s;

	if ((ix->used + 1) * 2 > ix->mask + 1 && grow(ix) < 0)
		return -1;
	s = find(ix, key);
	if (s->key)
		return 1;
	s->key = key;
	s->value = value;
	ix->used++;
	return 0;
}

size_t xw_index_get(const struct xw_index *ix, const char *key)
{
	const struct slot *s = find(ix, key);

	return s->key ? s->value : (size_t)-1;
}
