/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <string.h>

#include "xwalk/error.h"

Test(error, set_fills_every_field_and_returns_the_code)
{
	struct xw_error e;
	int rc;

	xw_error_clear(&e);
	rc = xw_error_set(&e, XW_EINVAL, "a.yaml", 3, 7, "bad %s %d", "value", 42);
	cr_assert_eq(rc, XW_EINVAL);
	cr_assert_eq(e.code, XW_EINVAL);
	cr_assert_str_eq(e.file, "a.yaml");
	cr_assert_eq(e.line, 3);
	cr_assert_eq(e.column, 7);
	cr_assert_str_eq(e.message, "bad value 42");
}

Test(error, control_characters_in_a_message_are_escaped_onto_one_line)
{
	struct xw_error e;

	xw_error_set(&e, XW_EINVAL, "a.yaml", 1, 1, "value '%s'",
		     "0\nxwalk: forged\t\x1b[31m\x7f");
	cr_assert_str_eq(e.message, "value '0\\nxwalk: forged\\t\\x1B[31m\\x7F'");
}

Test(error, an_escaped_message_is_cut_whole_at_the_buffer_end)
{
	char value[XW_ERROR_MSG_MAX];
	struct xw_error e;
	size_t n;

	memset(value, '\n', sizeof(value) - 1);
	value[sizeof(value) - 1] = '\0';
	xw_error_set(&e, XW_EINVAL, NULL, 0, 0, "%s", value);
	n = strlen(e.message);
	cr_assert_eq(n, sizeof(e.message) - 2, "an escape is never cut in half (%zu)", n);
	cr_assert_eq(e.message[n - 2], '\\');
}

Test(error, set_with_null_error_only_returns_the_code)
{
	cr_assert_eq(xw_error_set(NULL, XW_ELIMIT, "f", 1, 1, "x"), XW_ELIMIT);
}

Test(error, set_with_null_file_leaves_file_empty)
{
	struct xw_error e;

	xw_error_set(&e, XW_EIO, NULL, 0, 0, "oops");
	cr_assert_str_eq(e.file, "");
}

Test(error, clear_resets_everything)
{
	struct xw_error e;

	xw_error_set(&e, XW_EIO, "f", 2, 3, "m");
	xw_error_clear(&e);
	cr_assert_eq(e.code, XW_OK);
	cr_assert_str_eq(e.file, "");
	cr_assert_eq(e.line, 0);
	cr_assert_eq(e.column, 0);
	cr_assert_str_eq(e.message, "");
}

Test(error, format_file_line_column_message)
{
	struct xw_error e;
	char buf[256];

	xw_error_set(&e, XW_ESYNTAX, "dir/a.yaml", 12, 5, "invalid YAML");
	xw_error_format(&e, buf, sizeof(buf));
	cr_assert_str_eq(buf, "dir/a.yaml:12:5: invalid YAML");
}

Test(error, format_without_line_is_file_colon_message)
{
	struct xw_error e;
	char buf[256];

	xw_error_set(&e, XW_EIO, "a.yaml", 0, 9, "cannot open: No such file");
	xw_error_format(&e, buf, sizeof(buf));
	cr_assert_str_eq(buf, "a.yaml: cannot open: No such file");
}

Test(error, format_with_line_but_no_column_uses_column_one)
{
	struct xw_error e;
	char buf[256];

	xw_error_set(&e, XW_EINVAL, "a.yaml", 4, 0, "m");
	xw_error_format(&e, buf, sizeof(buf));
	cr_assert_str_eq(buf, "a.yaml:4:1: m");
}

Test(error, format_without_file_is_just_the_message)
{
	struct xw_error e;
	char buf[256];

	xw_error_set(&e, XW_ENOMEM, NULL, 5, 5, "out of memory");
	xw_error_format(&e, buf, sizeof(buf));
	cr_assert_str_eq(buf, "out of memory");
}

Test(error, long_message_is_truncated_not_overflowed)
{
	static char big[5000];
	struct {
		struct xw_error e;
		char canary[64];
	} s;

	memset(big, 'm', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	memset(s.canary, 0x5A, sizeof(s.canary));
	xw_error_set(&s.e, XW_EINVAL, "f", 1, 1, "%s", big);
	cr_assert_eq(strlen(s.e.message), XW_ERROR_MSG_MAX - 1);
	cr_assert_eq(s.e.message[0], 'm');
	for (size_t i = 0; i < sizeof(s.canary); i++)
		cr_assert_eq((unsigned char)s.canary[i], 0x5A, "canary byte %zu overwritten", i);
}

Test(error, long_file_name_is_truncated_not_overflowed)
{
	static char big[3000];
	struct xw_error e;

	memset(big, 'f', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	xw_error_set(&e, XW_EIO, big, 1, 2, "short");
	cr_assert_eq(strlen(e.file), XW_ERROR_FILE_MAX - 1);
	cr_assert_eq(e.line, 1);
	cr_assert_eq(e.column, 2);
	cr_assert_str_eq(e.message, "short");
}

Test(error, format_truncates_to_the_buffer_size)
{
	struct xw_error e;
	char buf[32];

	memset(buf, 0x5A, sizeof(buf));
	xw_error_set(&e, XW_EINVAL, "file.yaml", 10, 20,
		     "a message that is much longer than sixteen bytes");
	xw_error_format(&e, buf, 16);
	cr_assert_eq(strlen(buf), 15);
	cr_assert_eq(strncmp(buf, "file.yaml:10:20", 15), 0);
	for (size_t i = 16; i < sizeof(buf); i++)
		cr_assert_eq((unsigned char)buf[i], 0x5A, "byte %zu past the buffer written", i);
}

Test(error, format_of_max_sized_fields_fits_a_big_buffer)
{
	static char big[5000];
	struct xw_error e;
	static char out[4096];

	memset(big, 'x', sizeof(big) - 1);
	big[sizeof(big) - 1] = '\0';
	xw_error_set(&e, XW_EINVAL, big, 4000000000u, 4000000000u, "%s", big);
	xw_error_format(&e, out, sizeof(out));
	/* 1023 + ":4000000000:4000000000: " + 1023 */
	cr_assert_eq(strlen(out), 1023 + 24 + 1023);
}

Test(error, locate_fills_a_missing_position)
{
	struct xw_error e;

	xw_error_set(&e, XW_EINVAL, NULL, 0, 0, "no position");
	xw_error_locate(&e, "b.yaml", 8, 3);
	cr_assert_str_eq(e.file, "b.yaml");
	cr_assert_eq(e.line, 8);
	cr_assert_eq(e.column, 3);
	cr_assert_str_eq(e.message, "no position");
}

Test(error, locate_keeps_an_existing_position)
{
	struct xw_error e;

	xw_error_set(&e, XW_EINVAL, "a.yaml", 2, 4, "m");
	xw_error_locate(&e, "b.yaml", 8, 3);
	cr_assert_str_eq(e.file, "a.yaml");
	cr_assert_eq(e.line, 2);
	cr_assert_eq(e.column, 4);
}

Test(error, locate_adds_a_line_to_an_error_that_has_only_a_file)
{
	struct xw_error e;

	xw_error_set(&e, XW_EINVAL, "a.yaml", 0, 0, "m");
	xw_error_locate(&e, "b.yaml", 8, 3);
	cr_assert_str_eq(e.file, "a.yaml");
	cr_assert_eq(e.line, 8);
	cr_assert_eq(e.column, 3);
}

Test(error, locate_accepts_null)
{
	struct xw_error e;

	xw_error_locate(NULL, "b.yaml", 1, 1);
	xw_error_set(&e, XW_EINVAL, NULL, 0, 0, "m");
	xw_error_locate(&e, NULL, 0, 0);
	cr_assert_str_eq(e.file, "");
	cr_assert_eq(e.line, 0);
}

Test(error, strerror_names_every_code)
{
	cr_assert_str_eq(xw_strerror(XW_OK), "success");
	cr_assert_str_eq(xw_strerror(XW_ENOMEM), "out of memory");
	cr_assert_str_eq(xw_strerror(XW_ELIMIT), "limit exceeded");
	for (int c = XW_EUSAGE; c <= XW_OK; c++)
		cr_assert_str_neq(xw_strerror(c), "unknown error", "code %d", c);
	cr_assert_str_eq(xw_strerror(-100), "unknown error");
	cr_assert_str_eq(xw_strerror(7), "unknown error");
}
