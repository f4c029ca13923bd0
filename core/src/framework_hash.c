/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/framework.h"
#include "sha256.h"

/* The first 8 bytes of the SHA-256 of the titles and texts that count:
 * the authoritative language's, or every language's when none is. */
static uint64_t text_hash(const struct xw_item *it)
{
	struct xw_sha256 c;
	unsigned char d[32];
	uint64_t h = 0;

	xw_sha256_init(&c);
	for (int l = 0; l < XW_LANG_COUNT; l++) {
		const char *parts[2] = { it->title.s[l], it->text.s[l] };

		if (it->authoritative != XW_LANG_NONE && it->authoritative != l)
			continue;
		for (int k = 0; k < 2; k++) {
			const char *s = parts[k] ? parts[k] : "";
			xw_sha256_update(&c, s, strlen(s) + 1);
		}
	}
	xw_sha256_final(&c, d);
	for (int i = 0; i < 8; i++)
		h = h << 8 | d[i];
	return h;
}

uint64_t xw_item_hash(const struct xw_item *it)
{
	/* Only the memo is written, and items are never const objects
	 * (xw_framework_add_item() allocates them), so casting the const
	 * away is safe: the hash belongs to the item's value. */
	struct xw_item *memo = (struct xw_item *)it;

	if (!it->hash_known) {
		memo->hash_memo = text_hash(it);
		memo->hash_known = true;
	}
	return it->hash_memo;
}

void xw_hash_hex(uint64_t hash, char buf[17])
{
	static const char hex[] = "0123456789abcdef";

	for (int i = 0; i < 16; i++)
		buf[i] = hex[(hash >> (60 - 4 * i)) & 0xF];
	buf[16] = '\0';
}
