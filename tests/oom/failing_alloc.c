/* SPDX-License-Identifier: MIT */
#define _GNU_SOURCE   /* dladdr() */
#include <dlfcn.h>
#include <errno.h>
#include <execinfo.h>
#include <malloc.h>      /* memalign() */
#include <stdatomic.h>
#include <stddef.h>
#include <stdlib.h>
#include <string.h>

#include "failing_alloc.h"

#if defined(__SANITIZE_ADDRESS__)
#define FA_OFF 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define FA_OFF 1
#endif
#endif

static _Atomic long countdown = -1;   /* allocations left before one fails */
static _Atomic long count;
static _Atomic long live;
static _Atomic bool failed;
static const void *failed_caller;
static bool (*spared)(const void *caller);

void fa_fail_at(long n)
{
	count = 0;
	failed = false;
	countdown = n;
}

void fa_spare(bool (*spare)(const void *caller))
{
	spared = spare;
}

bool fa_failed(void)
{
	return failed;
}

const void *fa_failed_caller(void)
{
	return failed ? failed_caller : NULL;
}

const char *fa_library(const void *code)
{
	Dl_info info;
	const char *slash;

	if (!code || !dladdr(code, &info) || !info.dli_fname)
		return "?";
	slash = strrchr(info.dli_fname, '/');
	return slash ? slash + 1 : info.dli_fname;
}

const char *fa_function(const void *code)
{
	Dl_info info;

	return code && dladdr(code, &info) && info.dli_sname ? info.dli_sname : "?";
}

bool fa_called_from(const char *const *libs)
{
	void *frames[64];
	int n = backtrace(frames, 64);

	for (int i = 0; libs && i < n; i++)
		for (const char *const *l = libs; *l; l++)
			if (strstr(fa_library(frames[i]), *l))
				return true;
	return false;
}

long fa_count(void)
{
	return count;
}

long fa_live(void)
{
	return live;
}

#ifdef FA_OFF
bool fa_available(void)
{
	return false;
}
#else
/* valgrind puts its own allocator in the place of the libraries'
 * malloc(): whether ours is the one they call is found out by asking
 * the C library for a block */
bool fa_available(void)
{
	long before = count;

	free(strdup("probe"));
	return count != before;
}

/* The project builds with -fvisibility=hidden: these must be seen by the
 * shared libraries to take the C library's place for them. */
#define REPLACES __attribute__((visibility("default")))

/* glibc's allocator under its other names */
void *__libc_malloc(size_t n);
void *__libc_calloc(size_t n, size_t size);
void *__libc_realloc(void *p, size_t n);
void *__libc_memalign(size_t align, size_t n);
void __libc_free(void *p);

/* Whether this allocation is the one to fail: exactly one caller sees
 * the count reach 0, whatever the threads do. */
static bool fail_now(const void *caller)
{
	count++;
	if (countdown < 0 || atomic_fetch_sub(&countdown, 1) != 0)
		return false;
	/* the count is past 0 while spared() runs: what it allocates succeeds */
	if (spared && spared(caller)) {
		countdown = 0;
		return false;
	}
	failed_caller = caller;
	failed = true;
	errno = ENOMEM;
	return true;
}

static void *counted(void *p)
{
	if (p)
		live++;
	return p;
}

/* Each caller's return address tells in which library a failure was. */
#define CALLER __builtin_return_address(0)

static void *take(size_t n, const void *caller)
{
	return fail_now(caller) ? NULL : counted(__libc_malloc(n));
}

static void *take_aligned(size_t align, size_t n, const void *caller)
{
	return fail_now(caller) ? NULL : counted(__libc_memalign(align, n));
}

REPLACES void *malloc(size_t n)
{
	return take(n, CALLER);
}

REPLACES void *calloc(size_t n, size_t size)
{
	return fail_now(CALLER) ? NULL : counted(__libc_calloc(n, size));
}

REPLACES void *realloc(void *p, size_t n)
{
	if (!p)
		return take(n, CALLER);
	if (n == 0) {
		free(p);
		return NULL;
	}
	return fail_now(CALLER) ? NULL : __libc_realloc(p, n);
}

REPLACES void *aligned_alloc(size_t align, size_t n)
{
	return take_aligned(align, n, CALLER);
}

REPLACES void *memalign(size_t align, size_t n)
{
	return take_aligned(align, n, CALLER);
}

REPLACES int posix_memalign(void **out, size_t align, size_t n)
{
	void *p = take_aligned(align, n, CALLER);

	if (!p)
		return ENOMEM;
	*out = p;
	return 0;
}

REPLACES void free(void *p)
{
	if (p) {
		live--;
		__libc_free(p);
	}
}
#endif
