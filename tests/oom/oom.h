/* SPDX-License-Identifier: MIT */
#ifndef XW_TEST_OOM_H
#define XW_TEST_OOM_H

/*
 * Out of memory, everywhere: each operation runs again and again with
 * its first, second, third... allocation failing (every k-th for the
 * long ones), and each run must either fail with XW_ENOMEM, keeping
 * nothing, or give exactly what a run without failures gives. The
 * allocator is the executable's own (failing_alloc.h), so the C library
 * and the libraries loaded fail too.
 */

#include <stddef.h>

#include "xwalk/buf.h"
#include "xwalk/error.h"

struct op {
	const char *name;
	void *ctx;
	/* The operation, returning 0 or an XW_E* code; what it makes is
	 * kept in ctx until clear(). On error it keeps nothing. */
	int (*run)(void *ctx, struct xw_error *err);
	/* What it made, as text (with allocations not failing). */
	void (*render)(void *ctx, struct xw_buf *out);
	void (*clear)(void *ctx);
	/* Libraries (parts of their file names) whose own failed
	 * allocations may end in any error, not just XW_ENOMEM, since they
	 * report some as bad input; and those that may also leak then. */
	const char *const *any_error;
	const char *const *may_leak;
	/* Libraries whose own allocations are never failed, since they
	 * crash on some (the next allocation fails in their place). */
	const char *const *spared;
};

/* Runs @op with each allocation failing in turn; asserts as above. */
void oom_each_failure(const struct op *op);

/* @rel under the source tree, into @buf. */
const char *oom_src(char *buf, size_t size, const char *rel);

/*
 * What the libraries do when their own allocations fail is theirs:
 * libzip 1.9 reports some as "Not a zip archive" or as no error at all,
 * and leaks a block when opening an entry fails; libxml2 2.9 reports
 * some as a namespace that is not a valid URI or as an encoding error.
 * A run that fails so must still end in an error, not a wrong answer
 * or a crash, and libxml2 must still free all.
 */
/*
 * libxlsxwriter 1.1.4 does not check some of its own allocations
 * (workbook_add_worksheet() uses a sheet name it failed to copy), rides
 * out others with another workbook (a format whose hash key it could
 * not allocate gets the default format), and leaks on others: its own
 * allocations are spared, and xwalk's around it are failed.
 */
extern const char *const oom_libxlsxwriter[];
extern const char *const oom_libzip[];
extern const char *const oom_libxml2[];
extern const char *const oom_libzip_libxml2[];

#endif
