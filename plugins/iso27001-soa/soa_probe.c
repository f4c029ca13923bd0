/* SPDX-License-Identifier: MIT */
#include <stdbool.h>
#include <string.h>

#include "soa_book.h"
#include "soa_header.h"
#include "soa_probe.h"

/*
 * True when the @n bytes at @p hold @word (memmem() is not standard C):
 * memchr() finds each place its first byte is, so that a file without
 * it costs one fast scan, not a comparison at every byte.
 */
static bool holds(const unsigned char *p, size_t n, const char *word)
{
	const unsigned char *end = p + n;
	size_t k = strlen(word);

	while ((p = memchr(p, (unsigned char)word[0], (size_t)(end - p))) &&
	       (size_t)(end - p) >= k) {
		if (memcmp(p, word, k) == 0)
			return true;
		p++;
	}
	return false;
}

/*
 * Header words of a Japanese SoA in Shift_JIS, as Excel saves "CSV" on
 * Japanese Windows; no UTF-8 text can hold these bytes. Such a file is
 * taken, so that reading it says it is not UTF-8.
 */
static bool shift_jis_soa(const struct xw_input *in)
{
	static const char *const words[] = {
		"\x8A\xC7\x97\x9D\x8D\xF4",           /* 管理策 */
		"\x93\x4B\x97\x70\x89\xC2\x94\xDB", /* 適用可否 */
		"\x8E\xC0\x8E\x7B\x8F\xF3\x8B\xB5", /* 実施状況 */
	};
	size_t n = in->size < 65536 ? in->size : 65536;

	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (holds(in->data, n, words[i]))
			return true;
	return false;
}

int soa_probe(const struct xw_input *in)
{
	struct soa_book b;
	struct soa_table t;
	enum soa_found f = SOA_NO_TABLE;

	if (soa_book_open(&b, NULL, NULL, in, SOA_HEADER_ROWS) == 0)
		f = soa_table_find(&b, &t);
	soa_book_close(&b);
	if (f == SOA_TABLE)
		return 80;
	return f == SOA_PARTIAL_TABLE || (!soa_book_is_zip(in) && shift_jis_soa(in)) ? 10 : 0;
}
