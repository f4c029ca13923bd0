/* SPDX-License-Identifier: MIT */
#ifndef XW_FUZZ_H
#define XW_FUZZ_H

/*
 * What the libFuzzer harnesses share: an in-memory file (memfd) that the
 * registry can open by path, and the oracles every successful read must
 * pass. An oracle that fails calls fuzz_fail(), which aborts, so
 * libFuzzer keeps the input as a crash.
 */

#include <stddef.h>
#include <stdint.h>

#include "xwalk/error.h"
#include "xwalk/native.h"

/* A file in memory: fuzz_file_put() replaces its bytes; its path is
 * "/proc/self/fd/N", which xw_file_read() opens like any regular file. */
struct fuzz_file {
	int fd;
	char path[64];
};

void fuzz_file_open(struct fuzz_file *f, const char *name);
void fuzz_file_put(struct fuzz_file *f, const void *data, size_t len);

/*
 * An oracle failed: prints what went wrong and aborts, unless @tag is in
 * $XW_FUZZ_KNOWN (comma-separated), a bug already reported that should
 * not stop a long run from finding others; then it warns once per tag
 * and returns.
 */
void fuzz_fail(const char *tag, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* A failed read must say what is wrong: its code, and one line (tags
 * "code", "message", "multiline"). */
void fuzz_check_error(int rc, const struct xw_error *err);

/*
 * A document that was read must write as native YAML that reads back,
 * and writes again to the same bytes. Returns the first writing
 * (malloc'd, NUL-terminated) when @yaml is not NULL.
 */
void fuzz_check_native(const struct xw_doc *doc, char **yaml, size_t *len);

/*
 * Lints @doc on its own (xw_lint, as `xwalk lint FILE` does, without the
 * bundled data): every problem must carry a message on one line. Takes
 * the document (it is cleared).
 */
void fuzz_lint(struct xw_doc *doc);

/*
 * Zip inputs in a form mutations can reach: "@@ NAME\n" lines, each
 * followed by that entry's bytes up to the next "\n@@ " line.
 * fuzz_split() finds the parts (none when @data does not start with
 * "@@ "); fuzz_pack() stores them in a zip with right CRCs (malloc'd;
 * NULL when libzip refuses), so that a mutation reaches the XML inside
 * instead of failing a CRC.
 */
#define FUZZ_MAX_PARTS 64

struct fuzz_part {
	char name[256];
	const void *data;
	size_t len;
};

size_t fuzz_split(const uint8_t *data, size_t size, struct fuzz_part *parts);
void *fuzz_pack(const struct fuzz_part *parts, size_t n, size_t *len);

#endif
