/* SPDX-License-Identifier: MIT */
#include <criterion/criterion.h>
#include <fcntl.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <sys/stat.h>
#include <sys/types.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

#include "helpers.h"
#include "xwalk/io.h"

/* --- xw_file_read ---------------------------------------------------------- */

Test(io, read_returns_the_bytes_nul_terminated)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;
	size_t len;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/a.txt", dir);
	put_file(path, "hello\nworld", 11);
	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, 100, &buf, &len, &e), 0, "%s", e.message);
	cr_assert_eq(len, 11);
	cr_assert_eq(memcmp(buf, "hello\nworld", 11), 0);
	cr_assert_eq(buf[11], '\0');
	free(buf);
	rm_tree(dir);
}

Test(io, read_empty_file_gives_an_empty_string)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;
	size_t len = 99;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/empty", dir);
	put_file(path, "", 0);
	cr_assert_eq(xw_file_read(path, 100, &buf, &len, &e), 0, "%s", e.message);
	cr_assert_eq(len, 0);
	cr_assert_not_null(buf);
	cr_assert_eq(buf[0], '\0');
	free(buf);
	rm_tree(dir);
}

Test(io, read_missing_file_is_eio_naming_the_file)
{
	char dir[4096], path[4200], *buf = (char *)1;
	struct xw_error e;
	size_t len = 5;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/nope.yaml", dir);
	cr_assert_eq(xw_file_read(path, 100, &buf, &len, &e), XW_EIO);
	cr_assert_eq(e.code, XW_EIO);
	cr_assert_str_eq(e.file, path);
	assert_has(e.message, "cannot open");
	cr_assert_null(buf);
	cr_assert_eq(len, 0);
	rm_tree(dir);
}

Test(io, read_directory_is_eio)
{
	char dir[4096], *buf;
	struct xw_error e;
	size_t len;

	make_tmpdir(dir);
	cr_assert_eq(xw_file_read(dir, 100, &buf, &len, &e), XW_EIO);
	assert_has(e.message, "directory");
	cr_assert_null(buf);
	rm_tree(dir);
}

Test(io, read_dev_null_is_eio_not_a_regular_file)
{
	char *buf;
	struct xw_error e;
	size_t len;

	cr_assert_eq(xw_file_read("/dev/null", 100, &buf, &len, &e), XW_EIO);
	assert_has(e.message, "not a regular file");
	cr_assert_null(buf);
}

/*
 * A FIFO with no writer: opening it for reading blocks until a writer
 * comes, so a reader that opens before checking the file type hangs.
 * The read runs in a child that gets one second.
 */
Test(io, read_fifo_is_eio_without_blocking)
{
	char dir[4096], path[4200];
	struct timespec t0;
	pid_t pid;
	int status = 0, done = 0;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/fifo", dir);
	cr_assert_eq(mkfifo(path, 0600), 0, "mkfifo: %s", strerror(errno));
	pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		struct xw_error e;
		char *buf;
		size_t len;
		int rc = xw_file_read(path, 100, &buf, &len, &e);
		_exit(rc == XW_EIO && strstr(e.message, "not a regular file") ? 0 : 1);
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	while (elapsed_since(&t0) < 1.0) {
		if (waitpid(pid, &status, WNOHANG) == pid) {
			done = 1;
			break;
		}
		usleep(10000);
	}
	if (!done) {
		kill(pid, SIGKILL);
		waitpid(pid, &status, 0);
	}
	rm_tree(dir);
	cr_assert(done, "xw_file_read blocked for over a second opening a FIFO");
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0,
		  "xw_file_read on a FIFO did not fail with XW_EIO 'not a regular file'");
}

Test(io, read_over_max_size_is_elimit)
{
	char dir[4096], path[4200], data[100], *buf;
	struct xw_error e;
	size_t len;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/big", dir);
	memset(data, 'x', sizeof(data));
	put_file(path, data, sizeof(data));
	cr_assert_eq(xw_file_read(path, 99, &buf, &len, &e), XW_ELIMIT);
	cr_assert_eq(e.code, XW_ELIMIT);
	assert_has(e.message, "100 bytes");
	assert_has(e.message, "99 bytes");
	cr_assert_null(buf);
	/* exactly at the limit is fine */
	cr_assert_eq(xw_file_read(path, 100, &buf, &len, &e), 0);
	cr_assert_eq(len, 100);
	free(buf);
	rm_tree(dir);
}

Test(io, read_unreadable_file_is_eio)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;
	size_t len;

	if (geteuid() == 0)
		cr_skip_test("running as root: permissions do not stop reading");
	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/secret", dir);
	put_file(path, "x", 1);
	cr_assert_eq(chmod(path, 0), 0);
	cr_assert_eq(xw_file_read(path, 100, &buf, &len, &e), XW_EIO);
	assert_has(e.message, "cannot open");
	cr_assert_null(buf);
	rm_tree(dir);
}

/* --- xw_utf8_check ----------------------------------------------------------- */

static void utf8_bad(const char *s, size_t len, unsigned line, unsigned col)
{
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_utf8_check("u.txt", s, len, &e), XW_ESYNTAX,
		     "expected XW_ESYNTAX for a sequence ending at byte %zu", len);
	cr_assert_str_eq(e.file, "u.txt");
	cr_assert_eq(e.line, line, "line %u, expected %u (%s)", e.line, line, e.message);
	cr_assert_eq(e.column, col, "column %u, expected %u (%s)", e.column, col, e.message);
}

#define BAD(lit, line, col) utf8_bad(lit, sizeof(lit) - 1, line, col)

Test(io, utf8_valid_japanese_passes)
{
	static const char s[] =
		"format: xwalk-framework/1\n"
		"name:\n  ja: サプライチェーン強化に向けたセキュリティ対策評価制度 ★3\n"
		"  en: Supply chain\n"
		"emoji: 😀 𠮷野家 ｱｲｳ Ａ\n";
	struct xw_error e;

	cr_assert_eq(xw_utf8_check("u.txt", s, sizeof(s) - 1, &e), 0, "%s", e.message);
	cr_assert_eq(xw_utf8_check("u.txt", "", 0, &e), 0);
}

Test(io, utf8_boundary_code_points_pass)
{
	/* U+007F, U+0080, U+07FF, U+0800, U+D7FF, U+E000, U+FFFF, U+10000, U+10FFFF */
	static const char s[] = "\x7F\xC2\x80\xDF\xBF\xE0\xA0\x80\xED\x9F\xBF"
				"\xEE\x80\x80\xEF\xBF\xBF\xF0\x90\x80\x80\xF4\x8F\xBF\xBF";
	struct xw_error e;

	cr_assert_eq(xw_utf8_check("u.txt", s, sizeof(s) - 1, &e), 0, "%s", e.message);
}

Test(io, utf8_invalid_byte_reports_line_and_column)
{
	BAD("abc\xFF", 1, 4);
	BAD("ab\ncd\n\xFE", 3, 1);
	BAD("\x80", 1, 1);             /* lone continuation byte */
	BAD("x\xF8\x88\x80\x80\x80", 1, 2);  /* 5-byte form */
}

Test(io, utf8_columns_count_characters_not_bytes)
{
	BAD("日本語\xFF", 1, 4);
	BAD("あ\nいう\xFF", 2, 3);
}

Test(io, utf8_error_message_names_the_byte)
{
	struct xw_error e;

	xw_utf8_check("u.txt", "a\xFE", 2, &e);
	assert_has(e.message, "0xFE");
}

Test(io, utf8_truncated_sequence)
{
	BAD("ab\xE6\x97", 1, 3);        /* end of buffer inside 日 */
	BAD("ab\xE6\x97z", 1, 3);       /* a non-continuation byte inside */
	BAD("\xF0\x9F\x98", 1, 1);
	BAD("x\n\xC3", 2, 1);
}

Test(io, utf8_overlong_forms)
{
	BAD("a\xC0\xAF", 1, 2);         /* '/' in two bytes */
	BAD("a\xC1\xBF", 1, 2);
	BAD("ab\xE0\x80\xAF", 1, 3);    /* '/' in three bytes */
	BAD("\xE0\x9F\xBF", 1, 1);      /* U+07FF in three bytes */
	BAD("\xF0\x8F\xBF\xBF", 1, 1);  /* U+FFFF in four bytes */
}

Test(io, utf8_surrogates)
{
	BAD("ok\xED\xA0\x80", 1, 3);    /* U+D800 */
	BAD("\xED\xBF\xBF", 1, 1);      /* U+DFFF */
}

Test(io, utf8_above_max_code_point)
{
	BAD("\n\nxy\xF4\x90\x80\x80", 3, 3);  /* U+110000 */
	BAD("\xF5\x80\x80\x80", 1, 1);
}

Test(io, utf8_nul_byte)
{
	struct xw_error e;
	static const char s[] = "ab\ncd\0ef";

	cr_assert_eq(xw_utf8_check("u.txt", s, sizeof(s) - 1, &e), XW_ESYNTAX);
	cr_assert_eq(e.line, 2);
	cr_assert_eq(e.column, 3);
	assert_has(e.message, "NUL");
}

Test(io, utf8_seqlen)
{
	cr_assert_eq(xw_utf8_seqlen('a'), 1);
	cr_assert_eq(xw_utf8_seqlen(0xC3), 2);
	cr_assert_eq(xw_utf8_seqlen(0xE6), 3);
	cr_assert_eq(xw_utf8_seqlen(0xF0), 4);
	cr_assert_eq(xw_utf8_seqlen(0x80), 1);
	cr_assert_eq(xw_utf8_seqlen(0xC0), 1);
	cr_assert_eq(xw_utf8_seqlen(0xFF), 1);
}

/* --- xw_utf8_width ------------------------------------------------------------ */

Test(io, utf8_width)
{
	cr_assert_eq(xw_utf8_width(""), 0);
	cr_assert_eq(xw_utf8_width("ABC"), 3);
	cr_assert_eq(xw_utf8_width("日本語"), 6);
	cr_assert_eq(xw_utf8_width("ID管理"), 6);
	cr_assert_eq(xw_utf8_width("ISO/IEC 27001の管理策"), 21);
	cr_assert_eq(xw_utf8_width("ｱｲｳ"), 3);       /* half-width katakana */
	cr_assert_eq(xw_utf8_width("ＡＢ"), 4);      /* full-width Latin */
	cr_assert_eq(xw_utf8_width("e\xCC\x81"), 1);  /* e + combining acute */
	cr_assert_eq(xw_utf8_width("か\xE3\x82\x99"), 2);  /* か + combining dakuten */
	cr_assert_eq(xw_utf8_width("한글"), 4);
	cr_assert_eq(xw_utf8_width("𠮷"), 2);        /* plane 2 */
	cr_assert_eq(xw_utf8_width("a\xFF" "b"), 3);  /* junk counts one */
}

/* --- xw_file_write_atomic ------------------------------------------------------ */

Test(io, write_atomic_creates_the_file)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;
	size_t len;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/out.yaml", dir);
	cr_assert_eq(xw_file_write_atomic(path, "abc\n", 4, &e), 0, "%s", e.message);
	buf = slurp(path, &len);
	cr_assert_eq(len, 4);
	cr_assert_str_eq(buf, "abc\n");
	free(buf);
	cr_assert_eq(dir_entries(dir), 1, "a temporary file was left behind");
	rm_tree(dir);
}

Test(io, write_atomic_replaces_the_file)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/out.yaml", dir);
	put_file(path, "old contents that are longer\n", 29);
	cr_assert_eq(xw_file_write_atomic(path, "new\n", 4, &e), 0, "%s", e.message);
	buf = slurp(path, NULL);
	cr_assert_str_eq(buf, "new\n");
	free(buf);
	cr_assert_eq(xw_file_write_atomic(path, "", 0, &e), 0, "%s", e.message);
	buf = slurp(path, NULL);
	cr_assert_str_eq(buf, "");
	free(buf);
	cr_assert_eq(dir_entries(dir), 1);
	rm_tree(dir);
}

Test(io, write_atomic_new_file_gets_the_umask_mode)
{
	char dir[4096], path[4200];
	struct xw_error e;
	struct stat st;
	mode_t old = umask(027);

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/out.yaml", dir);
	cr_assert_eq(xw_file_write_atomic(path, "x", 1, &e), 0, "%s", e.message);
	umask(old);
	cr_assert_eq(stat(path, &st), 0);
	cr_assert_eq(st.st_mode & 07777, 0640, "mode %o, expected 0640",
		     (unsigned)(st.st_mode & 07777));
	rm_tree(dir);
}

/*
 * Replacing a file must not widen its permissions: an assessment kept
 * 0600 stays 0600 after xwalk rewrites it.
 */
Test(io, write_atomic_replace_keeps_the_existing_mode)
{
	char dir[4096], path[4200];
	struct xw_error e;
	struct stat st;
	mode_t old = umask(022);
	int rc, st_rc;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/private.yaml", dir);
	put_file(path, "old", 3);
	cr_assert_eq(chmod(path, 0600), 0);
	rc = xw_file_write_atomic(path, "new", 3, &e);
	umask(old);
	st_rc = stat(path, &st);
	rm_tree(dir);
	cr_assert_eq(rc, 0, "%s", e.message);
	cr_assert_eq(st_rc, 0);
	cr_assert_eq(st.st_mode & 07777, 0600,
		     "replacing a 0600 file left it %04o", (unsigned)(st.st_mode & 07777));
}

Test(io, write_atomic_to_a_bare_file_name_uses_the_current_folder)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;

	make_tmpdir(dir);
	cr_assert_eq(chdir(dir), 0);
	cr_assert_eq(xw_file_write_atomic("bare.yaml", "x\n", 2, &e), 0, "%s", e.message);
	snprintf(path, sizeof(path), "%s/bare.yaml", dir);
	buf = slurp(path, NULL);
	cr_assert_str_eq(buf, "x\n");
	free(buf);
	cr_assert_eq(dir_entries(dir), 1);
	cr_assert_eq(chdir("/"), 0);
	rm_tree(dir);
}

Test(io, write_atomic_into_missing_folder_is_eio)
{
	char dir[4096], path[4200];
	struct xw_error e;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/no/such/dir/out.yaml", dir);
	cr_assert_eq(xw_file_write_atomic(path, "x", 1, &e), XW_EIO);
	cr_assert_str_eq(e.file, path);
	cr_assert_eq(dir_entries(dir), 0);
	rm_tree(dir);
}

Test(io, write_atomic_dash_writes_to_stdout)
{
	char dir[4096], path[4200], *buf;
	struct xw_error e;
	int saved, fd, rc;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/stdout", dir);
	fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);
	cr_assert(fd >= 0);
	fflush(stdout);
	saved = dup(STDOUT_FILENO);
	dup2(fd, STDOUT_FILENO);
	close(fd);
	rc = xw_file_write_atomic("-", "to stdout\n", 10, &e);
	dup2(saved, STDOUT_FILENO);
	close(saved);
	cr_assert_eq(rc, 0);
	buf = slurp(path, NULL);
	cr_assert_str_eq(buf, "to stdout\n");
	free(buf);
	cr_assert(access("-", F_OK) != 0, "a file called '-' was created");
	rm_tree(dir);
}

/*
 * A write that fails halfway (the file-size limit is hit) leaves the old
 * file as it was and no temporary file behind. The write runs in a child
 * with RLIMIT_FSIZE of 4 KiB and SIGXFSZ ignored, so write() fails with
 * EFBIG after the first 4 KiB.
 */
Test(io, write_atomic_failing_midway_keeps_the_old_file)
{
	static const char old_text[] = "format: xwalk-framework/1\nid: old\n";
	char dir[4096], path[4200], *buf;
	size_t len;
	pid_t pid;
	int status;

	make_tmpdir(dir);
	snprintf(path, sizeof(path), "%s/keep.yaml", dir);
	put_file(path, old_text, sizeof(old_text) - 1);
	pid = fork();
	cr_assert(pid >= 0);
	if (pid == 0) {
		struct rlimit rl = { 4096, 4096 };
		struct xw_error e;
		size_t big = 1 << 20;
		char *data = malloc(big);
		int rc;

		if (!data)
			_exit(3);
		memset(data, 'y', big);
		signal(SIGXFSZ, SIG_IGN);
		if (setrlimit(RLIMIT_FSIZE, &rl) != 0)
			_exit(4);
		rc = xw_file_write_atomic(path, data, big, &e);
		free(data);
		if (rc == 0)
			_exit(1);
		_exit(rc == XW_EIO && strstr(e.message, "unchanged") ? 0 : 2);
	}
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	cr_assert(WIFEXITED(status), "the writing child died (status %d)", status);
	cr_assert_eq(WEXITSTATUS(status), 0,
		     "child exit %d: 1 = the write succeeded over the limit, "
		     "2 = wrong error, 3/4 = setup failed", WEXITSTATUS(status));
	buf = slurp(path, &len);
	cr_assert_eq(len, sizeof(old_text) - 1);
	cr_assert_str_eq(buf, old_text);
	free(buf);
	cr_assert_eq(dir_entries(dir), 1, "a temporary file was left in the folder");
	rm_tree(dir);
}

/* Renaming a temporary file over a device would replace the device. */
Test(io, write_atomic_writes_through_a_device)
{
	struct xw_error e;
	struct stat st;

	cr_assert_eq(xw_file_write_atomic("/dev/null", "x", 1, &e), 0, "%s", e.message);
	cr_assert_eq(stat("/dev/null", &st), 0);
	cr_assert(S_ISCHR(st.st_mode), "/dev/null is no longer a device");
}
