/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "sha256.h"

static void hex(const unsigned char d[32], char out[65])
{
	for (int i = 0; i < 32; i++)
		snprintf(out + 2 * i, 3, "%02x", d[i]);
}

static void check(const void *data, size_t len, const char *want)
{
	struct xw_sha256 c;
	unsigned char d[32];
	char got[65];

	xw_sha256_init(&c);
	xw_sha256_update(&c, data, len);
	xw_sha256_final(&c, d);
	hex(d, got);
	cr_assert_str_eq(got, want, "SHA-256 of %zu bytes", len);
}

/* Same input fed one byte at a time, to cross every block boundary. */
static void check_bytewise(const char *data, size_t len, const char *want)
{
	struct xw_sha256 c;
	unsigned char d[32];
	char got[65];

	xw_sha256_init(&c);
	for (size_t i = 0; i < len; i++)
		xw_sha256_update(&c, data + i, 1);
	xw_sha256_final(&c, d);
	hex(d, got);
	cr_assert_str_eq(got, want, "byte-wise SHA-256 of %zu bytes", len);
}

Test(sha256, empty_string)
{
	check("", 0, "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855");
}

Test(sha256, abc)
{
	check("abc", 3, "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
}

Test(sha256, fips_448_bit_message)
{
	static const char m[] = "abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq";

	check(m, sizeof(m) - 1,
	      "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
	check_bytewise(m, sizeof(m) - 1,
		       "248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1");
}

Test(sha256, fips_896_bit_message)
{
	static const char m[] =
		"abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmn"
		"hijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu";

	check(m, sizeof(m) - 1,
	      "cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1");
}

Test(sha256, one_million_a)
{
	static const char want[] =
		"cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0";
	char *m = malloc(1000000);
	struct xw_sha256 c;
	unsigned char d[32];
	char got[65];

	cr_assert_not_null(m);
	memset(m, 'a', 1000000);
	check(m, 1000000, want);
	/* and in uneven pieces */
	xw_sha256_init(&c);
	for (size_t off = 0, step = 1; off < 1000000; off += step, step = step % 97 + 1)
		xw_sha256_update(&c, m + off, off + step > 1000000 ? 1000000 - off : step);
	xw_sha256_final(&c, d);
	hex(d, got);
	cr_assert_str_eq(got, want);
	free(m);
}

/* Padding edge cases: lengths around the 56- and 64-byte boundaries. */
Test(sha256, padding_boundaries)
{
	static const struct {
		size_t n;
		const char *want;
	} v[] = {
		{ 55, "9f4390f8d30c2dd92ec9f095b65e2b9ae9b0a925a5258e241c9f1e910f734318" },
		{ 56, "b35439a4ac6f0948b6d6f9e3c6af0f5f590ce20f1bde7090ef7970686ec6738a" },
		{ 57, "f13b2d724659eb3bf47f2dd6af1accc87b81f09f59f2b75e5c0bed6589dfe8c6" },
		{ 63, "7d3e74a05d7db15bce4ad9ec0658ea98e3f06eeecf16b4c6fff2da457ddc2f34" },
		{ 64, "ffe054fe7ae0cb6dc65c3af9b61d5209f439851db43d0ba5997337df154668eb" },
		{ 65, "635361c48bb9eab14198e76ea8ab7f1a41685d6ad62aa9146d301d4f17eb0ae0" },
		{ 119, "31eba51c313a5c08226adf18d4a359cfdfd8d2e816b13f4af952f7ea6584dcfb" },
		{ 120, "2f3d335432c70b580af0e8e1b3674a7c020d683aa5f73aaaedfdc55af904c21c" },
	};
	char m[128];

	memset(m, 'a', sizeof(m));
	for (size_t i = 0; i < sizeof(v) / sizeof(v[0]); i++) {
		check(m, v[i].n, v[i].want);
		check_bytewise(m, v[i].n, v[i].want);
	}
}
