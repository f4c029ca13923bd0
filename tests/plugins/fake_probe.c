/* SPDX-License-Identifier: MIT */
/*
 * The plugins of the crash probe's tests, one source built once per
 * module of the folder tests/plugins/probe/ (see its meson.build):
 * PROBE_NAME is the plugin's name, PROBE_TAG the module's own tag, and
 * its init() dies of PROBE_SIGNAL when that is not 0 (raised, not a real
 * fault, which valgrind would report), or with PROBE_EXIT_IN_CHILD calls
 * _exit(0) when it runs in a child process (the probe) but succeeds in
 * the process that loaded it. Every init() first appends "TAG PID" to
 * the file $PROBE_LOG, when set, so that a test can tell which process
 * tried which plugin.
 */
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <unistd.h>

#include "xwalk/plugin.h"

#ifndef PROBE_SIGNAL
#define PROBE_SIGNAL 0
#endif
#ifndef PROBE_EXIT_IN_CHILD
#define PROBE_EXIT_IN_CHILD 0
#endif

static pid_t loaded_by;

__attribute__((constructor)) static void loaded(void)
{
	loaded_by = getpid();
}

static void log_init(void)
{
	const char *path = getenv("PROBE_LOG");
	FILE *f = path ? fopen(path, "a") : NULL;

	if (f) {
		fprintf(f, "%s %ld\n", PROBE_TAG, (long)getpid());
		fclose(f);
	}
}

static int init(const struct xw_host *host, void **state)
{
	(void)host;
	*state = NULL;
	log_init();
	if (PROBE_SIGNAL)
		raise(PROBE_SIGNAL);
	if (PROBE_EXIT_IN_CHILD && getpid() != loaded_by)
		_exit(0);
	return 0;
}

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = PROBE_NAME,
	.version = "0.1",
	.description = "a plugin for the crash probe's tests",
	.init = init,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
