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
#include "folder.h"
#include "host.h"
#include "manifest.h"
#include "registry_known.h"

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
	for (size_t i = 0; i < reg->n_known; i++)
		xw_manifest_clear(&reg->known[i]);
	free(reg->known);
	free(reg->plugins);
	free(reg->problems);
	free(reg);
}

/* The loaded plugin called @name, or NULL. */
static const struct xw_plugin *loaded(const struct xw_registry *reg,
				      const char *name)
{
	for (size_t i = 0; i < reg->n_plugins; i++)
		if (strcmp(reg->plugins[i].desc.name, name) == 0)
			return &reg->plugins[i];
	return NULL;
}

/* Whether a plugin called @name is loaded, or known and yet to load. */
static bool name_taken(const struct xw_registry *reg, const char *name)
{
	for (size_t i = 0; i < reg->n_known; i++)
		if (!reg->known[i].loaded && strcmp(reg->known[i].name, name) == 0)
			return true;
	return loaded(reg, name) != NULL;
}

static bool is_named(const struct xw_manifest *m, const void *name)
{
	return strcmp(m->name, name) == 0;
}

static bool any(const struct xw_manifest *m, const void *ctx)
{
	(void)m;
	(void)ctx;
	return true;
}

const struct xw_plugin *xw_registry_find(struct xw_registry *reg, const char *name)
{
	const struct xw_plugin *p = loaded(reg, name);

	if (!p) {
		xw_registry_load_known(reg, is_named, name);
		p = loaded(reg, name);
	}
	return p;
}

void xw_registry_load_all(struct xw_registry *reg)
{
	xw_registry_load_known(reg, any, NULL);
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
 * as if it had been loaded alone. A module with a manifest is not opened
 * but kept as known, to be loaded the same way when it is needed.
 */
struct candidate {
	char *path;                            /* owned until admitted */
	void *handle;                          /* the same; NULL once refused */
	const struct xw_plugin_descriptor *d;  /* lives in the module */
	struct xw_manifest known;              /* what its manifest says... */
	bool is_known;                         /* ...when it has one: not opened */
	unsigned rank;
	int rc;                                /* 0, or why it is refused: err */
	struct xw_error err;
	bool tried;                            /* the first of its name: probed */
	int signal;                            /* that killed its init() there */
};

static const char *name_of(const struct candidate *c)
{
	return c->is_known ? c->known.name : c->d->name;
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
		bool taken = c[i].rc < 0 || name_taken(reg, name_of(&c[i]));

		for (size_t k = 0; k < i && !taken; k++)
			taken = c[k].tried && strcmp(name_of(&c[k]), name_of(&c[i])) == 0;
		c[i].tried = !taken;
	}
}

/* The first candidate from @i on that has an init() to try, or @n. */
static size_t next_to_try(const struct candidate *c, size_t n, size_t i)
{
	while (i < n && !(c[i].tried && !c[i].is_known && c[i].d->init))
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
	size_t i;
	int rc;

	if (name_taken(reg, d->name))
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
	p.rank = c->rank;
	p.contents = xw_desc_contents(&p.desc);
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
	/* in search path order, whenever each was loaded */
	for (i = reg->n_plugins; i > 0 && v[i - 1].rank > p.rank; i--)
		v[i] = v[i - 1];
	v[i] = p;
	reg->n_plugins++;
	return 0;
}

/* Keeps @c, whose manifest was read, as known: @reg then owns it. */
static int keep_known(struct xw_registry *reg, struct candidate *c)
{
	struct xw_manifest *v;

	if (!c->tried)  /* a plugin of its name came first */
		return xw_error_set(&c->err, XW_EINVAL, c->path, 0, 0,
				    "a plugin named '%s' is already loaded", c->known.name);
	v = realloc(reg->known, (reg->n_known + 1) * sizeof(*v));
	if (!v)
		return xw_error_set(&c->err, XW_ENOMEM, c->path, 0, 0, "out of memory");
	c->known.rank = c->rank;
	reg->known = v;
	reg->known[reg->n_known++] = c->known;
	memset(&c->known, 0, sizeof(c->known));
	c->is_known = false;
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
			c[i].rc = c[i].is_known ? keep_known(reg, &c[i]) : admit(reg, &c[i]);
}

/* Frees what @c still owns: everything, unless it was admitted. */
static void release(struct candidate *c)
{
	if (c->handle)
		dlclose(c->handle);
	xw_manifest_clear(&c->known);
	free(c->path);
}

int xw_registry_load_file(struct xw_registry *reg, const char *path,
			  struct xw_error *err)
{
	struct candidate c = { 0 };

	c.path = strdup(path);
	if (!c.path)
		return xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	c.rank = reg->n_ranked++;
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

	if (reg->on_problem)
		reg->on_problem(reg->on_problem_ctx, e);
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

/* A new candidate for @path in @b, or NULL (recorded) when memory is short. */
static struct candidate *batch_new(struct batch *b, const char *path)
{
	struct candidate *v = batch_room(b);
	struct xw_error e;

	if (v) {
		memset(v, 0, sizeof(*v));
		v->path = strdup(path);
	}
	if (!v || !v->path) {
		/* recorded now, out of the path's order */
		xw_error_set(&e, XW_ENOMEM, path, 0, 0, "out of memory");
		problem(b->reg, &e);
		return NULL;
	}
	b->n++;
	return v;
}

/*
 * Adds the module @dir/@name to @b: known from its manifest in
 * @manifest_dir (NAME.manifest for NAME.so) when it has one that fits,
 * else opened. A malformed manifest is a problem, and the module is
 * opened as if it had none.
 */
static void batch_add(struct batch *b, const char *dir, const char *name,
		      const char *manifest_dir)
{
	char path[4096], manifest[4096];
	struct candidate *v;
	int rc;

	if ((size_t)snprintf(path, sizeof(path), "%s/%s", dir, name) >= sizeof(path) ||
	    (size_t)snprintf(manifest, sizeof(manifest), "%s/%.*s.manifest", manifest_dir,
			     (int)(strlen(name) - 3), name) >= sizeof(manifest))
		return;  /* no such file can be opened */
	v = batch_new(b, path);
	if (!v)
		return;
	v->rank = b->reg->n_ranked++;
	rc = xw_manifest_read(&v->known, manifest, path, &v->err);
	if (rc < 0)
		problem(b->reg, &v->err);
	v->is_known = rc > 0;
	if (!v->is_known)
		v->rc = open_module(v);
}

/* Opens the module @k describes as the next candidate of @b. */
static void batch_add_known(struct batch *b, const struct xw_manifest *k)
{
	struct candidate *v = batch_new(b, k->path);

	if (!v)
		return;
	v->rank = k->rank;
	v->rc = open_module(v);
	if (v->rc == 0 && !xw_manifest_matches(k, v->d)) {
		v->rc = xw_error_set(&v->err, XW_EPLUGIN, v->path, 0, 0,
				     "plugin '%s' is not what its manifest says; rebuild it, "
				     "or remove the manifest", k->name);
		dlclose(v->handle);
		v->handle = NULL;
	}
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

/* scandir() of @dir; one that cannot be listed is a problem, unless it
 * is missing or no folder (the build tree's manifests sit beside them) */
static int list_dir(struct batch *b, const char *dir, int (*filter)(const struct dirent *),
		    struct dirent ***names)
{
	int n = scandir(dir, names, filter, by_name), saved = errno;
	struct xw_error e;

	if (n < 0 && saved != ENOENT && saved != ENOTDIR) {
		xw_folder_error(&e, dir, saved);
		problem(b->reg, &e);
	}
	return n;
}

/*
 * Adds every "*.so" in @dir to @b, in name order, with their manifests
 * in @manifest_dir; a missing @dir adds none.
 */
static void batch_add_dir(struct batch *b, const char *dir, const char *manifest_dir)
{
	struct dirent **names;
	int n = list_dir(b, dir, is_module, &names);

	for (int i = 0; i < n; i++) {
		batch_add(b, dir, names[i]->d_name, manifest_dir);
		free(names[i]);
	}
	if (n >= 0)
		free(names);
}

/*
 * The build tree keeps each plugin in its own folder under plugins/, and
 * the manifests in plugins/ itself (meson writes a target's output in the
 * folder of the meson.build that makes it).
 */
static void batch_add_build_tree(struct batch *b)
{
	struct dirent **names;
	int n = list_dir(b, XW_BUILD_PLUGINDIR, NULL, &names);

	for (int i = 0; i < n; i++) {
		char path[4096];

		if (names[i]->d_name[0] != '.') {
			snprintf(path, sizeof(path), "%s/%s", XW_BUILD_PLUGINDIR,
				 names[i]->d_name);
			batch_add_dir(b, path, XW_BUILD_PLUGINDIR);
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

	batch_add_dir(&b, dir, dir);
	batch_load(&b);
}

void xw_registry_load_known(struct xw_registry *reg, xw_known_filter want,
			    const void *ctx)
{
	struct batch b = { reg, NULL, 0, 0 };

	for (size_t i = 0; i < reg->n_known; i++) {
		struct xw_manifest *k = &reg->known[i];

		if (!k->loaded && want(k, ctx)) {
			k->loaded = true;
			batch_add_known(&b, k);
		}
	}
	batch_load(&b);
}

void xw_registry_load_default(struct xw_registry *reg,
			      const char *const *dirs, size_t n_dirs)
{
	const char *env = getenv("XWALK_PLUGIN_PATH");
	struct batch b = { reg, NULL, 0, 0 };

	for (size_t i = 0; i < n_dirs; i++)
		batch_add_dir(&b, dirs[i], dirs[i]);
	if (env && *env) {
		char *copy = strdup(env), *save = NULL;
		struct xw_error e;

		if (!copy) {
			xw_error_set(&e, XW_ENOMEM, NULL, 0, 0, "out of memory");
			problem(reg, &e);
		}
		for (char *d = copy ? strtok_r(copy, ":", &save) : NULL; d;
		     d = strtok_r(NULL, ":", &save))
			batch_add_dir(&b, d, d);
		free(copy);
	}
	if (xw_in_build_tree())
		batch_add_build_tree(&b);
	else
		batch_add_dir(&b, XW_INSTALL_PLUGINDIR, XW_INSTALL_PLUGINDIR);
	batch_load(&b);
}
