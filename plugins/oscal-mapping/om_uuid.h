/* SPDX-License-Identifier: MIT */
#ifndef OM_UUID_H
#define OM_UUID_H

/*
 * Name-based UUIDs, version 5 (RFC 4122, section 4.3: SHA-1), so that
 * writing the same mapping set again gives the same document.
 */

#include <stddef.h>

#define OM_UUID_LEN 36   /* "xxxxxxxx-xxxx-5xxx-yxxx-xxxxxxxxxxxx" */

/* RFC 4122 appendix C: the namespace for names that are URLs. */
extern const unsigned char om_uuid_ns_url[16];

/* The UUID of @name (@len bytes) in namespace @ns, as 16 bytes. */
void om_uuid5(const unsigned char ns[16], const void *name, size_t len,
	      unsigned char out[16]);

/*
 * The UUID in @ns of the name made of @n parts, each followed by one
 * NUL byte, as lower-case text.
 */
void om_uuid5_text(const unsigned char ns[16], const char *const *parts,
		   size_t n, char out[OM_UUID_LEN + 1]);

#endif
