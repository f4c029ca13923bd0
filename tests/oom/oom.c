/* SPDX-License-Identifier: MIT */
/* The out-of-memory harness (oom.h). */
#include <criterion/criterion.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "failing_alloc.h"
#include "oom.h"

const char *const oom_libxlsxwriter[] = { "libxlsxwriter.so", NULL };
const char *const oom_libzip[] = { "libzip.so", NULL };
const char *const oom_libxml2[] = { "libxml2.so", NULL };
const char *const oom_libzip_libxml2[] = { "libzip.so", "libxml2.so", NULL };

/* Runs with a failure per operation, at most: the longest take seconds. */
#define MAX_RUNS 600

/* Whether the code at @caller is in one of the libraries @libs. */
static bool in_library(const void *caller, const char *const *libs)
{
	for (const char *const *l = libs; caller && l && *l; l++)
		if (strstr(fa_library(caller), *l))
			return true;
	return false;
}

/* Where the code at @caller is, for messages: "function (library)". */
static const char *where(const void *caller, char *buf, size_t size)
{
	snprintf(buf, size, "%s (%s)", fa_function(caller), fa_library(caller));
	return buf;
}

const char *oom_src(char *buf, size_t size, const char *rel)
{
	const char *root = getenv("XW_SOURCE_ROOT");

	cr_assert(root && *root, "XW_SOURCE_ROOT is not set; run the tests through meson test");
	cr_assert((size_t)snprintf(buf, size, "%s/%s", root, rel) < size);
	return buf;
}

static const char *const *spared_libs;

/* Whether the allocation is made by a spared library, or through one
 * (by the C library on its behalf: its fopen(), its tmpfile()). */
static bool spared(const void *caller)
{
	return in_library(caller, spared_libs) || fa_called_from(spared_libs);
}

void oom_each_failure(const struct op *op)
{
	struct xw_buf want = XW_BUF_INIT;
	struct xw_error err;
	long live, total = 0, stride, first, runs = 0, benign = 0, theirs = 0, leaked = 0;
	int rc;

	if (!fa_available())
		cr_skip_test("the allocator cannot be replaced under AddressSanitizer or valgrind");
	/* without TZ, glibc frees and copies its time zone name again on
	 * every mktime() (libzip's dates), a cache that a failure empties */
	setenv("TZ", "UTC", 1);
	/* once to warm up what the C library keeps for good (stdio, locale),
	 * once to count and to see that nothing leaks, once for the answer */
	for (int i = 0; i < 3; i++) {
		long before = fa_live();

		fa_fail_at(-1);
		rc = op->run(op->ctx, &err);
		cr_assert_eq(rc, 0, "%s: %s", op->name, err.message);
		if (i == 1)
			total = fa_count();
		if (i == 2)
			op->render(op->ctx, &want);
		op->clear(op->ctx);
		cr_assert(i != 1 || fa_live() == before, "%s leaks without any failure: "
			  "%ld blocks", op->name, fa_live() - before);
	}
	cr_assert(!want.failed && total > 0, "%s", op->name);
	spared_libs = op->spared;
	fa_spare(op->spared ? spared : NULL);
	/* backtrace() loads libgcc on its first call, for good */
	spared(NULL);
	live = fa_live();
	stride = total / MAX_RUNS + 1;
	/* XW_OOM_AT=N: only the run with allocation N failing, to look into it */
	first = getenv("XW_OOM_AT") ? strtol(getenv("XW_OOM_AT"), NULL, 10) : 0;
	if (getenv("XW_OOM_AT"))
		total = first + 1;
	for (long n = first; n < total; n += stride, runs++) {
		struct xw_buf got = XW_BUF_INIT;
		const void *caller;
		char at[256];
		long left;
		bool hit;

		fa_fail_at(n);
		rc = op->run(op->ctx, &err);
		hit = fa_failed();
		caller = fa_failed_caller();
		fa_fail_at(-1);
		/* libxml2 seeds its hash tables at random, and so grows them
		 * a few times more or less from run to run */
		cr_assert(hit || n >= total - total / 100 - 2 || op->spared,
			  "%s: allocation %ld of %ld was never made", op->name, n, total);
		if (rc == 0) {
			/* a failure the code may ride out (a cache, a buffer), but
			 * then the answer must be the same */
			op->render(op->ctx, &got);
			cr_assert(got.len == want.len && memcmp(got.data, want.data, got.len) == 0,
				  "%s: allocation %ld of %ld failed, in %s, and the result differs",
				  op->name, n, total, where(caller, at, sizeof(at)));
			benign++;
		} else if (rc != XW_ENOMEM && in_library(caller, op->any_error)) {
			theirs++;
		} else {
			cr_assert_eq(rc, XW_ENOMEM, "%s: allocation %ld of %ld failed, in %s: %d %s",
				     op->name, n, total, where(caller, at, sizeof(at)), rc,
				     err.message);
		}
		xw_buf_reset(&got);
		if (rc == 0)
			op->clear(op->ctx);
		left = fa_live() - live;
		if (left && in_library(caller, op->may_leak)) {
			leaked += left;
			live += left;
			continue;
		}
		cr_assert_eq(left, 0, "%s: allocation %ld of %ld failed, in %s, and %ld "
			     "blocks were not freed", op->name, n, total,
			     where(caller, at, sizeof(at)), left);
	}
	fa_spare(NULL);
	cr_log_info("%s: %ld allocations, %ld runs, %ld ridden out, %ld failed in a "
		    "library and reported as another error, %ld blocks it leaked",
		    op->name, total, runs, benign, theirs, leaked);
	xw_buf_reset(&want);
}

