/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "om_sha1.h"
#include "om_uuid.h"

const unsigned char om_uuid_ns_url[16] = {
	0x6b, 0xa7, 0xb8, 0x11, 0x9d, 0xad, 0x11, 0xd1,
	0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
};

static void finish(struct om_sha1 *s, unsigned char out[16])
{
	unsigned char digest[20];

	om_sha1_end(s, digest);
	memcpy(out, digest, 16);
	out[6] = (unsigned char)((out[6] & 0x0F) | 0x50);   /* version 5 */
	out[8] = (unsigned char)((out[8] & 0x3F) | 0x80);   /* RFC 4122 variant */
}

void om_uuid5(const unsigned char ns[16], const void *name, size_t len,
	      unsigned char out[16])
{
	struct om_sha1 s;

	om_sha1_init(&s);
	om_sha1_add(&s, ns, 16);
	om_sha1_add(&s, name, len);
	finish(&s, out);
}

void om_uuid5_text(const unsigned char ns[16], const char *const *parts,
		   size_t n, char out[OM_UUID_LEN + 1])
{
	unsigned char u[16];
	struct om_sha1 s;
	size_t k = 0;

	om_sha1_init(&s);
	om_sha1_add(&s, ns, 16);
	for (size_t i = 0; i < n; i++)
		om_sha1_add(&s, parts[i], strlen(parts[i]) + 1);
	finish(&s, u);
	for (int i = 0; i < 16; i++) {
		if (i == 4 || i == 6 || i == 8 || i == 10)
			out[k++] = '-';
		k += (size_t)sprintf(out + k, "%02x", u[i]);
	}
}
