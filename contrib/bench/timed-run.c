/* SPDX-License-Identifier: MIT */
/*
 * timed-run: runs a command once and says how long it took and how much
 * memory it held, for run-all.sh.
 *
 *     timed-run CMD [ARG]...
 *
 * The command's standard output goes to /dev/null, its standard error is
 * kept. Prints "WALL_MS PEAK_RSS_KIB CPU_MS" on standard output: wall time
 * from fork to exit (clock_gettime, microsecond resolution, so process
 * start is included), the child's own peak resident set and user+system
 * time (wait4). Exits with the command's status, 127 when it cannot be
 * started.
 */
#include <fcntl.h>
#include <stdio.h>
#include <stdlib.h>
#include <sys/resource.h>
#include <sys/wait.h>
#include <time.h>
#include <unistd.h>

static double ms(const struct timeval *tv)
{
	return (double)tv->tv_sec * 1e3 + (double)tv->tv_usec / 1e3;
}

int main(int argc, char **argv)
{
	struct timespec t0, t1;
	struct rusage ru;
	int status;
	pid_t pid;

	if (argc < 2) {
		fprintf(stderr, "usage: timed-run CMD [ARG]...\n");
		return 2;
	}
	clock_gettime(CLOCK_MONOTONIC, &t0);
	pid = fork();
	if (pid < 0) {
		perror("timed-run: fork");
		return 127;
	}
	if (pid == 0) {
		int null = open("/dev/null", O_WRONLY);

		if (null >= 0)
			dup2(null, STDOUT_FILENO);
		execvp(argv[1], argv + 1);
		perror("timed-run: exec");
		_exit(127);
	}
	if (wait4(pid, &status, 0, &ru) < 0) {
		perror("timed-run: wait4");
		return 127;
	}
	clock_gettime(CLOCK_MONOTONIC, &t1);
	printf("%.3f %ld %.3f\n",
	       (double)(t1.tv_sec - t0.tv_sec) * 1e3 + (double)(t1.tv_nsec - t0.tv_nsec) / 1e6,
	       ru.ru_maxrss, ms(&ru.ru_utime) + ms(&ru.ru_stime));
	return WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
}
