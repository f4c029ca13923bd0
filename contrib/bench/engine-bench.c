/* SPDX-License-Identifier: MIT */
/*
 * The engine on a large corpus of frameworks that are all mapped to one
 * hub (gen-corpus.py --hub). Phases, each timed:
 *
 * - direct: coverage of the hub by every framework and of every framework
 *   by the hub, from the rows (xw_coverage_compute), and the direct pairs
 *   from the same links (xw_pairs_from_links) as adjacency lists and
 *   fan-outs;
 * - through: coverage through the hub for every ordered pair of
 *   frameworks (A, B): how far A covers B along A -> hub -> B
 *   (xw_coverage_through);
 * - the same statuses the slow way, for the first CHECK sources: composing
 *   the pairs (xw_pairs_compose_masks) and classifying them. Any
 *   difference is printed and makes the exit status 1.
 *
 * The first two phases are spread over THREADS threads, one framework
 * (or, through the hub, one target) at a time.
 *
 * Use: engine-bench CORPUS HUB-ID [CHECK [THREADS]]
 * (CHECK: default 2; THREADS: default 1)
 */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "xwalk/catalog.h"
#include "xwalk/hub.h"

#define MAX_THREADS 16

static double clock_s(clockid_t id)
{
	struct timespec ts;

	clock_gettime(id, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
}

static double now(void)
{
	return clock_s(CLOCK_MONOTONIC);
}

/* CPU time of the whole process (all threads): on a busy machine the
 * wall times stretch, this does not. */
static double cpu(void)
{
	return clock_s(CLOCK_PROCESS_CPUTIME_ID);
}

static void report(void *ctx, const struct xw_error *e)
{
	char msg[2048];

	(void)ctx;
	xw_error_format(e, msg, sizeof(msg));
	fprintf(stderr, "engine-bench: %s\n", msg);
}

/* Reports @e for a task, which then stops its thread. */
static int failed(const struct xw_error *e)
{
	report(NULL, e);
	return -1;
}

static void fail(const struct xw_error *e)
{
	report(NULL, e);
	exit(1);
}

static void *alloc(size_t n, size_t size)
{
	void *p = calloc(n ? n : 1, size);

	if (!p) {
		fprintf(stderr, "engine-bench: out of memory\n");
		exit(1);
	}
	return p;
}

struct worker;

/* Frameworks other than the hub, in catalog order. */
struct bench {
	const struct xw_catalog *cat;
	const struct xw_framework *hub, **fws;
	size_t n, max_items, n_threads;
	uint32_t masks;                          /* every mask of up */
	struct xw_pairs *to_hub, *from_hub;      /* per framework */
	struct xw_adjacency *up;                 /* to_hub as adjacency lists */
	struct xw_fanout *down;                  /* from_hub composed for up's masks */
};

/* One framework's share of a phase; returns 0 or -1 (reported). */
typedef int (*task_fn)(struct bench *b, size_t i, struct worker *w);

/* What one thread keeps between tasks. */
struct worker {
	enum xw_cover *status;
	struct xw_through t;
	size_t covered;
};

/*
 * Coverage of the hub by framework i and of i by the hub, from the rows,
 * then their direct pairs from the same links, and i's as adjacency lists.
 */
static int task_direct(struct bench *b, size_t i, struct worker *w)
{
	struct xw_coverage by_fw, by_hub;
	struct xw_coverage_totals t;
	struct xw_error e;
	int rc = -1;

	if (xw_coverage_compute(&by_fw, b->cat, b->fws[i], b->hub, &e) < 0)
		return failed(&e);
	if (xw_coverage_compute(&by_hub, b->cat, b->hub, b->fws[i], &e) < 0) {
		xw_coverage_clear(&by_fw);
		return failed(&e);
	}
	xw_coverage_totals(&by_fw, XW_NONE, &t);
	w->covered += t.n[XW_COVER_FULL];
	if (xw_pairs_from_links(&b->to_hub[i], &by_fw.links, false, &e) < 0 ||
	    xw_pairs_from_links(&b->from_hub[i], &by_hub.links, false, &e) < 0 ||
	    xw_adjacency_init(&b->up[i], &b->to_hub[i], &e) < 0)
		failed(&e);
	else
		rc = 0;
	xw_coverage_clear(&by_fw);
	xw_coverage_clear(&by_hub);
	return rc;
}

static int task_fanout(struct bench *b, size_t i, struct worker *w)
{
	struct xw_error e;

	(void)w;
	if (xw_fanout_init(&b->down[i], &b->from_hub[i], b->masks, &e) < 0)
		return failed(&e);
	return 0;
}

static size_t count_full(const enum xw_cover *status, const struct xw_framework *fw)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		n += status[i] == XW_COVER_FULL;
	return n;
}

/* Coverage of target j through the hub by every other framework: the
 * target's fan-out, the larger structure, stays in cache. */
static int task_through(struct bench *b, size_t j, struct worker *w)
{
	struct xw_error e;

	for (size_t i = 0; i < b->n; i++) {
		if (i == j)
			continue;
		if (xw_coverage_through(w->status, &b->up[i], &b->down[j], &w->t, &e) < 0)
			return failed(&e);
		w->covered += count_full(w->status, b->fws[j]);
	}
	return 0;
}

/* One thread: frameworks i = first (mod step). */
struct share {
	struct bench *b;
	task_fn fn;
	size_t first, step;
	struct worker w;
	int rc;
};

static void *run_share(void *arg)
{
	struct share *sh = arg;

	for (size_t i = sh->first; i < sh->b->n && sh->rc == 0; i += sh->step)
		sh->rc = sh->fn(sh->b, i, &sh->w);
	return NULL;
}

/* @fn for every framework, spread over b->n_threads threads (the tasks
 * share only read-only data); returns what the workers counted. */
static size_t run(struct bench *b, task_fn fn)
{
	struct share sh[MAX_THREADS];
	pthread_t tid[MAX_THREADS];
	size_t covered = 0;

	for (size_t k = 0; k < b->n_threads; k++) {
		sh[k] = (struct share){ b, fn, k, b->n_threads, { NULL, { 0 }, 0 }, 0 };
		sh[k].w.status = alloc(b->max_items, sizeof(*sh[k].w.status));
		xw_through_init(&sh[k].w.t);
		if (pthread_create(&tid[k], NULL, run_share, &sh[k]) != 0) {
			fprintf(stderr, "engine-bench: cannot start a thread\n");
			exit(1);
		}
	}
	for (size_t k = 0; k < b->n_threads; k++) {
		pthread_join(tid[k], NULL);
		if (sh[k].rc < 0)
			exit(1);
		covered += sh[k].w.covered;
		xw_through_clear(&sh[k].w.t);
		free(sh[k].w.status);
	}
	return covered;
}

/* The slow way for the first @limit sources; returns the differences. */
static size_t check_full_path(const struct bench *b, size_t limit, size_t max_items,
			      size_t *pairs)
{
	enum xw_cover *fast = alloc(max_items, sizeof(*fast));
	enum xw_cover *slow = alloc(max_items, sizeof(*slow));
	struct xw_through t;
	struct xw_error e;
	size_t diffs = 0;

	xw_through_init(&t);
	for (size_t i = 0; i < b->n && i < limit; i++)
		for (size_t j = 0; j < b->n; j++) {
			struct xw_pairs ab;

			if (i == j)
				continue;
			if (xw_pairs_compose_masks(&ab, &b->to_hub[i], &b->from_hub[j], &e) < 0)
				fail(&e);
			xw_coverage_of_pairs(slow, &ab);
			(*pairs)++;
			xw_pairs_clear(&ab);
			if (xw_coverage_through(fast, &b->up[i], &b->down[j], &t, &e) < 0)
				fail(&e);
			for (size_t k = 0; k < b->fws[j]->n_items; k++)
				if (fast[k] != slow[k] && diffs++ < 10)
					fprintf(stderr, "engine-bench: %s by %s, %s: %s, the slow way %s\n",
						b->fws[j]->id, b->fws[i]->id, b->fws[j]->items[k]->id,
						xw_cover_name(fast[k]), xw_cover_name(slow[k]));
		}
	xw_through_clear(&t);
	free(fast);
	free(slow);
	return diffs;
}

/* Wall and CPU seconds since @start. */
struct span {
	double wall, cpu;
};

static struct span since(struct span start)
{
	return (struct span){ now() - start.wall, cpu() - start.cpu };
}

static struct span start(void)
{
	return (struct span){ now(), cpu() };
}

static void print_span(const char *phase, struct span s, const char *what)
{
	printf("%-10s %8.2f s wall %8.2f s cpu   %s\n", phase, s.wall, s.cpu, what);
}

int main(int argc, char **argv)
{
	struct bench b = { 0 };
	struct xw_catalog *cat;
	struct xw_error e;
	struct rusage ru;
	size_t limit, covered_direct, covered_through;
	size_t checked = 0, diffs;
	struct span t, t_load, t_direct, t_through, t_slow;
	char what[256];

	if (argc < 3) {
		fprintf(stderr, "usage: engine-bench CORPUS HUB-ID [CHECK [THREADS]]\n");
		return 2;
	}
	limit = argc > 3 ? (size_t)strtoul(argv[3], NULL, 10) : 2;
	b.n_threads = argc > 4 ? (size_t)strtoul(argv[4], NULL, 10) : 1;
	if (b.n_threads < 1 || b.n_threads > MAX_THREADS) {
		fprintf(stderr, "engine-bench: THREADS is 1 to %d\n", MAX_THREADS);
		return 2;
	}
	t = start();
	if (xw_catalog_new(&cat, &e) < 0)
		fail(&e);
	if (xw_catalog_load_path(cat, NULL, argv[1], report, NULL))
		return 1;
	b.cat = cat;
	b.hub = xw_catalog_framework(cat, argv[2]);
	if (!b.hub) {
		fprintf(stderr, "engine-bench: no framework '%s'\n", argv[2]);
		return 1;
	}
	b.fws = alloc(cat->n_docs, sizeof(*b.fws));
	for (size_t i = 0; i < cat->n_docs; i++)
		if (cat->docs[i].kind == XW_DOC_FRAMEWORK && cat->docs[i].framework != b.hub) {
			b.fws[b.n++] = cat->docs[i].framework;
			if (cat->docs[i].framework->n_items > b.max_items)
				b.max_items = cat->docs[i].framework->n_items;
		}
	b.to_hub = alloc(b.n, sizeof(*b.to_hub));
	b.from_hub = alloc(b.n, sizeof(*b.from_hub));
	b.up = alloc(b.n, sizeof(*b.up));
	b.down = alloc(b.n, sizeof(*b.down));
	t_load = since(t);

	t = start();
	covered_direct = run(&b, task_direct);
	for (size_t i = 0; i < b.n; i++)
		b.masks |= b.up[i].masks;
	run(&b, task_fanout);
	t_direct = since(t);
	t = start();
	covered_through = run(&b, task_through);
	t_through = since(t);
	t = start();
	diffs = check_full_path(&b, limit, b.max_items, &checked);
	t_slow = since(t);

	getrusage(RUSAGE_SELF, &ru);
	printf("frameworks %zu (+ hub %s)\n", b.n, b.hub->id);
	print_span("load", t_load, "");
	snprintf(what, sizeof(what),
		 "coverage of the hub by each framework and of each by the hub, %zu (%zu covered hub leaves), "
		 "and their direct pairs as adjacency lists and fan-outs", 2 * b.n, covered_direct);
	print_span("direct", t_direct, what);
	snprintf(what, sizeof(what), "coverage through the hub, %zu ordered pairs, %zu thread(s) (%zu covered leaves)",
		 b.n * (b.n - 1), b.n_threads, covered_through);
	print_span("through", t_through, what);
	print_span("engine", (struct span){ t_direct.wall + t_through.wall,
					    t_direct.cpu + t_through.cpu },
		   "direct + through; goal: under 2 s");
	snprintf(what, sizeof(what), "compose + classify and compare, %zu pairs (%.2f ms cpu each): %zu differences",
		 checked, checked ? t_slow.cpu * 1e3 / (double)checked : 0.0, diffs);
	print_span("slow way", t_slow, what);
	printf("peak RSS   %8.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	for (size_t i = 0; i < b.n; i++) {
		xw_pairs_clear(&b.to_hub[i]);
		xw_pairs_clear(&b.from_hub[i]);
		xw_adjacency_clear(&b.up[i]);
		xw_fanout_clear(&b.down[i]);
	}
	free(b.to_hub);
	free(b.from_hub);
	free(b.up);
	free(b.down);
	free(b.fws);
	xw_catalog_free(cat);
	return diffs ? 1 : 0;
}
