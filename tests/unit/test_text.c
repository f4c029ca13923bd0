/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/buf.h"
#include "xwalk/text.h"
#include "index.h"

Test(text, languages)
{
	cr_assert_str_eq(xw_lang_name(XW_LANG_JA), "ja");
	cr_assert_str_eq(xw_lang_name(XW_LANG_EN), "en");
	cr_assert_null(xw_lang_name(XW_LANG_NONE));
	cr_assert_null(xw_lang_name(XW_LANG_COUNT));
	cr_assert_eq(xw_lang_parse("ja"), XW_LANG_JA);
	cr_assert_eq(xw_lang_parse("en"), XW_LANG_EN);
	cr_assert_eq(xw_lang_parse("EN"), XW_LANG_NONE);
	cr_assert_eq(xw_lang_parse(""), XW_LANG_NONE);
	cr_assert_eq(xw_lang_parse(NULL), XW_LANG_NONE);
}

Test(text, ltext_falls_back_to_the_other_language)
{
	struct xw_ltext t = { { NULL, NULL } };
	struct xw_error e;

	cr_assert_null(xw_ltext_get(&t, XW_LANG_EN));
	cr_assert_eq(xw_str_set(&t.s[XW_LANG_JA], "管理", &e), 0);
	cr_assert_str_eq(xw_ltext_get(&t, XW_LANG_EN), "管理");
	cr_assert_str_eq(xw_ltext_get(&t, XW_LANG_NONE), "管理");
	cr_assert_eq(xw_str_set(&t.s[XW_LANG_EN], "Control", &e), 0);
	cr_assert_str_eq(xw_ltext_get(&t, XW_LANG_EN), "Control");
	cr_assert_str_eq(xw_ltext_get(&t, XW_LANG_JA), "管理");
	xw_ltext_clear(&t);
	cr_assert_null(t.s[0]);
	cr_assert_null(t.s[1]);
}

Test(text, strlist_keeps_order_and_finds)
{
	struct xw_strlist l = { NULL, 0 };
	struct xw_error e;
	char s[16];

	for (int i = 0; i < 100; i++) {
		snprintf(s, sizeof(s), "s%d", i);
		cr_assert_eq(xw_strlist_add(&l, s, &e), 0);
	}
	cr_assert_eq(l.n, 100);
	cr_assert_str_eq(l.v[0], "s0");
	cr_assert_str_eq(l.v[63], "s63");
	cr_assert_str_eq(l.v[99], "s99");
	cr_assert_eq(xw_strlist_find(&l, "s64"), 64);
	cr_assert_eq(xw_strlist_find(&l, "s100"), -1);
	xw_strlist_clear(&l);
	cr_assert_eq(l.n, 0);
	cr_assert_null(l.v);
	cr_assert_eq(xw_strlist_add(&l, "again", &e), 0);
	cr_assert_str_eq(l.v[0], "again");
	xw_strlist_clear(&l);
}

Test(text, props_replace_by_key)
{
	struct xw_props p = { NULL, 0 };
	struct xw_error e;

	cr_assert_eq(xw_props_set(&p, "a", "1", &e), 0);
	cr_assert_eq(xw_props_set(&p, "b", "2", &e), 0);
	cr_assert_eq(xw_props_set(&p, "a", "3", &e), 0);
	cr_assert_eq(p.n, 2);
	cr_assert_str_eq(xw_props_get(&p, "a"), "3");
	cr_assert_str_eq(xw_props_get(&p, "b"), "2");
	cr_assert_null(xw_props_get(&p, "c"));
	xw_props_clear(&p);
	cr_assert_eq(p.n, 0);
}

Test(text, dates)
{
	static const char *const good[] = {
		"2026-03-27", "2024-02-29", "2000-02-29", "1999-12-31", "2026-01-01",
	};
	static const char *const bad[] = {
		"2025-02-29", "1900-02-29", "2026-02-30", "2026-04-31", "2026-13-01",
		"2026-00-10", "2026-01-00", "2026-1-01", "26-01-01", "2026/01/01",
		"2026-01-01T00:00", "", "abcd-ef-gh", "2026-01-3a", "+026-01-01",
	};

	for (size_t i = 0; i < sizeof(good) / sizeof(good[0]); i++)
		cr_assert(xw_date_valid(good[i]), "%s", good[i]);
	for (size_t i = 0; i < sizeof(bad) / sizeof(bad[0]); i++)
		cr_assert_not(xw_date_valid(bad[i]), "%s", bad[i]);
}

Test(text, buf_appends_and_stays_terminated)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_buf_puts(&b, "ab");
	xw_buf_putc(&b, 'c');
	xw_buf_pad(&b, 3);
	xw_buf_printf(&b, "%d-%s", 42, "x");
	xw_buf_add(&b, "\0z", 2);
	cr_assert_eq(b.len, 12);
	cr_assert_eq(memcmp(b.data, "abc   42-x\0z", 12), 0);
	cr_assert_eq(b.data[b.len], '\0');
	cr_assert_not(b.failed);
	xw_buf_reset(&b);
	cr_assert_null(b.data);
	cr_assert_eq(b.len, 0);
}

Test(text, buf_grows_past_its_first_block)
{
	struct xw_buf b = XW_BUF_INIT;

	for (int i = 0; i < 10000; i++)
		xw_buf_printf(&b, "%04d,", i % 10000);
	cr_assert_eq(b.len, 50000);
	cr_assert_eq(strncmp(b.data + 49995, "9999,", 5), 0);
	cr_assert_eq(strlen(b.data), 50000);
	xw_buf_reset(&b);
}

Test(text, index_maps_strings_and_keeps_the_first_value)
{
	struct xw_index *ix = xw_index_new(4);
	static char keys[2000][8];

	cr_assert_not_null(ix);
	for (int i = 0; i < 2000; i++) {
		snprintf(keys[i], sizeof(keys[i]), "k%d", i);
		cr_assert_eq(xw_index_put(ix, keys[i], (size_t)i), 0);
	}
	for (int i = 0; i < 2000; i++)
		cr_assert_eq(xw_index_get(ix, keys[i]), (size_t)i);
	cr_assert_eq(xw_index_put(ix, "k7", 99), 1);
	cr_assert_eq(xw_index_get(ix, "k7"), 7);
	cr_assert_eq(xw_index_get(ix, "k2000"), (size_t)-1);
	cr_assert_eq(xw_index_get(ix, ""), (size_t)-1);
	xw_index_free(ix);
	xw_index_free(NULL);
}
