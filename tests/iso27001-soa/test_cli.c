/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * `xwalk gap` on an SoA says what it says on the same results in native
 * YAML, and `xwalk convert` turns a workbook SoA into that YAML.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include "helpers.h"
#include "xwalk/io.h"

extern char **environ;

static char scratch_dir[4096];

static void scratch_make(void)
{
	const char *t = getenv("TMPDIR");

	snprintf(scratch_dir, sizeof(scratch_dir), "%s/xw-soa-XXXXXX", t && *t ? t : "/tmp");
	cr_assert(mkdtemp(scratch_dir) != NULL, "mkdtemp: %s", strerror(errno));
}

/* The files the tests leave: out.txt, err.txt, soa, soa.yaml, ja.yaml. */
static void scratch_remove(void)
{
	static const char *const names[] = { "out.txt", "err.txt", "soa", "soa.yaml", "ja.yaml" };
	char path[8192];

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", scratch_dir, names[i]);
		unlink(path);
	}
	rmdir(scratch_dir);
}

TestSuite(cli, .init = scratch_make, .fini = scratch_remove);

static char *tmp_path(const char *name)
{
	char *p = malloc(strlen(scratch_dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", scratch_dir, name);
	return p;
}

static char *slurp(const char *path)
{
	struct xw_error e;
	size_t len;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &e), 0,
		     "%s: %s", path, e.message);
	return buf;
}

static void copy(const char *from, const char *to)
{
	struct xw_error e;
	size_t len;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(from, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	cr_assert_eq(xw_file_write_atomic(to, buf, len, &e), 0, "%s", e.message);
	free(buf);
}

/* Runs xwalk with @args (NULL-terminated): its output, malloc'd; the exit status must be 0. */
static char *xwalk(const char *const *args)
{
	const char *argv[16] = { XWALK_EXE };
	char *out = tmp_path("out.txt"), *err = tmp_path("err.txt"), *text;
	posix_spawn_file_actions_t fa;
	size_t n = 1;
	pid_t pid;
	int status;

	while (*args && n < 15)
		argv[n++] = *args++;
	argv[n] = NULL;
	posix_spawn_file_actions_init(&fa);
	posix_spawn_file_actions_addopen(&fa, 1, out, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	posix_spawn_file_actions_addopen(&fa, 2, err, O_WRONLY | O_CREAT | O_TRUNC, 0644);
	cr_assert_eq(posix_spawn(&pid, XWALK_EXE, &fa, NULL, (char *const *)argv, environ), 0);
	posix_spawn_file_actions_destroy(&fa);
	cr_assert_eq(waitpid(pid, &status, 0), pid);
	text = slurp(err);
	cr_assert(WIFEXITED(status) && WEXITSTATUS(status) == 0, "xwalk %s failed: %s",
		  argv[1], text);
	free(text);
	text = slurp(out);
	free(out);
	free(err);
	return text;
}

static char *gap(const char *assessment)
{
	const char *args[] = { "gap", "--assessment", assessment, "--profile", "star4",
			       "--date", "2026-11-27", NULL };

	return xwalk(args);
}

/* The summary line of a gap report: "star4: 153 items: ...", malloc'd. */
static char *summary(const char *report)
{
	const char *s = strstr(report, "\nstar4: ");
	size_t n;

	cr_assert(s, "no star4 summary in:\n%s", report);
	s++;
	n = strcspn(s, "\n");
	return strndup(s, n);
}

Test(cli, gap_summary_of_an_soa_is_that_of_its_yaml)
{
	char *csv = data_path("soa-en.csv"), *yaml = data_path("soa-en.yaml");
	char *a = gap(csv), *b = gap(yaml);
	char *sa = summary(a), *sb = summary(b);

	cr_assert_str_eq(sa, sb);
	cr_assert_str_eq(sa, "star4: 153 items: 11 satisfied (8 of them conditional), "
			 "42 partly satisfied, 3 not satisfied, 97 no evidence");
	free(sa);
	free(sb);
	free(a);
	free(b);
	free(csv);
	free(yaml);
}

/* The example SoA as CSV and as YAML, at one path in turn: the same report, byte for byte. */
Test(cli, example_soa_gap_reports_are_identical)
{
	char *csv = src_path("contrib/examples/soa-example-parts.csv");
	char *yaml = src_path("contrib/examples/soa-example-parts.yaml");
	char *at = tmp_path("soa"), *a, *b;

	copy(yaml, at);
	a = gap(at);
	copy(csv, at);
	b = gap(at);
	cr_assert_str_eq(a, b);
	cr_assert(strstr(a, "\nstar4: 153 items: 67 satisfied"), "%s", a);
	free(a);
	free(b);
	free(at);
	free(csv);
	free(yaml);
}

Test(cli, convert_a_workbook_soa)
{
	char *xlsx = data_path("soa-ja.xlsx"), *yaml = data_path("soa-ja.yaml");
	char *ja = tmp_path("ja.yaml"), *canon = tmp_path("soa.yaml");
	const char *from_xlsx[] = { "convert", "--kind", "assessment", xlsx, ja, NULL };
	const char *from_yaml[] = { "convert", yaml, canon, NULL };
	char *a, *b;

	free(xwalk(from_xlsx));
	free(xwalk(from_yaml));
	a = slurp(ja);
	b = slurp(canon);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	free(ja);
	free(canon);
	free(xlsx);
	free(yaml);
}
