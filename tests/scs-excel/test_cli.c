/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the workbook's official text laid over the whole bundled catalog, a filled-in
 * copy as the assessment of a gap report, and a hostile workbook refused
 * with one line and exit status 1.
 */
#include <errno.h>
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include "helpers.h"
#include "xwalk/io.h"

extern char **environ;

static char dir[4096];

static void make_dir(void)
{
	const char *t = getenv("TMPDIR");

	snprintf(dir, sizeof(dir), "%s/xw-scs-XXXXXX", t && *t ? t : "/tmp");
	cr_assert(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
}

/* The folder holds only the files below. */
static void remove_dir(void)
{
	static const char *const names[] = { "stdout", "stderr", "out.yaml" };
	char path[8192];

	for (size_t i = 0; i < sizeof(names) / sizeof(names[0]); i++) {
		snprintf(path, sizeof(path), "%s/%s", dir, names[i]);
		unlink(path);
	}
	rmdir(dir);
}

TestSuite(cli, .init = make_dir, .fini = remove_dir);

static char *in_dir(const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

static char *contents(const char *name)
{
	char *path = in_dir(name), *buf;
	struct xw_error e;
	size_t len;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	free(path);
	return buf;
}

/* Runs xwalk with @args (NULL-terminated), its output in "stdout" and "stderr". */
static int xwalk(const char *const *args)
{
	const char *argv[16] = { XWALK_EXE };
	char *out = in_dir("stdout"), *err = in_dir("stderr");
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
	free(out);
	free(err);
	return WIFEXITED(status) ? WEXITSTATUS(status) : -1;
}

Test(cli, official_text_over_the_bundled_catalog)
{
	char *path = shared_path("scs-20260327-reconstructed.xlsx");
	const char *args[] = { "--official", path, "list", NULL };
	char *out, *err, want[4096];

	cr_assert_eq(xwalk(args), 0);
	out = contents("stdout");
	err = contents("stderr");
	cr_assert(strstr(out, "\nscs-2026 "), "%s", out);
	/* every bundled item got IPA's text, and the file has no other */
	snprintf(want, sizeof(want), "xwalk: %s: official text for 219 items of scs-2026\n", path);
	cr_assert_str_eq(err, want);
	free(out);
	free(err);
	free(path);
}

Test(cli, working_copy_as_the_assessment_of_a_gap_report)
{
	char *path = shared_path("scs-20260327-selfassessment-sample.xlsx");
	const char *args[] = { "gap", "--assessment", path, NULL };
	char *out, *line;

	cr_assert_eq(xwalk(args), 0);
	out = contents("stdout");
	line = strstr(out, "star3: 81 items");
	cr_assert_not_null(line, "%s", out);
	*strchr(line, '\n') = '\0';
	/* the fixture's README: 30 ○, 20 △, 24 ✖ and 7 blank among the ★3 criteria */
	cr_assert(strstr(line, "30 satisfied") && strstr(line, "20 partly satisfied") &&
		  strstr(line, "24 not satisfied") && strstr(line, "7 no evidence"), "%s", line);
	free(out);
	free(path);
}

Test(cli, convert_warns_of_text_without_a_mark)
{
	char *path = synthetic_path(), *yaml = in_dir("out.yaml"), *err, *out, want[4096];
	const char *args[] = { "convert", "--kind", "assessment", path, yaml, NULL };

	cr_assert_eq(xwalk(args), 0);
	err = contents("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: warning: '評価 シート'!B7: criterion 1-2-1-1 has no 自己評価 mark, "
		 "so its 理由 and 根拠および実施する事 are not read\n", path);
	cr_assert_str_eq(err, want);
	out = contents("out.yaml");
	cr_assert(strncmp(out, "format: xwalk-assessment/1\nframework: scs-2026\n", 47) == 0,
		  "%s", out);
	free(out);
	free(err);
	free(yaml);
	free(path);
}

Test(cli, hostile_workbook_is_one_line_and_status_1)
{
	char *path = hostile_path("bomb.xlsx"), *yaml = in_dir("out.yaml"), *err, want[4096];
	const char *args[] = { "convert", path, yaml, NULL };

	cr_assert_eq(xwalk(args), 1);
	err = contents("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: xl/sharedStrings.xml: zip entry inflates to more than the 2000 "
		 "bytes it declares (a zip bomb?)\n", path);
	cr_assert_str_eq(err, want);
	cr_assert_eq(access(yaml, F_OK), -1, "nothing is written");
	free(err);
	free(yaml);
	free(path);
}
