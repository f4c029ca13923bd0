/* SPDX-License-Identifier: MIT */
/*
 * The built xwalk (XWALK_EXE), which finds the plugin in the build tree:
 * the informative references converted to a native mapping set, with the
 * warnings about what is left out; a missing target refused with one line
 * and exit status 1; NIST's text laid over the bundled catalog.
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

	snprintf(dir, sizeof(dir), "%s/xw-cprt-XXXXXX", t && *t ? t : "/tmp");
	cr_assert(mkdtemp(dir) != NULL, "mkdtemp: %s", strerror(errno));
}

static const char *const made[] = { "stdout", "stderr", "out.yaml" };

static char *in_dir(const char *name)
{
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

/* The folder holds only the files the tests make. */
static void remove_dir(void)
{
	for (size_t i = 0; i < sizeof(made) / sizeof(made[0]); i++) {
		char *p = in_dir(made[i]);

		unlink(p);
		free(p);
	}
	rmdir(dir);
}

TestSuite(cli, .init = make_dir, .fini = remove_dir, .timeout = 60);

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

/* How often @needle occurs in @s. */
static size_t occurrences(const char *s, const char *needle)
{
	size_t n = 0;

	for (; (s = strstr(s, needle)); s++)
		n++;
	return n;
}

Test(cli, references_to_a_native_set)
{
	char *path = fixture("synthetic.xlsx"), *out = in_dir("out.yaml"), *yaml, *err, want[4096];
	const char *args[] = { "convert", "--from", ISO, "--kind", "mapping", path, out, NULL };

	cr_assert_eq(xwalk(args), 0);
	err = contents("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: warning: 'CSF 2.0 Core'!D8: ISO/IEC 27001:2022 'Mandatory Clause: 6.11' "
		 "for GV.OC-02 names 6.11: ISO/IEC 27001:2022 has no such clause, left out\n", path);
	cr_expect_str_eq(err, want);
	yaml = contents("out.yaml");
	cr_expect(strstr(yaml, "format: xwalk-mapping/1\nid: nist-csf-2.0--iso27001-2022\n"), "%s",
		  yaml);
	cr_expect_eq(occurrences(yaml, "\n  - id: nist-"), 10);
	cr_expect_eq(occurrences(yaml, "    relationship: related\n"), 10);
	free(yaml);
	free(err);
	free(out);
	free(path);
}

Test(cli, no_target)
{
	char *path = fixture("synthetic.xlsx"), *err, want[4096];
	const char *args[] = { "convert", "--from", "nist-cprt", "--kind", "mapping", path, "-",
			       NULL };

	cr_assert_eq(xwalk(args), 1);
	err = contents("stderr");
	snprintf(want, sizeof(want),
		 "xwalk: %s: NIST's informative references name many schemes: choose one with "
		 "--from nist-cprt:target=TARGET, TARGET being iso27001-2022 (ISO/IEC 27001:2022) "
		 "or nist-sp800-53-r5 (SP 800-53 Rev 5.1.1)\n", path);
	cr_expect_str_eq(err, want);
	free(err);
	free(path);
}

/* Found by content, the export reads as the framework. */
Test(cli, framework_by_content)
{
	char *path = fixture("synthetic.xlsx"), *yaml;
	const char *args[] = { "convert", path, "-", NULL };

	cr_assert_eq(xwalk(args), 0);
	yaml = contents("stdout");
	cr_expect(strstr(yaml, "format: xwalk-framework/1\nid: nist-csf-2.0\n"), "%s", yaml);
	cr_expect_eq(occurrences(yaml, "\n  - id: "), 11);
	free(yaml);
	free(path);
}

Test(cli, official_text_over_the_bundled_catalog)
{
	char *path = shared(EXPORT_2025), *err, want[4096];
	const char *args[] = { "--official", path, "show", "nist-csf-2.0:PR.AA", NULL };

	cr_assert_eq(xwalk(args), 0);
	err = contents("stderr");
	snprintf(want, sizeof(want), "xwalk: %s: official text for 134 items of nist-csf-2.0\n",
		 path);
	cr_expect_str_eq(err, want);
	free(err);
	free(path);
}
