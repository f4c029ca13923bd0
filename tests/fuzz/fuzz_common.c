/* SPDX-License-Identifier: MIT */
#define _GNU_SOURCE
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <unistd.h>

#include "xwalk/buf.h"
#include "xwalk/catalog.h"
#include "xwalk/lint.h"
#include "fuzz.h"

static int known(const char *tag)
{
	static char warned[1024];
	const char *list = getenv("XW_FUZZ_KNOWN");
	size_t n = strlen(tag);
	char mark[80];

	for (const char *p = list; p && *p; p += strcspn(p, ",") + (p[strcspn(p, ",")] != 0))
		if (strncmp(p, tag, n) == 0 && (p[n] == ',' || !p[n])) {
			snprintf(mark, sizeof(mark), ",%s,", tag);
			if (!strstr(warned, mark) && strlen(warned) + strlen(mark) < sizeof(warned)) {
				strcat(warned, mark);
				fprintf(stderr, "fuzz: known bug '%s' seen; going on\n", tag);
			}
			return 1;
		}
	return 0;
}

void fuzz_fail(const char *tag, const char *fmt, ...)
{
	va_list ap;

	if (known(tag))
		return;
	fprintf(stderr, "fuzz: oracle '%s' failed: ", tag);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fputc('\n', stderr);
	abort();
}

void fuzz_file_open(struct fuzz_file *f, const char *name)
{
	f->fd = memfd_create(name, MFD_CLOEXEC);
	if (f->fd < 0) {
		perror("memfd_create");
		exit(2);
	}
	snprintf(f->path, sizeof(f->path), "/proc/self/fd/%d", f->fd);
}

void fuzz_file_put(struct fuzz_file *f, const void *data, size_t len)
{
	const char *p = data;
	off_t at = 0;

	if (ftruncate(f->fd, 0) < 0) {
		perror("ftruncate");
		exit(2);
	}
	while (len) {
		ssize_t n = pwrite(f->fd, p, len, at);
		if (n <= 0) {
			perror("pwrite");
			exit(2);
		}
		p += n;
		at += n;
		len -= (size_t)n;
	}
}

void fuzz_check_error(int rc, const struct xw_error *err)
{
	if (rc >= 0)
		return;
	if (err->code != rc)
		fuzz_fail("code", "a reader returned %d but its error says %d (%s)", rc,
			  err->code, err->message);
	if (!err->message[0])
		fuzz_fail("message", "a reader failed (%d) without a message", rc);
	if (memchr(err->message, '\n', strlen(err->message)))
		fuzz_fail("multiline", "an error message spans several lines: %s", err->message);
}

void fuzz_check_native(const struct xw_doc *doc, char **yaml, size_t *len)
{
	struct xw_buf a = XW_BUF_INIT, b = XW_BUF_INIT;
	struct xw_doc again;
	struct xw_error e;

	if (yaml)
		*yaml = NULL;
	xw_native_write(doc, &a);
	if (a.failed) {
		xw_buf_reset(&a);
		return;
	}
	xw_error_clear(&e);
	if (xw_native_read("written.yaml", a.data ? a.data : "", a.len, &again, &e) < 0) {
		fuzz_fail("readback", "what xwalk wrote does not read back: %s:%u:%u: %s\n"
			  "--- written ---\n%s", e.file, e.line, e.column, e.message,
			  a.data ? a.data : "");
		xw_buf_reset(&a);
		return;
	}
	if (again.kind != doc->kind)
		fuzz_fail("kind", "what xwalk wrote reads back as another kind of file");
	xw_native_write(&again, &b);
	if (!b.failed && (a.len != b.len || (a.len && memcmp(a.data, b.data, a.len) != 0)))
		fuzz_fail("rewrite", "writing what was read back gives other bytes\n"
			  "--- first ---\n%s\n--- second ---\n%s",
			  a.data ? a.data : "", b.data ? b.data : "");
	xw_doc_clear(&again);
	xw_buf_reset(&b);
	if (yaml && a.data) {
		*yaml = a.data;
		*len = a.len;
	} else {
		xw_buf_reset(&a);
	}
}

static void lint_problem(void *ctx, const struct xw_error *e)
{
	(void)ctx;
	if (!e->message[0])
		fuzz_fail("message", "lint reported a problem without a message");
	if (strchr(e->message, '\n'))
		fuzz_fail("multiline", "a lint message spans several lines: %s", e->message);
}

void fuzz_lint(struct xw_doc *doc)
{
	struct xw_catalog *cat;
	struct xw_error e;

	if (xw_catalog_new(&cat, &e) < 0) {
		xw_doc_clear(doc);
		return;
	}
	if (xw_catalog_add(cat, doc, &e) == 0)
		xw_lint(cat, NULL, lint_problem, NULL);
	xw_doc_clear(doc);
	xw_catalog_free(cat);
}
