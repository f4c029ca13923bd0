/* SPDX-License-Identifier: MIT */
/*
 * The engine on a large corpus of frameworks that are all mapped to one
 * hub: coverage of every framework by the hub and of the hub by every
 * framework, then inference for every ordered pair of frameworks through
 * the hub (relation masks; the rows behind a pair are derived when a
 * user asks about it, as 'xwalk infer' does). Prints the time of each
 * phase and the peak memory.
 *
 * Use: engine-bench CORPUS HUB-ID [PAIRS]
 * (PAIRS limits the inference phase to the first PAIRS sources, for a
 * quick run; by default every pair.)
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/resource.h>
#include <time.h>

#include "xwalk/catalog.h"
#include "xwalk/coverage.h"
#include "xwalk/pairs.h"

static double now(void)
{
	struct timespec ts;

	clock_gettime(CLOCK_MONOTONIC, &ts);
	return (double)ts.tv_sec + (double)ts.tv_nsec / 1e9;
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

int main(int argc, char **argv)
{
	const struct xw_framework *hub, **fws;
	struct xw_pairs *to_hub, *from_hub;
	struct xw_catalog *cat;
	struct xw_error e;
	struct rusage ru;
	size_t n = 0, limit, derived = 0, covered = 0;
	double t0, t_load, t_cov, t_inf;

	if (argc < 3) {
		fprintf(stderr, "usage: engine-bench CORPUS HUB-ID [PAIRS]\n");
		return 2;
	}
	t0 = now();
	if (xw_catalog_new(&cat, &e) < 0)
		fail(&e);
	if (xw_catalog_load_path(cat, NULL, argv[1], report, NULL))
		return 1;
	hub = xw_catalog_framework(cat, argv[2]);
	if (!hub) {
		fprintf(stderr, "engine-bench: no framework '%s'\n", argv[2]);
		return 1;
	}
	fws = calloc(cat->n_docs, sizeof(*fws));
	for (size_t i = 0; i < cat->n_docs; i++)
		if (cat->docs[i].kind == XW_DOC_FRAMEWORK && cat->docs[i].framework != hub)
			fws[n++] = cat->docs[i].framework;
	limit = argc > 3 ? (size_t)atoi(argv[3]) : n;
	t_load = now() - t0;

	/* coverage both ways between the hub and every framework */
	t0 = now();
	for (size_t i = 0; i < n; i++) {
		struct xw_coverage a, b;
		struct xw_coverage_totals t;

		if (xw_coverage_compute(&a, cat, fws[i], hub, &e) < 0 ||
		    xw_coverage_compute(&b, cat, hub, fws[i], &e) < 0)
			fail(&e);
		xw_coverage_totals(&a, XW_NONE, &t);
		covered += t.n[XW_COVER_FULL];
		xw_coverage_clear(&a);
		xw_coverage_clear(&b);
	}
	t_cov = now() - t0;

	/* inference A -> B through the hub for every ordered pair */
	t0 = now();
	to_hub = calloc(n, sizeof(*to_hub));
	from_hub = calloc(n, sizeof(*from_hub));
	for (size_t i = 0; i < n; i++)
		if (xw_pairs_direct(&to_hub[i], cat, fws[i], hub, &e) < 0 ||
		    xw_pairs_direct(&from_hub[i], cat, hub, fws[i], &e) < 0)
			fail(&e);
	for (size_t i = 0; i < n && i < limit; i++)
		for (size_t j = 0; j < n; j++) {
			struct xw_pairs ab;

			if (i == j)
				continue;
			/* masks only: provenance is built for the pairs a user asks about */
			if (xw_pairs_compose_masks(&ab, &to_hub[i], &from_hub[j], &e) < 0)
				fail(&e);
			derived += ab.n;
			xw_pairs_clear(&ab);
		}
	for (size_t i = 0; i < n; i++) {
		xw_pairs_clear(&to_hub[i]);
		xw_pairs_clear(&from_hub[i]);
	}
	t_inf = now() - t0;
	getrusage(RUSAGE_SELF, &ru);
	printf("frameworks %zu (+ hub), source rows used for %zu x %zu pairs\n", n,
	       limit < n ? limit : n, n - 1);
	printf("load       %8.2f s\n", t_load);
	printf("coverage   %8.2f s   (%zu covered hub leaves in all)\n", t_cov, covered);
	printf("inference  %8.2f s   (%zu derived pairs)\n", t_inf, derived);
	printf("engine     %8.2f s   (coverage + inference; goal: under 2 s)\n", t_cov + t_inf);
	printf("peak RSS   %8.1f MiB\n", (double)ru.ru_maxrss / 1024.0);
	free(to_hub);
	free(from_hub);
	free(fws);
	xw_catalog_free(cat);
	return 0;
}
