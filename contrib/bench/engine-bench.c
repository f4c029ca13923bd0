/* SPDX-License-Identifier: MIT */
/*
 * The engine on a large corpus of frameworks that are all mapped to one
 * hub (gen-corpus.py --hub). Phases, each timed:
 *
 * - coverage of every framework by the hub and of the hub by every
 *   framework, from the rows (xw_coverage_compute);
 * - the direct pairs of every framework with the hub, both ways;
 * - coverage through the hub for every ordered pair of frameworks (A, B):
 *   how far A covers B along A -> hub -> B (xw_coverage_through);
 * - the same statuses the slow way, for the first CHECK sources: composing
 *   the pairs (xw_pairs_compose_masks) and classifying them. Any
 *   difference is printed and makes the exit status 1.
 *
 * Use: engine-bench CORPUS HUB-ID [CHECK [THREADS]]
 * (CHECK: default 2; THREADS for the coverage through the hub: default 1)
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

/* Frameworks other than the hub, in catalog order. */
struct bench {
	const struct xw_catalog *cat;
	const struct xw_framework *hub, **fws;
	size_t n;
	struct xw_pairs *to_hub, *from_hub;      /* per framework */
	struct xw_adjacency *up;                 /* to_hub as adjacency lists */
	struct xw_fanout *down;                  /* from_hub composed for up's masks */
};

static void phase_direct_coverage(const struct bench *b, size_t *covered)
{
	struct xw_error e;

	for (size_t i = 0; i < b->n; i++) {
		struct xw_coverage by_fw, by_hub;
		struct xw_coverage_totals t;

		if (xw_coverage_compute(&by_fw, b->cat, b->fws[i], b->hub, &e) < 0 ||
		    xw_coverage_compute(&by_hub, b->cat, b->hub, b->fws[i], &e) < 0)
			fail(&e);
		xw_coverage_totals(&by_fw, XW_NONE, &t);
		*covered += t.n[XW_COVER_FULL];
		xw_coverage_clear(&by_fw);
		xw_coverage_clear(&by_hub);
	}
}

static void phase_pairs(struct bench *b)
{
	struct xw_error e;
	uint32_t masks = 0;

	for (size_t i = 0; i < b->n; i++) {
		if (xw_pairs_direct(&b->to_hub[i], b->cat, b->fws[i], b->hub, &e) < 0 ||
		    xw_pairs_direct(&b->from_hub[i], b->cat, b->hub, b->fws[i], &e) < 0 ||
		    xw_adjacency_init(&b->up[i], &b->to_hub[i], &e) < 0)
			fail(&e);
		masks |= b->up[i].masks;
	}
	for (size_t i = 0; i < b->n; i++)
		if (xw_fanout_init(&b->down[i], &b->from_hub[i], masks, &e) < 0)
			fail(&e);
}

static size_t count_full(const enum xw_cover *status, const struct xw_framework *fw)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		n += status[i] == XW_COVER_FULL;
	return n;
}

/* One thread's share of the coverage through the hub: targets j = k (mod n). */
struct share {
	const struct bench *b;
	size_t first, step, max_items, covered;
	int rc;
};

static void *through_share(void *arg)
{
	struct share *sh = arg;
	const struct bench *b = sh->b;
	enum xw_cover *status = alloc(sh->max_items, sizeof(*status));
	struct xw_through t;
	struct xw_error e;

	xw_through_init(&t);
	/* target outermost: its fan-out, the larger structure, stays in cache */
	for (size_t j = sh->first; j < b->n && sh->rc == 0; j += sh->step)
		for (size_t i = 0; i < b->n && sh->rc == 0; i++) {
			if (i == j)
				continue;
			sh->rc = xw_coverage_through(status, &b->up[i], &b->down[j], &t, &e);
			if (sh->rc < 0)
				report(NULL, &e);
			sh->covered += count_full(status, b->fws[j]);
		}
	xw_through_clear(&t);
	free(status);
	return NULL;
}

/* Targets spread over @n_threads threads; the calls share only read-only data. */
static void phase_through(const struct bench *b, size_t max_items, size_t n_threads,
			  size_t *covered)
{
	struct share sh[MAX_THREADS];
	pthread_t tid[MAX_THREADS];

	for (size_t k = 0; k < n_threads; k++) {
		sh[k] = (struct share){ b, k, n_threads, max_items, 0, 0 };
		if (pthread_create(&tid[k], NULL, through_share, &sh[k]) != 0) {
			fprintf(stderr, "engine-bench: cannot start a thread\n");
			exit(1);
		}
	}
	for (size_t k = 0; k < n_threads; k++) {
		pthread_join(tid[k], NULL);
		if (sh[k].rc < 0)
			exit(1);
		*covered += sh[k].covered;
	}
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
	size_t limit, n_threads, max_items = 0, covered_direct = 0, covered_through = 0;
	size_t checked = 0, diffs;
	struct span t, t_load, t_cov, t_pairs, t_through, t_slow;
	char what[256];

	if (argc < 3) {
		fprintf(stderr, "usage: engine-bench CORPUS HUB-ID [CHECK [THREADS]]\n");
		return 2;
	}
	limit = argc > 3 ? (size_t)strtoul(argv[3], NULL, 10) : 2;
	n_threads = argc > 4 ? (size_t)strtoul(argv[4], NULL, 10) : 1;
	if (n_threads < 1 || n_threads > MAX_THREADS) {
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
			if (cat->docs[i].framework->n_items > max_items)
				max_items = cat->docs[i].framework->n_items;
		}
	b.to_hub = alloc(b.n, sizeof(*b.to_hub));
	b.from_hub = alloc(b.n, sizeof(*b.from_hub));
	b.up = alloc(b.n, sizeof(*b.up));
	b.down = alloc(b.n, sizeof(*b.down));
	t_load = since(t);

	t = start();
	phase_direct_coverage(&b, &covered_direct);
	t_cov = since(t);
	t = start();
	phase_pairs(&b);
	t_pairs = since(t);
	t = start();
	phase_through(&b, max_items, n_threads, &covered_through);
	t_through = since(t);
	t = start();
	diffs = check_full_path(&b, limit, max_items, &checked);
	t_slow = since(t);

	getrusage(RUSAGE_SELF, &ru);
	printf("frameworks %zu (+ hub %s)\n", b.n, b.hub->id);
	print_span("load", t_load, "");
	snprintf(what, sizeof(what), "hub by each framework and each by the hub, %zu (%zu covered hub leaves)",
		 2 * b.n, covered_direct);
	print_span("coverage", t_cov, what);
	snprintf(what, sizeof(what), "direct pairs with the hub, %zu, as adjacency lists and fan-outs", 2 * b.n);
	print_span("pairs", t_pairs, what);
	snprintf(what, sizeof(what), "coverage through the hub, %zu ordered pairs, %zu thread(s) (%zu covered leaves)",
		 b.n * (b.n - 1), n_threads, covered_through);
	print_span("through", t_through, what);
	print_span("engine", (struct span){ t_cov.wall + t_pairs.wall + t_through.wall,
					    t_cov.cpu + t_pairs.cpu + t_through.cpu },
		   "coverage + pairs + through; goal: under 2 s");
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
