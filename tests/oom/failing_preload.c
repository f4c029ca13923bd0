/* SPDX-License-Identifier: MIT */
/*
 * The failing allocator (failing_alloc.h) as an LD_PRELOAD module, for
 * out of memory in a whole `xwalk` process (run-cli.py):
 *
 *   XW_FAIL_AT=N       allocation N (0-based) fails; -1 or unset: none
 *   XW_FAIL_SPARE=a,b  allocations made by or through libraries whose
 *                      file names hold a or b never fail (the next one
 *                      does in their place)
 *   XW_FAIL_LOG=FILE   when the chosen allocation fails and at exit, the
 *                      process started with the module writes
 *                      "ALLOCATIONS FAILED LIBRARY FUNCTION" there: how
 *                      many it made, whether the chosen one failed, and
 *                      the library and function (exported ones only)
 *                      that asked for it
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "failing_alloc.h"

/* XW_FAIL_SPARE split at its commas, in place */
static char spare_list[256];
static const char *spare[16];
static char log_path[4096];
static pid_t main_pid;
/* where the allocation that failed was asked for, found out then: the
 * library may be unloaded by exit */
static char failed_lib[256] = "-", failed_fn[256] = "-";

/*
 * The report, with open() and write(), which allocate nothing. Children
 * (the registry's plugin checks) leave it to the process they came from.
 */
static void write_log(long count, bool failed)
{
	char line[600];
	int fd, n;

	if (!*log_path || getpid() != main_pid)
		return;
	n = snprintf(line, sizeof(line), "%ld %d %s %s\n", count, failed, failed_lib, failed_fn);
	fd = open(log_path, O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
	if (fd < 0)
		return;
	if (write(fd, line, (size_t)n) != n)
		unlink(log_path);
	close(fd);
}

/* fa_spare()'s hook, called for the allocation chosen to fail */
static bool spared(const void *caller)
{
	if (fa_called_from(spare))
		return true;
	snprintf(failed_lib, sizeof(failed_lib), "%s", fa_library(caller));
	snprintf(failed_fn, sizeof(failed_fn), "%s", fa_function(caller));
	/* now, in case the process does not get to exit() (glibc's loader
	 * ends it with _exit() when it runs out of memory) */
	write_log(fa_count(), true);
	return false;
}

__attribute__((constructor)) static void start(void)
{
	const char *at = getenv("XW_FAIL_AT"), *list = getenv("XW_FAIL_SPARE");
	const char *log = getenv("XW_FAIL_LOG");
	size_t n = 0;
	char *save;

	main_pid = getpid();
	if (log)
		snprintf(log_path, sizeof(log_path), "%s", log);
	snprintf(spare_list, sizeof(spare_list), "%s", list ? list : "");
	for (char *name = strtok_r(spare_list, ",", &save); name && n + 1 < 16;
	     name = strtok_r(NULL, ",", &save))
		spare[n++] = name;
	fa_called_from(NULL);   /* backtrace() loads libgcc on its first call */
	fa_spare(spared);
	fa_fail_at(at ? strtol(at, NULL, 10) : -1);
}

__attribute__((destructor)) static void stop(void)
{
	write_log(fa_count(), fa_failed());
}
