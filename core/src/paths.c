/* SPDX-License-Identifier: MIT */
#include <limits.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "config.h"
#include "xwalk/paths.h"

bool xw_in_build_tree(void)
{
	static int cached = -1;
	char exe[PATH_MAX];
	size_t root = strlen(XW_BUILD_ROOT);
	ssize_t n;

	if (cached >= 0)
		return cached;
	n = readlink("/proc/self/exe", exe, sizeof(exe) - 1);
	cached = 0;
	if (n > 0) {
		exe[n] = '\0';
		cached = strncmp(exe, XW_BUILD_ROOT, root) == 0 && exe[root] == '/';
	}
	return cached;
}

size_t xw_data_dirs(const char **dirs, size_t max)
{
	static char env_copy[4096];
	const char *env = getenv("XWALK_DATA_PATH");
	size_t n = 0;

	if (env && *env) {
		char *save = NULL;
		snprintf(env_copy, sizeof(env_copy), "%s", env);
		for (char *d = strtok_r(env_copy, ":", &save); d && n < max;
		     d = strtok_r(NULL, ":", &save))
			dirs[n++] = d;
		return n;
	}
	if (max)
		dirs[n++] = xw_in_build_tree() ? XW_BUILD_DATADIR : XW_INSTALL_DATADIR;
	return n;
}
