/* SPDX-License-Identifier: MIT */
/*
 * What the plugin test suites share: a registry with a plugin module
 * loaded, paths under the folders meson names in the environment
 * (XW_SOURCE_ROOT, XW_SHARED_DATA), a scratch folder per test process,
 * whole files in and out, standard error captured, and the canonical
 * YAML of a document. Everything is static inline so that a test file
 * that does not use a helper gets no warning.
 */
#ifndef XW_TEST_H
#define XW_TEST_H

#include <criterion/criterion.h>
#include <dirent.h>
#include <errno.h>
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/io.h"
#include "xwalk/native.h"
#include "xwalk/registry.h"

/* A registry holding the @n plugin modules at @modules (paths from meson). */
static inline struct xw_registry *registry_with(const char *const *modules, size_t n)
{
	struct xw_registry *reg = NULL;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_registry_new(&reg, &e), 0);
	for (size_t i = 0; i < n; i++)
		cr_assert_eq(xw_registry_load_file(reg, modules[i], &e), 0,
			     "cannot load %s: %s", modules[i], e.message);
	return reg;
}

static inline struct xw_registry *plugin_registry(const char *path)
{
	return registry_with(&path, 1);
}

/* "<$var>/<rel>", malloc'd; NULL when the variable is unset. */
static inline char *under(const char *var, const char *rel)
{
	const char *root = getenv(var);
	char *p;

	if (!root || !*root)
		return NULL;
	p = malloc(strlen(root) + strlen(rel) + 2);
	cr_assert(p != NULL);
	sprintf(p, "%s/%s", root, rel);
	return p;
}

/* A file of the source tree. */
static inline char *src_path(const char *rel)
{
	char *p = under("XW_SOURCE_ROOT", rel);

	cr_assert(p, "XW_SOURCE_ROOT is not set; run the tests with meson test");
	return p;
}

/* A published file under XW_SHARED_DATA; skips the test without it. */
static inline char *shared(const char *rel)
{
	char *p = under("XW_SHARED_DATA", rel);

	if (!p || access(p, R_OK) != 0)
		cr_skip_test("%s is not available (XW_SHARED_DATA=%s); the tests of "
			     "real published files are skipped", rel,
			     getenv("XW_SHARED_DATA") ? getenv("XW_SHARED_DATA") : "unset");
	return p;
}

/* A scratch folder; Criterion runs each test in its own process. */
static char scratch_dir[4096];

static inline const char *scratch(void)
{
	const char *t = getenv("TMPDIR");

	if (!scratch_dir[0]) {
		snprintf(scratch_dir, sizeof(scratch_dir), "%s/xw-test-XXXXXX",
			 t && *t ? t : "/tmp");
		cr_assert(mkdtemp(scratch_dir) != NULL, "mkdtemp: %s", strerror(errno));
	}
	return scratch_dir;
}

static inline char *tmp_path(const char *name)
{
	const char *dir = scratch();
	char *p = malloc(strlen(dir) + strlen(name) + 2);

	cr_assert(p != NULL);
	sprintf(p, "%s/%s", dir, name);
	return p;
}

/* Removes @path, and everything in it when it is a folder. */
static inline void remove_tree(const char *path)
{
	DIR *d = opendir(path);
	struct dirent *ent;

	if (!d) {
		unlink(path);
		return;
	}
	while ((ent = readdir(d)))
		if (strcmp(ent->d_name, ".") != 0 && strcmp(ent->d_name, "..") != 0) {
			char *sub = malloc(strlen(path) + strlen(ent->d_name) + 2);

			cr_assert(sub != NULL);
			sprintf(sub, "%s/%s", path, ent->d_name);
			remove_tree(sub);
			free(sub);
		}
	closedir(d);
	rmdir(path);
}

/* Removes the scratch folder and what is in it; a suite's .fini. */
static inline void scratch_remove(void)
{
	if (scratch_dir[0])
		remove_tree(scratch_dir);
}

static inline char *slurp(const char *path, size_t *len)
{
	struct xw_error e;
	char *buf;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_read(path, XW_MAX_FILE_SIZE, &buf, len, &e), 0,
		     "%s: %s", path, e.message);
	return buf;
}

/* Writes @len bytes to "<scratch>/<name>"; returns the path, malloc'd. */
static inline char *spit(const char *name, const char *data, size_t len)
{
	char *path = tmp_path(name);
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_file_write_atomic(path, data, len, &e), 0, "%s", e.message);
	return path;
}

/* The text of the scratch file @name, malloc'd. */
static inline char *scratch_text(const char *name)
{
	char *path = tmp_path(name), *text;
	size_t len;

	text = slurp(path, &len);
	free(path);
	return text;
}

#ifdef XWALK_EXE
#include <spawn.h>
#include <sys/wait.h>

extern char **environ;

/* Runs the built xwalk with @args (NULL-terminated, at most 14), its
 * standard output and error in the scratch files "stdout" and "stderr";
 * returns its exit status, -1 when a signal ended it. */
static inline int run_xwalk(const char *const *args)
{
	const char *argv[16] = { XWALK_EXE };
	char *out = tmp_path("stdout"), *err = tmp_path("stderr");
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
#endif

/* Sends stderr to a scratch file until capture_end(), which returns
 * what came, malloc'd. */
static int saved_stderr = -1;

static inline void capture_begin(void)
{
	char *path = tmp_path("stderr.txt");
	int fd = open(path, O_WRONLY | O_CREAT | O_TRUNC, 0600);

	cr_assert(fd >= 0);
	fflush(stderr);
	saved_stderr = dup(2);
	cr_assert(saved_stderr >= 0 && dup2(fd, 2) == 2);
	close(fd);
	free(path);
}

static inline char *capture_end(void)
{
	fflush(stderr);
	cr_assert(dup2(saved_stderr, 2) == 2);
	close(saved_stderr);
	return scratch_text("stderr.txt");
}

/* The canonical YAML of @doc, malloc'd. */
static inline char *yaml_of(const struct xw_doc *doc)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_native_write(doc, &b);
	cr_assert(!b.failed && b.data);
	return b.data;
}

#define assert_bytes(a, alen, b, blen, what)                               \
	cr_assert((alen) == (blen) && memcmp((a), (b), (alen)) == 0,       \
		  "%s: %zu and %zu bytes differ", (what), (size_t)(alen),  \
		  (size_t)(blen))

#endif
