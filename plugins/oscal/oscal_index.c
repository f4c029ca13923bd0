/* SPDX-License-Identifier: MIT */
#include <stdint.h>
#include <stdlib.h>
#include <string.h>

#include "oscal_index.h"

struct slot {
	const char *key;
	const void *value;
	size_t len;
};

struct oc_index {
	struct slot *slots;
	size_t cap;       /* a power of two */
	size_t n;
};

static uint64_t hash(const char *s, size_t len)
{
	uint64_t h = 1469598103934665603u;   /* FNV-1a */

	for (size_t i = 0; i < len; i++)
		h = (h ^ (unsigned char)s[i]) * 1099511628211u;
	return h;
}

struct oc_index *oc_index_new(void)
{
	struct oc_index *ix = calloc(1, sizeof(*ix));

	if (!ix)
		return NULL;
	ix->cap = 1024;
	ix->slots = calloc(ix->cap, sizeof(*ix->slots));
	if (!ix->slots) {
		free(ix);
		return NULL;
	}
	return ix;
}

void oc_index_free(struct oc_index *ix)
{
	if (ix)
		free(ix->slots);
	free(ix);
}

static struct slot *find(const struct oc_index *ix, const char *key, size_t len)
{
	size_t i = (size_t)hash(key, len) & (ix->cap - 1);

	/* linear probing; the table is never more than half full */
	while (ix->slots[i].key &&
	       (ix->slots[i].len != len || memcmp(ix->slots[i].key, key, len) != 0))
		i = (i + 1) & (ix->cap - 1);
	return &ix->slots[i];
}

static int grow(struct oc_index *ix)
{
	struct oc_index bigger = { calloc(ix->cap * 2, sizeof(struct slot)), ix->cap * 2, ix->n };

	if (!bigger.slots)
		return -1;
	for (size_t i = 0; i < ix->cap; i++)
		if (ix->slots[i].key)
			*find(&bigger, ix->slots[i].key, ix->slots[i].len) = ix->slots[i];
	free(ix->slots);
	*ix = bigger;
	return 0;
}

int oc_index_put(struct oc_index *ix, const char *key, const void *value)
{
	size_t len = strlen(key);
	struct slot *s;

	if (2 * (ix->n + 1) > ix->cap && grow(ix) < 0)
		return -1;
	s = find(ix, key, len);
	if (!s->key) {
		s->key = key;
		s->len = len;
		s->value = value;
		ix->n++;
	}
	return 0;
}

const void *oc_index_get(const struct oc_index *ix, const char *key, size_t len)
{
	return find(ix, key, len)->value;
}
