/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ca_framework.h"
#include "ca_fwfile.h"

static int slurp(const struct ca_ctx *c, const char *path, char **out, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n = 0, got;

	*out = NULL;
	if (!f)
		return ca_fail(c, NULL, XW_EIO, "cannot open: %s", strerror(errno));
	do {
		if (cap - n < 65536) {
			char *grown;

			if (cap > CA_MAX_FILE_SIZE) {
				free(buf);
				fclose(f);
				return ca_fail(c, NULL, XW_ELIMIT, "file is over the limit of %zu bytes",
					       CA_MAX_FILE_SIZE);
			}
			if (!(grown = realloc(buf, cap = cap ? cap * 2 : 65536))) {
				free(buf);
				fclose(f);
				return ca_fail(c, NULL, XW_ENOMEM, "out of memory");
			}
			buf = grown;
		}
		got = fread(buf + n, 1, cap - n - 1, f);
		n += got;
	} while (got > 0);
	if (ferror(f) || n > CA_MAX_FILE_SIZE) {
		int err = errno;

		free(buf);
		fclose(f);
		return n > CA_MAX_FILE_SIZE
			? ca_fail(c, NULL, XW_ELIMIT, "file is over the limit of %zu bytes", CA_MAX_FILE_SIZE)
			: ca_fail(c, NULL, XW_EIO, "cannot read: %s", strerror(err));
	}
	fclose(f);
	buf[n] = '\0';
	*out = buf;
	*len = n;
	return 0;
}

int ca_fwfile_load(const struct xw_host *h, struct xw_call *call, const char *path,
		   struct ca_fwfile *out)
{
	struct ca_ctx c = { h, call, path };
	size_t len = 0;
	int rc;

	memset(out, 0, sizeof(*out));
	out->path = path;
	if ((rc = slurp(&c, path, &out->data, &len)) < 0)
		return rc;
	if ((rc = ca_lib_open(&c, out->data, len, &out->lib)) < 0) {
		free(out->data);
		out->data = NULL;
		return rc;
	}
	if (!out->lib.framework)
		rc = ca_fail(&c, NULL, XW_EINVAL, "framework= names a library without a framework");
	if (rc == 0)
		rc = ca_framework_ident(&c, &out->lib, NULL, NULL, &out->id, &out->version,
					&out->urn);
	if (rc == 0)
		rc = ca_nodes_load(&c, &out->lib, &out->nodes);
	if (rc < 0)
		ca_fwfile_free(out);
	return rc;
}

void ca_fwfile_free(struct ca_fwfile *f)
{
	ca_nodes_free(&f->nodes);
	if (f->data)
		ca_lib_close(&f->lib);
	free(f->data);
	f->data = NULL;
}
