/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "xlsx_out.h"

/* 1980-01-01T00:00:00Z, the zip format's first day */
#define NO_DATE ((time_t)315532800)

static time_t created(const char *date)
{
	struct tm tm = { 0 };
	char tail;

	if (!date || sscanf(date, "%4d-%2d-%2d%c", &tm.tm_year, &tm.tm_mon,
			    &tm.tm_mday, &tail) != 3 ||
	    tm.tm_year < 1980 || tm.tm_mon < 1 || tm.tm_mon > 12 ||
	    tm.tm_mday < 1 || tm.tm_mday > 31)
		return NO_DATE;
	tm.tm_year -= 1900;
	tm.tm_mon -= 1;
	return timegm(&tm);
}

static int build(const struct xw_host *h, struct xw_call *call, const char *path,
		 const char *dir, const struct xlsx_out *opt,
		 int (*fill)(lxw_workbook *wb, void *ctx), void *ctx)
{
	lxw_workbook_options options = {
		.constant_memory = opt->constant_memory ? LXW_TRUE : LXW_FALSE,
		.tmpdir = (char *)dir,
	};
	lxw_doc_properties props = {
		.title = (char *)opt->title,
		.comments = "Written by xwalk",
		.created = created(opt->date),
	};
	lxw_workbook *wb = workbook_new_opt(path, &options);
	lxw_error closed, e;
	int rc;

	if (!wb)
		return h->error(call, XW_ENOMEM, "out of memory");
	/* libxlsxwriter 1.1.4 frees the old properties first and, when a
	 * copy fails, leaves the workbook pointing at them */
	if ((e = workbook_set_properties(wb, &props)) != LXW_NO_ERROR)
		wb->properties = NULL;
	rc = e ? h->error(call, XW_ENOMEM, "out of memory") : fill(wb, ctx);
	/* a workbook left half made is freed, not written */
	if (rc < 0) {
		lxw_workbook_free(wb);
		return rc;
	}
	/* closing writes the file and frees the workbook */
	closed = workbook_close(wb);
	if (closed != LXW_NO_ERROR)
		rc = h->error(call, XW_EIO, "the workbook could not be written: %s",
			      lxw_strerror(closed));
	return rc;
}

static int send(const struct xw_host *h, struct xw_call *call, const char *path,
		struct xw_output *out)
{
	FILE *f = fopen(path, "rb");
	char chunk[1 << 16];
	size_t n;
	int failed;

	if (!f && errno == ENOMEM)
		return h->error(call, XW_ENOMEM, "out of memory");
	if (!f)
		return h->error(call, XW_EIO, "cannot read back the workbook %s: %s",
				path, strerror(errno));
	while ((n = fread(chunk, 1, sizeof(chunk), f)) > 0)
		h->write(out, chunk, n);
	failed = ferror(f);
	fclose(f);
	return failed ? h->error(call, XW_EIO, "cannot read back the workbook %s", path) : 0;
}

int xlsx_out_write(const struct xw_host *h, struct xw_call *call,
		   struct xw_output *out, const struct xlsx_out *opt,
		   int (*fill)(lxw_workbook *wb, void *ctx), void *ctx)
{
	const char *env = getenv("TMPDIR"), *dir = env && *env ? env : "/tmp";
	char path[4096];
	int fd, rc;

	if (snprintf(path, sizeof(path), "%s/xwalk-xlsx.XXXXXX", dir) >= (int)sizeof(path))
		return h->error(call, XW_EIO, "the temporary folder name is too long: %s", dir);
	if ((fd = mkstemp(path)) < 0)
		return h->error(call, XW_EIO, "cannot create a temporary file in %s: %s",
				dir, strerror(errno));
	close(fd);
	rc = build(h, call, path, dir, opt, fill, ctx);
	if (rc == 0)
		rc = send(h, call, path, out);
	unlink(path);
	return rc;
}
