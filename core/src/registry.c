/* SPDX-License-Identifier: MIT */
#include <dirent.h>
#include <dlfcn.h>
#include <errno.h>
#include <signal.h>
#include <stdbool.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
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

/*
 * A module on its way into the registry. A search path is loaded in two
 * passes: every module is opened first, so that one child process can
 * try all their init()s (probe_inits) instead of one child each; then
 * each is kept or refused in turn (admit), in the search path's order,
 * as if it had been loaded alone.
 */
struct candidate {
	char *path;                            /* owned until admitted */
	void *handle;                          /* the same; NULL once refused */
	const struct xw_plugin_descriptor *d;  /* lives in the module */
	int rc;                                /* 0, or why it is refused: err */
	struct xw_error err;
	bool tried;                            /* the first of its name: probed */
	int signal;                            /* that killed its init() there */
};

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

/* Opens @c's module and checks its descriptor; closes it when that fails. */
static int open_module(struct candidate *c)
{
	xw_plugin_entry_fn entry;
	int rc;

	c->handle = dlopen(c->path, RTLD_NOW | RTLD_LOCAL);
	if (!c->handle)
		return xw_error_set(&c->err, XW_EPLUGIN, c->path, 0, 0,
				    "cannot load plugin: %s", dlerror());
	entry = entry_of(c->handle);
	if (!entry)
		rc = xw_error_set(&c->err, XW_EPLUGIN, c->path, 0, 0,
				  "not an xwalk plugin: no function '%s'",
				  XW_PLUGIN_ENTRY_NAME);
	else if (!(c->d = entry()))
		rc = xw_error_set(&c->err, XW_EPLUGIN, c->path, 0, 0,
				  "plugin entry function returned no descriptor");
	else
		rc = check_descriptor(c->path, c->d, &c->err);
	if (rc < 0) {
		dlclose(c->handle);
		c->handle = NULL;
	}
	return rc;
}

/*
 * Marks the candidates whose init() the probe is to try: those that
 * opened and whose name is neither loaded nor taken by an earlier one
 * tried, so that a plugin admit() will skip as a duplicate is never run.
 * When the earlier one is not kept after all, admit() tries its later
 * namesake alone.
 */
static void claim_names(const struct xw_registry *reg, struct candidate *c,
			size_t n)
{
	for (size_t i = 0; i < n; i++) {
		bool taken = c[i].rc < 0 || xw_registry_find(reg, c[i].d->name);

		for (size_t k = 0; k < i && !taken; k++)
			taken = c[k].tried && strcmp(c[k].d->name, c[i].d->name) == 0;
		c[i].tried = !taken;
	}
}

/* The first candidate from @i on that has an init() to try, or @n. */
static size_t next_to_try(const struct candidate *c, size_t n, size_t i)
{
	while (i < n && !(c[i].tried && c[i].d->init))
		i++;
	return i;
}

/*
 * The probe's child: runs init() and then fini() of each candidate to
 * try from @i on, storing first in *@at which one it is in. A crash must
 * kill the child with its own signal, so handlers installed in xwalk (a
 * sanitizer's) are set back to the default. It leaves with _exit(), so
 * that nothing registered with atexit() (a sanitizer's leak check) runs
 * and no stdio buffer inherited from xwalk is written a second time.
 */
static _Noreturn void probe_child(const struct candidate *c, size_t n, size_t i,
				  volatile size_t *at)
{
	static const int fatal[] = { SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT };

	for (size_t k = 0; k < sizeof(fatal) / sizeof(fatal[0]); k++)
		signal(fatal[k], SIG_DFL);
	for (i = next_to_try(c, n, i); i < n; i = next_to_try(c, n, i + 1)) {
		void *state = NULL;

		*at = i;  /* volatile: stored before init() can die */
		if (c[i].d->init(&xw_host_table, &state) == 0 && c[i].d->fini)
			c[i].d->fini(state);
	}
	*at = n;
	_exit(0);
}

/* Waits for the child @pid to end; -1 when it cannot be waited for. */
static int wait_child(pid_t pid, int *status)
{
	while (waitpid(pid, status, 0) < 0)
		if (errno != EINTR)
			return -1;
	return 0;
}

/*
 * Runs the init() and fini() of the candidates to try in a child process
 * first, so that a plugin that crashes there (a bug, or a hostile
 * module) takes down the child and not xwalk. The modules are already
 * loaded, so a child costs a fork and the inits, not a second dlopen;
 * and one child tries them all in turn, as a fork (about 0.4 ms) costs
 * far more than all the plugins' inits. The child keeps which candidate
 * it is in on a page shared with xwalk, read once the child has ended (a
 * pipe would have to be drained while it runs, and read whole). When the
 * child dies of a signal, the candidate it was in gets the signal, and a
 * new child goes on after it; so does one when the child leaves early
 * without a signal (an init() that calls exit()), and that candidate
 * passes, as it did with a child of its own. There is no time limit: an
 * init() that never returns hangs xwalk, in the probe or out of it. When
 * the probe cannot run (no memory, no fork, no child to wait for) the
 * candidates left pass.
 */
static void probe_inits(struct candidate *c, size_t n)
{
	size_t i = next_to_try(c, n, 0), at_death;
	volatile size_t *at;
	int status;
	pid_t pid;

	if (i == n)
		return;
	at = mmap(NULL, sizeof(*at), PROT_READ | PROT_WRITE,
		  MAP_SHARED | MAP_ANONYMOUS, -1, 0);
	if (at == MAP_FAILED)
		return;
	while (i < n) {
		*at = n;
		pid = fork();
		if (pid == 0)
			probe_child(c, n, i, at);
		if (pid < 0 || wait_child(pid, &status) < 0)
			break;
		at_death = *at;
		/* n: the child finished, or died before any init(); anything
		 * else out of range was written by a plugin. Never loop back. */
		if (at_death < i || at_death >= n)
			break;
		if (WIFSIGNALED(status))
			c[at_death].signal = WTERMSIG(status);
		i = next_to_try(c, n, at_death + 1);
	}
	munmap((void *)at, sizeof(*at));
}

/*
 * Keeps @c's plugin in @reg, calling its init() for real, unless a plugin
 * of its name is loaded (XW_EINVAL), it crashed in the probe or its
 * init() fails (XW_EPLUGIN). Once kept, @reg owns its path and module.
 */
static int admit(struct xw_registry *reg, struct candidate *c)
{
	const struct xw_plugin_descriptor *d = c->d;
	struct xw_plugin p = { 0 };
	struct xw_plugin *v;
	int rc;

	if (xw_registry_find(reg, d->name))
		return xw_error_set(&c->err, XW_EINVAL, c->path, 0, 0,
				    "a plugin named '%s' is already loaded", d->name);
	if (!c->tried) {
		/* the earlier plugin of this name, tried instead, was not kept */
		c->tried = true;
		probe_inits(c, 1);
	}
	if (c->signal)
		return xw_error_set(&c->err, XW_EPLUGIN, c->path, 0, 0,
				    "plugin '%s' crashed in init (signal %d); skipped",
				    d->name, c->signal);
	memcpy(&p.desc, d, d->struct_size < sizeof(p.desc) ? d->struct_size
							    : sizeof(p.desc));
	if (p.desc.init && (rc = p.desc.init(&xw_host_table, &p.state)) != 0)
		return xw_error_set(&c->err, XW_EPLUGIN, c->path, 0, 0,
				    "plugin '%s' failed to initialise (%s)",
				    d->name, xw_strerror(rc < 0 ? rc : XW_EPLUGIN));
	v = realloc(reg->plugins, (reg->n_plugins + 1) * sizeof(*v));
	if (!v) {
		if (p.desc.fini)
			p.desc.fini(p.state);
		return xw_error_set(&c->err, XW_ENOMEM, c->path, 0, 0, "out of memory");
	}
	p.path = c->path;
	p.handle = c->handle;
	c->path = NULL;
	c->handle = NULL;
	reg->plugins = v;
	reg->plugins[reg->n_plugins++] = p;
	return 0;
}

/* Tries the init()s of the candidates that opened, then admits each in turn. */
static void load_candidates(struct xw_registry *reg, struct candidate *c,
			    size_t n)
{
	claim_names(reg, c, n);
	probe_inits(c, n);
	for (size_t i = 0; i < n; i++)
		if (c[i].rc == 0)
			c[i].rc = admit(reg, &c[i]);
}

/* Frees what @c still owns: everything, unless it was admitted. */
static void release(struct candidate *c)
{
	if (c->handle)
		dlclose(c->handle);
	free(c->path);
}

int xw_registry_load_file(struct xw_registry *reg, const char *path,
			  struct xw_error *err)
{
	struct candidate c = { 0 };

	c.path = strdup(path);
	if (!c.path)
		return xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	c.rc = open_module(&c);
	load_candidates(reg, &c, 1);
	if (c.rc < 0 && err)
		*err = c.err;
	release(&c);
	return c.rc;
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

/* The modules of a search path, opened in its order. */
struct batch {
	struct xw_registry *reg;
	struct candidate *c;
	size_t n, cap;
};

/* Room for one more candidate in @b (each holds an error: grow seldom). */
static struct candidate *batch_room(struct batch *b)
{
	size_t cap = b->cap ? 2 * b->cap : 16;
	struct candidate *v;

	if (b->n < b->cap)
		return &b->c[b->n];
	v = realloc(b->c, cap * sizeof(*v));
	if (!v)
		return NULL;
	b->c = v;
	b->cap = cap;
	return &b->c[b->n];
}

/* Opens @dir/@name as the next candidate of @b. */
static void batch_add(struct batch *b, const char *dir, const char *name)
{
	struct candidate *v = batch_room(b);
	size_t size = strlen(dir) + strlen(name) + 2;
	struct xw_error e;

	if (v) {
		memset(v, 0, sizeof(*v));
		v->path = malloc(size);
	}
	if (!v || !v->path) {
		/* recorded now, out of the path's order: memory is short */
		xw_error_set(&e, XW_ENOMEM, dir, 0, 0, "out of memory");
		problem(b->reg, &e);
		return;
	}
	snprintf(v->path, size, "%s/%s", dir, name);
	v->rc = open_module(v);
	b->n++;
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

/* Adds every "*.so" in @dir to @b, in name order; a missing @dir adds none. */
static void batch_add_dir(struct batch *b, const char *dir)
{
	struct dirent **names;
	int n = scandir(dir, &names, is_module, by_name);

	for (int i = 0; i < n; i++) {
		batch_add(b, dir, names[i]->d_name);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/* The build tree keeps each plugin in its own folder under plugins/. */
static void batch_add_build_tree(struct batch *b)
{
	struct dirent **names;
	int n = scandir(XW_BUILD_PLUGINDIR, &names, NULL, by_name);

	for (int i = 0; i < n; i++) {
		char path[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", XW_BUILD_PLUGINDIR,
				 names[i]->d_name);
			batch_add_dir(b, path);
		}
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/*
 * Loads the modules of @b and records each one refused as a problem, in
 * @b's order, but for a name already loaded, skipped silently: the search
 * path is in priority order, and the first plugin of a name wins.
 */
static void batch_load(struct batch *b)
{
	load_candidates(b->reg, b->c, b->n);
	for (size_t i = 0; i < b->n; i++) {
		if (b->c[i].rc < 0 && b->c[i].err.code != XW_EINVAL)
			problem(b->reg, &b->c[i].err);
		release(&b->c[i]);
	}
	free(b->c);
}

void xw_registry_load_dir(struct xw_registry *reg, const char *dir)
{
	struct batch b = { reg, NULL, 0, 0 };

	batch_add_dir(&b, dir);
	batch_load(&b);
}

void xw_registry_load_default(struct xw_registry *reg,
			      const char *const *dirs, size_t n_dirs)
{
	const char *env = getenv("XWALK_PLUGIN_PATH");
	struct batch b = { reg, NULL, 0, 0 };

	for (size_t i = 0; i < n_dirs; i++)
		batch_add_dir(&b, dirs[i]);
	if (env && *env) {
		char *copy = strdup(env), *save = NULL;
		for (char *d = copy ? strtok_r(copy, ":", &save) : NULL; d;
		     d = strtok_r(NULL, ":", &save))
			batch_add_dir(&b, d);
		free(copy);
	}
	if (xw_in_build_tree())
		batch_add_build_tree(&b);
	else
		batch_add_dir(&b, XW_INSTALL_PLUGINDIR);
	batch_load(&b);
}
