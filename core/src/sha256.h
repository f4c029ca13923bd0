/* SPDX-License-Identifier: MIT */
#ifndef XWALK_SHA256_H
#define XWALK_SHA256_H

/* SHA-256 (FIPS 180-4), for text hashes and name-based ids. */

#include <stddef.h>
#include <stdint.h>

struct xw_sha256 {
	uint32_t h[8];
	uint64_t total;
	unsigned char block[64];
	size_t fill;
};

void xw_sha256_init(struct xw_sha256 *c);
void xw_sha256_update(struct xw_sha256 *c, const void *data, size_t len);
void xw_sha256_final(struct xw_sha256 *c, unsigned char out[32]);

#endif
