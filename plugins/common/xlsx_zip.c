/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

#define MIB (1024u * 1024)

/* No entry may name a place outside the package: "/x", "a\b", "../x". */
static int check_name(const char *name, struct xlsx_error *err)
{
	const char *seg = name;

	if (*name == '/')
		return xlsx_fail(err, XW_EINVAL, name,
				 "zip entry name is an absolute path");
	if (strchr(name, '\\'))
		return xlsx_fail(err, XW_EINVAL, name,
				 "zip entry name holds a backslash");
	while (seg) {
		if (seg[0] == '.' && seg[1] == '.' && (seg[2] == '/' || !seg[2]))
			return xlsx_fail(err, XW_EINVAL, name,
					 "zip entry name leaves the package with '..'");
		seg = strchr(seg, '/');
		seg = seg ? seg + 1 : NULL;
	}
	return 0;
}

/* size > XLSX_MAX_RATIO * comp, without overflow. */
static int over_ratio(uint64_t size, uint64_t comp)
{
	uint64_t q = size / XLSX_MAX_RATIO;

	return comp < q || (comp == q && size % XLSX_MAX_RATIO != 0);
}

/*
 * The limits, for an entry of @size bytes inflated (as declared, or as
 * inflated so far) when all entries come to @total.
 */
static int check_sizes(const zip_stat_t *st, uint64_t size, uint64_t total,
		       struct xlsx_error *err)
{
	if (size > XLSX_MAX_ENTRY_SIZE)
		return xlsx_fail(err, XW_ELIMIT, st->name,
				 "zip entry is more than %u bytes (%u MiB) inflated",
				 XLSX_MAX_ENTRY_SIZE, XLSX_MAX_ENTRY_SIZE / MIB);
	if (size > XLSX_RATIO_FROM && over_ratio(size, st->comp_size))
		return xlsx_fail(err, XW_ELIMIT, st->name,
				 "zip entry inflates its %llu bytes more than %u times (a zip bomb?)",
				 (unsigned long long)st->comp_size, XLSX_MAX_RATIO);
	if (total > XLSX_MAX_TOTAL_SIZE)
		return xlsx_fail(err, XW_ELIMIT, st->name,
				 "zip entries come to more than %u bytes (%u MiB) inflated",
				 XLSX_MAX_TOTAL_SIZE, XLSX_MAX_TOTAL_SIZE / MIB);
	return 0;
}

/* zlib's Z_MEM_ERROR, which libzip hands on with ZIP_ER_ZLIB */
#define ZLIB_MEM_ERROR (-4)

/* What a libzip failure is to us: no memory, or a zip we cannot read. */
static int zip_code(zip_error_t *e)
{
	int code = zip_error_code_zip(e);

	if (code == ZIP_ER_MEMORY ||
	    (code == ZIP_ER_ZLIB && zip_error_code_system(e) == ZLIB_MEM_ERROR))
		return XW_ENOMEM;
	return XW_ESYNTAX;
}

static int check_entries(zip_t *za, struct xlsx_error *err)
{
	zip_int64_t n = zip_get_num_entries(za, 0);
	uint64_t total = 0;
	int rc = 0;

	if (n > (zip_int64_t)XLSX_MAX_ENTRIES)
		return xlsx_fail(err, XW_ELIMIT, NULL,
				 "the zip has %lld entries, over the limit of %u",
				 (long long)n, XLSX_MAX_ENTRIES);
	for (zip_int64_t i = 0; i < n && rc == 0; i++) {
		zip_stat_t st;

		if (zip_stat_index(za, (zip_uint64_t)i, 0, &st) < 0 ||
		    (st.valid & (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE)) !=
			    (ZIP_STAT_NAME | ZIP_STAT_SIZE | ZIP_STAT_COMP_SIZE))
			rc = xlsx_fail(err, zip_code(zip_get_error(za)), NULL,
				       "zip entry %lld cannot be read: %s", (long long)i,
				       zip_strerror(za));
		else if ((rc = check_name(st.name, err)) == 0) {
			total += st.size;  /* cannot wrap: each earlier entry is within limits */
			rc = check_sizes(&st, st.size, total, err);
		}
	}
	return rc;
}

int xlsx_zip_open(struct xlsx_zip *z, const void *data, size_t size,
		  struct xlsx_error *err)
{
	static const unsigned char magic[4] = { 'P', 'K', 3, 4 };
	zip_source_t *src;
	zip_error_t ze;
	int rc;

	memset(z, 0, sizeof(*z));
	if (size < sizeof(magic) || memcmp(data, magic, sizeof(magic)) != 0)
		return xlsx_fail(err, XW_EUNSUPPORTED, NULL, "not a zip archive");
	zip_error_init(&ze);
	src = zip_source_buffer_create(data, size, 0, &ze);
	/* libzip refuses two entries of one name itself ("File already exists") */
	if (src)
		z->za = zip_open_from_source(src, ZIP_RDONLY | ZIP_CHECKCONS, &ze);
	if (!z->za) {
		rc = xlsx_fail(err, zip_code(&ze), NULL,
			       "not a readable zip archive: %s", zip_error_strerror(&ze));
		zip_source_free(src);
		zip_error_fini(&ze);
		return rc;
	}
	zip_error_fini(&ze);
	if ((rc = check_entries(z->za, err)) < 0)
		xlsx_zip_close(z);
	return rc;
}

void xlsx_zip_close(struct xlsx_zip *z)
{
	if (z->za)
		zip_discard(z->za);
	z->za = NULL;
}

/*
 * Inflates at most one byte more than the entry declares, so an entry
 * that lies about its size is caught before it can grow further.
 */
static int inflate(struct xlsx_zip *z, zip_file_t *f, const zip_stat_t *st,
		   char *buf, size_t *got, struct xlsx_error *err)
{
	size_t want = (size_t)st->size + 1;
	int rc;

	*got = 0;
	while (*got < want) {
		zip_int64_t n = zip_fread(f, buf + *got, want - *got);

		if (n < 0)
			return xlsx_fail(err, zip_code(zip_file_get_error(f)), st->name,
					 "zip entry cannot be inflated: %s", zip_file_strerror(f));
		if (n == 0)
			break;
		*got += (size_t)n;
		if (*got > st->size)
			return xlsx_fail(err, XW_ELIMIT, st->name,
					 "zip entry inflates to more than the %llu bytes it declares (a zip bomb?)",
					 (unsigned long long)st->size);
		if ((rc = check_sizes(st, *got, z->inflated + *got, err)) < 0)
			return rc;
	}
	if (*got != st->size)
		return xlsx_fail(err, XW_ESYNTAX, st->name,
				 "zip entry holds %zu bytes, not the %llu it declares",
				 *got, (unsigned long long)st->size);
	z->inflated += *got;
	return 0;
}

int xlsx_zip_read(struct xlsx_zip *z, const char *name, char **out,
		  size_t *len, struct xlsx_error *err)
{
	zip_int64_t i = zip_name_locate(z->za, name, 0);
	zip_file_t *f;
	zip_stat_t st;
	char *buf;
	int rc;

	*out = NULL;
	*len = 0;
	if (i < 0 && zip_code(zip_get_error(z->za)) == XW_ENOMEM)
		return xlsx_fail(err, XW_ENOMEM, name, "out of memory");
	if (i < 0)
		return xlsx_fail(err, XW_ENOTFOUND, name, "the workbook has no such part");
	if (zip_stat_index(z->za, (zip_uint64_t)i, 0, &st) < 0)
		return xlsx_fail(err, zip_code(zip_get_error(z->za)), name,
				 "zip entry cannot be read: %s", zip_strerror(z->za));
	/* sizes were checked when the zip was opened */
	if (!(buf = malloc((size_t)st.size + 2)))
		return xlsx_fail(err, XW_ENOMEM, name, "out of memory");
	if (!(f = zip_fopen_index(z->za, (zip_uint64_t)i, 0))) {
		free(buf);
		return xlsx_fail(err, zip_code(zip_get_error(z->za)), name,
				 "zip entry cannot be read: %s", zip_strerror(z->za));
	}
	rc = inflate(z, f, &st, buf, len, err);
	zip_fclose(f);
	if (rc < 0) {
		free(buf);
		return rc;
	}
	buf[*len] = '\0';
	*out = buf;
	return 0;
}
