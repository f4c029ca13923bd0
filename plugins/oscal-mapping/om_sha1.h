/* SPDX-License-Identifier: MIT */
#ifndef OM_SHA1_H
#define OM_SHA1_H

/*
 * SHA-1 (FIPS 180-4), for name-based UUIDs (RFC 4122 version 5) only:
 * it names things and protects nothing.
 */

#include <stddef.h>
#include <stdint.h>

struct om_sha1 {
	uint32_t h[5];
	uint64_t len;            /* bytes so far */
	unsigned char block[64];
	size_t fill;
};

void om_sha1_init(struct om_sha1 *s);
void om_sha1_add(struct om_sha1 *s, const void *data, size_t len);
void om_sha1_end(struct om_sha1 *s, unsigned char digest[20]);

#endif
