/* SPDX-License-Identifier: MIT */
/* The "@@ NAME" parts form of zip inputs (fuzz.h), packed with libzip. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <zip.h>

#include "fuzz.h"

/* $XW_FUZZ_ZIP_DUMP: where to write each zip packed, to look at it */
static void dump(const void *zip, size_t len)
{
	const char *path = getenv("XW_FUZZ_ZIP_DUMP");
	FILE *f = zip && path && *path ? fopen(path, "wb") : NULL;

	if (f) {
		fwrite(zip, 1, len, f);
		fclose(f);
	}
}

/* Splits "@@ NAME\n..." into parts; returns how many. */
size_t fuzz_split(const uint8_t *data, size_t size, struct fuzz_part *parts)
{
	const char *p = (const char *)data, *end = p + size;
	size_t n = 0;

	while (p < end && n < FUZZ_MAX_PARTS && end - p >= 3 && memcmp(p, "@@ ", 3) == 0) {
		const char *name = p + 3, *eol = memchr(name, '\n', (size_t)(end - name));
		const char *body, *next = NULL;
		size_t len;

		if (!eol)
			break;
		len = (size_t)(eol - name);
		if (len >= sizeof(parts[n].name))
			len = sizeof(parts[n].name) - 1;
		memcpy(parts[n].name, name, len);
		parts[n].name[len] = '\0';
		body = eol + 1;
		for (const char *q = body; q + 4 <= end; q++)
			if (memcmp(q, "\n@@ ", 4) == 0) {
				next = q;
				break;
			}
		parts[n].data = body;
		parts[n].len = (size_t)((next ? next : end) - body);
		n++;
		p = next ? next + 1 : end;
	}
	return n;
}

/* Packs @parts into a zip in memory (malloc'd); NULL when libzip refuses. */
void *fuzz_pack(const struct fuzz_part *parts, size_t n, size_t *len)
{
	zip_source_t *src, *s;
	zip_error_t ze;
	zip_stat_t st;
	zip_t *za;
	void *buf = NULL;

	zip_error_init(&ze);
	src = zip_source_buffer_create(NULL, 0, 0, &ze);
	zip_error_fini(&ze);
	if (!src)
		return NULL;
	zip_source_keep(src);
	za = zip_open_from_source(src, ZIP_TRUNCATE, NULL);
	if (!za) {
		zip_source_free(src);
		return NULL;
	}
	for (size_t i = 0; i < n; i++) {
		zip_int64_t idx;

		s = zip_source_buffer(za, parts[i].data, parts[i].len, 0);
		if (!s)
			continue;
		idx = zip_file_add(za, parts[i].name, s, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
		if (idx < 0)
			zip_source_free(s);
		else
			zip_set_file_compression(za, (zip_uint64_t)idx, ZIP_CM_STORE, 0);
	}
	if (zip_close(za) < 0) {
		zip_discard(za);
		zip_source_free(src);
		return NULL;
	}
	if (zip_source_stat(src, &st) == 0 && (st.valid & ZIP_STAT_SIZE) && st.size &&
	    zip_source_open(src) == 0) {
		buf = malloc(st.size);
		if (buf && zip_source_read(src, buf, st.size) != (zip_int64_t)st.size) {
			free(buf);
			buf = NULL;
		}
		*len = st.size;
		zip_source_close(src);
	}
	zip_source_free(src);
	dump(buf, *len);
	return buf;
}
