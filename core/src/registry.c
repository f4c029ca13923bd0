/* SPDX-License-Identifier: MIT */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/wait.h>
#include <unistd.h>

#include "config.h"
#include "xwalk/io.h"
#include "xwalk/paths.h"
#include "xwalk/registry.h"
#include "host.h"

/* A 1.0 descriptor ends with write_mapping; anything shorter is broken. */
#define DESC_MIN_SIZE \
	(offsetof(struct xw_plugin_descriptor, write_mapping) + sizeof(void *))

int xw_registry_new(struct xw_registry **out, struct xw_error *err)
{
	*out = calloc(1, sizeof(**out));
	if (!*out)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	return 0;
}

void xw_registry_free(struct xw_registry *reg)
{
	if (!reg)
		return;
	for (size_t i = 0; i < reg->n_plugins; i++) {
		struct xw_plugin *p = &reg->plugins[i];
		if (p->desc.fini)
			p->desc.fini(p->state);
		dlclose(p->handle);
		free(p->path);
	}
	free(reg->plugins);
	free(reg->problems);
	free(reg);
}

const struct xw_plugin *xw_registry_find(const struct xw_registry *reg,
					 const char *name)
{
	for (size_t i = 0; i < reg->n_plugins; i++)
		if (strcmp(reg->plugins[i].desc.name, name) == 0)
			return &reg->plugins[i];
	return NULL;
}

static int check_descriptor(const char *path,
			    const struct xw_plugin_descriptor *d,
			    struct xw_error *err)
{
	if (d->struct_size < DESC_MIN_SIZE)
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "plugin descriptor is %u bytes, shorter than the %zu bytes of ABI 1.0",
				    d->struct_size, (size_t)DESC_MIN_SIZE);
	if (d->abi_major != XW_PLUGIN_ABI_MAJOR)
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "plugin is built for ABI %u.%u but this xwalk speaks ABI %d.%d; rebuild the plugin",
				    d->abi_major, d->abi_minor, XW_PLUGIN_ABI_MAJOR,
				    XW_PLUGIN_ABI_MINOR);
	if (!d->name || !*d->name)
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "plugin descriptor has no name");
	return 0;
}

/* The plugin's entry function, or NULL when it has none. */
static xw_plugin_entry_fn entry_of(void *handle)
{
	void *sym = dlsym(handle, XW_PLUGIN_ENTRY_NAME);
	xw_plugin_entry_fn entry = NULL;

	/* POSIX guarantees a function pointer survives this round trip */
	if (sym)
		memcpy(&entry, &sym, sizeof(entry));
	return entry;
}

/*
 * Runs @d's init() and fini() in a child process first, so that a
 * plugin that crashes there (a bug, or a hostile module) takes down the
 * child and not xwalk. The module is already loaded, so the child costs
 * a fork and the plugin's init, not a second dlopen. A crash must kill
 * the child with its own signal, so handlers installed in xwalk (a
 * sanitizer's) are set back to the default there. XW_EPLUGIN when the
 * child dies of a signal; 0 otherwise, also when the probe cannot run.
 */
static int survives_init(const char *path, const struct xw_plugin_descriptor *d,
			 struct xw_error *err)
{
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };
	void *state = NULL;
	int status;
	pid_t pid;

	if (!d->init)
		return 0;
	pid = fork();
	if (pid == 0) {
		for (size_t i = 0; i < sizeof(fatal) / sizeof(fatal[0]); i++)
			signal(fatal[i], SIG_DFL);
		if (d->init(&xw_host_table, &state) == 0 && d->fini)
			d->fini(state);
		_exit(0);
	}
	if (pid < 0)
		return 0;
	while (waitpid(pid, &status, 0) < 0)
		if (errno != EINTR)
			return 0;
	if (!WIFSIGNALED(status))
		return 0;
	return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
			    "plugin '%s' crashed in init (signal %d); skipped",
			    d->name, WTERMSIG(status));
}

int xw_registry_load_file(struct xw_registry *reg, const char *path,
			  struct xw_error *err)
{
	struct xw_plugin p = { 0 };
	const struct xw_plugin_descriptor *d;
	xw_plugin_entry_fn entry;
	struct xw_plugin *v;
	int rc;

	p.handle = dlopen(path, RTLD_NOW | RTLD_LOCAL);
	if (!p.handle)
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "cannot load plugin: %s", dlerror());
	entry = entry_of(p.handle);
	if (!entry) {
		dlclose(p.handle);
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "not an xwalk plugin: no function '%s'",
				    XW_PLUGIN_ENTRY_NAME);
	}
	d = entry();
	if (!d) {
		dlclose(p.handle);
		return xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				    "plugin entry function returned no descriptor");
	}
	rc = check_descriptor(path, d, err);
	if (rc == 0 && xw_registry_find(reg, d->name))
		rc = xw_error_set(err, XW_EINVAL, path, 0, 0,
				  "a plugin named '%s' is already loaded", d->name);
	if (rc == 0)
		rc = survives_init(path, d, err);
	if (rc < 0) {
		dlclose(p.handle);
		return rc;
	}
	memcpy(&p.desc, d, d->struct_size < sizeof(p.desc) ? d->struct_size
							    : sizeof(p.desc));
	if (p.desc.init && (rc = p.desc.init(&xw_host_table, &p.state)) != 0) {
		/* the name lives in the module: report before unloading it */
		rc = xw_error_set(err, XW_EPLUGIN, path, 0, 0,
				  "plugin '%s' failed to initialise (%s)",
				  d->name, xw_strerror(rc < 0 ? rc : XW_EPLUGIN));
		dlclose(p.handle);
		return rc;
	}
	p.path = strdup(path);
	v = p.path ? realloc(reg->plugins, (reg->n_plugins + 1) * sizeof(*v)) : NULL;
	if (!v) {
		if (p.desc.fini)
			p.desc.fini(p.state);
		dlclose(p.handle);
		free(p.path);
		return xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	}
	reg->plugins = v;
	reg->plugins[reg->n_plugins++] = p;
	return 0;
}

static void problem(struct xw_registry *reg, const struct xw_error *e)
{
	struct xw_error *v = realloc(reg->problems,
				     (reg->n_problems + 1) * sizeof(*v));
	if (!v)
		return;
	reg->problems = v;
	reg->problems[reg->n_problems++] = *e;
}

static int by_name(const struct dirent **a, const struct dirent **b)
{
	return strcmp((*a)->d_name, (*b)->d_name);
}

static int is_module(const struct dirent *d)
{
	size_t n = strlen(d->d_name);

	return n > 3 && strcmp(d->d_name + n - 3, ".so") == 0;
}

void xw_registry_load_dir(struct xw_registry *reg, const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, is_module, by_name);

	for (int i = 0; i < n; i++) {
		char path[4096];
		struct xw_error e;

		snprintf(path, sizeof(path), "%s/%s", dir, names[i]->d_name);
		xw_error_clear(&e);
		/* the search path is in priority order: first of a name wins */
		if (xw_registry_load_file(reg, path, &e) < 0 && e.code != XW_EINVAL)
			problem(reg, &e);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/* The build tree keeps each plugin in its own folder under plugins/. */
static void load_build_tree(struct xw_registry *reg)
{
	struct dirent **names;
	int n = scandir(XW_BUILD_PLUGINDIR, &names, NULL, by_name);

	for (int i = 0; i < n; i++) {
		char path[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", XW_BUILD_PLUGINDIR,
				 names[i]->d_name);
			xw_registry_load_dir(reg, path);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

void xw_registry_load_default(struct xw_registry *reg,
			      const char *const *dirs, size_t n_dirs)
{
	const char *env = getenv("XWALK_PLUGIN_PATH");

	for (size_t i = 0; i < n_dirs; i++)
		xw_registry_load_dir(reg, dirs[i]);
	if (env && *env) {
		char *copy = strdup(env), *save = NULL;
		for (char *d = copy ? strtok_r(copy, ":", &save) : NULL; d;
		     d = strtok_r(NULL, ":", &save))
			xw_registry_load_dir(reg, d);
		free(copy);
	}
	if (xw_in_build_tree())
		load_build_tree(reg);
	else
		xw_registry_load_dir(reg, XW_INSTALL_PLUGINDIR);
}
