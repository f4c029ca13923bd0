/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the synthetic check sheet as the assessment of a ★3 gap report, its
 * answers carried to the ★ criteria by the bundled
 * jama-japia-2.2 → scs-2026 mapping set.
 */
#include <fcntl.h>
#include <spawn.h>
#include <sys/wait.h>

#include "helpers.h"
#include "xwalk/io.h"

extern char **environ;

static const char *const outputs[] = { "stdout", "stderr" };

static void setup(void)
{
	make_temp();
}

static void teardown(void)
{
	remove_temp(outputs, 2);
}

TestSuite(cli, .init = setup, .fini = teardown);

/* Runs xwalk with @args (NULL-terminated), its output in "stdout" and "stderr". */
static int xwalk(const char *const *args)
{
	const char *argv[16] = { XWALK_EXE };
	char *out = join(temp_dir, outputs[0]), *err = join(temp_dir, outputs[1]);
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

static char *contents(const char *name)
{
	char *path = join(temp_dir, name), *buf;
	struct xw_error e;
	size_t len;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, &len, &e), 0, "%s", e.message);
	free(path);
	return buf;
}

Test(cli, check_sheet_as_the_assessment_of_a_star3_gap_report)
{
	char *path = sheet_path(0), *out, *err, want[4096];
	const char *args[] = { "gap", "--assessment", path, "--profile", "star3",
			       "--date", "2026-11-27", NULL };

	cr_assert_eq(xwalk(args), 0);
	out = contents("stdout");
	err = contents("stderr");
	/* the sheet is the result used, on framework jama-japia-2.2 */
	snprintf(want, sizeof(want), "\n%s  jama-japia-2.2 ", path);
	cr_assert(strstr(out, want), "%s", out);
	cr_assert(strstr(out, "Report date: 2026-11-27\n"), "%s", out);
	/* answers reach the ★ criteria through the mapping set's rows */
	cr_assert(strstr(out, "No.13 implemented (row jama-004: No.13 superset-of)"), "%s", out);
	cr_assert(strstr(out, "No.15 partial (row jama-006: No.15 intersects-with)"), "%s", out);
	cr_assert(strstr(out, "\nstar3: 81 items: 8 satisfied (8 of them conditional), "
			      "5 partly satisfied, 1 not satisfied, 67 no evidence"), "%s", out);
	/* No.142's comment without an answer is the only thing said on stderr */
	snprintf(want, sizeof(want), "xwalk: %s:24:77: warning: No.142 has no answer, "
		 "so its 備考 is not read\n", path);
	cr_assert_str_eq(err, want);
	free(out);
	free(err);
	free(path);
}
