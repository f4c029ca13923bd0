/* SPDX-License-Identifier: MIT */
/*
 * The plugin's SHA-1 and UUID v5 against known answers: FIPS 180 test
 * vectors, and RFC 4122 name-based UUIDs as Python's uuid.uuid5 makes them.
 */
#include <criterion/criterion.h>
#include <stdio.h>
#include <string.h>

#include "om_sha1.h"
#include "om_uuid.h"

static void hex_of(const char *data, size_t len, size_t repeat, char out[41])
{
	unsigned char d[20];
	struct om_sha1 s;

	om_sha1_init(&s);
	for (size_t i = 0; i < repeat; i++)
		om_sha1_add(&s, data, len);
	om_sha1_end(&s, d);
	for (int i = 0; i < 20; i++)
		sprintf(out + 2 * i, "%02x", d[i]);
}

Test(sha1, fips_vectors)
{
	char hex[41];

	hex_of("abc", 3, 1, hex);
	cr_assert_str_eq(hex, "a9993e364706816aba3e25717850c26c9cd0d89d");
	hex_of("", 0, 1, hex);
	cr_assert_str_eq(hex, "da39a3ee5e6b4b0d3255bfef95601890afd80709");
	hex_of("abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq", 56, 1, hex);
	cr_assert_str_eq(hex, "84983e441c3bd26ebaae4aa1f95129e5e54670f1");
	hex_of("a", 1, 1000000, hex);
	cr_assert_str_eq(hex, "34aa973cd4c4daa4f61eeb2bdbad27316534016f");
}

/* uuid.uuid5(uuid.NAMESPACE_DNS, "python.org") */
Test(uuid, rfc4122_version5)
{
	static const unsigned char dns[16] = {
		0x6b, 0xa7, 0xb8, 0x10, 0x9d, 0xad, 0x11, 0xd1,
		0x80, 0xb4, 0x00, 0xc0, 0x4f, 0xd4, 0x30, 0xc8,
	};
	static const unsigned char want[16] = {
		0x88, 0x63, 0x13, 0xe1, 0x3b, 0x8a, 0x53, 0x72,
		0x9b, 0x90, 0x0c, 0x9a, 0xee, 0x19, 0x9e, 0x5d,
	};
	unsigned char u[16];

	om_uuid5(dns, "python.org", 10, u);
	cr_assert_arr_eq(u, want, 16);
}

/*
 * The namespace of xwalk's documents is uuid5(NAMESPACE_URL, "urn:xwalk:oscal");
 * a map's name is its parts each ended by NUL (docs/formats.md).
 */
Test(uuid, map_name)
{
	static const char *const parts[] = {
		"map", "iso27001-2022", "scs-2026", "iso27001-2022--scs-2026", "iso-001",
	};
	unsigned char ns[16];
	char text[OM_UUID_LEN + 1];

	om_uuid5(om_uuid_ns_url, "urn:xwalk:oscal", 15, ns);
	om_uuid5_text(ns, parts, 5, text);
	cr_assert_str_eq(text, "2fb6d165-83b1-59f1-a6a0-8fc049c06384");
}
