/* SPDX-License-Identifier: MIT */
/*
 * gen-hostile MODE OUT [ARGS]: writes the hostile inputs that are too big
 * (or too binary) to commit, at test time, into the build folder.
 *
 *   sparse OUT BYTES         a sparse file of BYTES bytes (holes only)
 *   deep-yaml OUT N          a native file whose one value nests N lists
 *   deep-json OUT N          an OSCAL-looking JSON file nesting N arrays
 *   zip-entries OUT N        a zip of N empty stored entries
 *   zip-bomb OUT MIB         a zip whose one entry inflates to MIB MiB of
 *                            zeros (honest sizes: caught before inflating)
 *   zip-liar OUT DECLARED    a zip whose "_rels/.rels" says it inflates to
 *                            DECLARED bytes but inflates to 1 MiB (caught
 *                            while inflating)
 *   zip-names OUT NAME...    a zip with one small entry per NAME, as given
 *   many-ids OUT N           a native framework of N items whose ids all
 *                            match its id-pattern, each only after
 *                            backtracking just under PCRE2's match limit
 *   zip-parts OUT SPEC       a zip (stored) of the parts in SPEC, written
 *                            as "@@ NAME" lines each followed by the
 *                            entry's bytes (tests/fuzz/fuzz_xlsx.c's form)
 */
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>
#include <zip.h>

static void die(const char *what)
{
	fprintf(stderr, "gen-hostile: %s\n", what);
	exit(2);
}

static FILE *create(const char *path)
{
	FILE *f = fopen(path, "wb");

	if (!f)
		die("cannot create the output file");
	return f;
}

static void sparse(const char *out, long long bytes)
{
	int fd = open(out, O_WRONLY | O_CREAT | O_TRUNC, 0644);

	if (fd < 0 || ftruncate(fd, (off_t)bytes) < 0 || close(fd) < 0)
		die("cannot make the sparse file");
}

static void deep(const char *out, long n, const char *head, char open,
		 char close_, const char *tail)
{
	FILE *f = create(out);

	fputs(head, f);
	for (long i = 0; i < n; i++)
		fputc(open, f);
	for (long i = 0; i < n; i++)
		fputc(close_, f);
	fputs(tail, f);
	if (fclose(f) != 0)
		die("cannot write");
}

/* A zip being built in memory, written to @out by finish(). */
static zip_t *start(zip_source_t **src)
{
	zip_error_t ze;
	zip_t *za;

	zip_error_init(&ze);
	*src = zip_source_buffer_create(NULL, 0, 0, &ze);
	if (!*src)
		die("libzip: cannot make a buffer");
	zip_source_keep(*src);
	za = zip_open_from_source(*src, ZIP_TRUNCATE, &ze);
	if (!za)
		die("libzip: cannot open the buffer");
	return za;
}

static void add(zip_t *za, const char *name, const void *data, size_t len,
		zip_int32_t method)
{
	zip_source_t *s = zip_source_buffer(za, data, len, 0);
	zip_int64_t i = s ? zip_file_add(za, name, s, ZIP_FL_ENC_UTF_8) : -1;

	if (i < 0 || zip_set_file_compression(za, (zip_uint64_t)i, method, 9) < 0) {
		fprintf(stderr, "gen-hostile: %s: %s\n", name, zip_strerror(za));
		exit(2);
	}
}

/* Closes @za and returns the zip's bytes (malloc'd). */
static unsigned char *finish(zip_t *za, zip_source_t *src, size_t *len)
{
	unsigned char *buf;
	zip_stat_t st;

	if (zip_close(za) < 0)
		die("libzip: cannot write the zip");
	if (zip_source_stat(src, &st) < 0 || zip_source_open(src) < 0)
		die("libzip: cannot read the zip back");
	buf = malloc(st.size);
	if (!buf || zip_source_read(src, buf, st.size) != (zip_int64_t)st.size)
		die("libzip: cannot read the zip back");
	zip_source_close(src);
	zip_source_free(src);
	*len = st.size;
	return buf;
}

/* A zip of one entry @name, @size zero bytes deflated (malloc'd). */
static unsigned char *zeros_zip(const char *name, size_t size, size_t *len)
{
	char *zeros = calloc(1, size);
	zip_source_t *src;
	unsigned char *buf;
	zip_t *za;

	if (!zeros)
		die("out of memory");
	za = start(&src);
	add(za, name, zeros, size, ZIP_CM_DEFLATE);
	buf = finish(za, src, len);
	free(zeros);
	return buf;
}

static void save(const char *out, const unsigned char *buf, size_t len)
{
	FILE *f = create(out);

	if (fwrite(buf, 1, len, f) != len || fclose(f) != 0)
		die("cannot write");
}

static void put32(unsigned char *p, uint32_t v)
{
	p[0] = (unsigned char)v;
	p[1] = (unsigned char)(v >> 8);
	p[2] = (unsigned char)(v >> 16);
	p[3] = (unsigned char)(v >> 24);
}

/* Sets the uncompressed size of every entry, in the local headers and
 * in the central directory alike, so that the zip is consistent. */
static void lie(unsigned char *buf, size_t len, uint32_t size)
{
	int local = 0, central = 0;

	for (size_t i = 0; i + 46 <= len; i++) {
		if (memcmp(buf + i, "PK\3\4", 4) == 0) {
			put32(buf + i + 22, size);
			local++;
		} else if (memcmp(buf + i, "PK\1\2", 4) == 0) {
			put32(buf + i + 24, size);
			central++;
		}
	}
	if (local != 1 || central != 1)
		die("zip-liar: expected one entry");
}

static char *slurp(const char *path, size_t *len)
{
	FILE *f = fopen(path, "rb");
	char *buf = NULL;
	size_t cap = 0, n;

	if (!f)
		die("cannot open the parts file");
	*len = 0;
	do {
		if (cap - *len < 4096) {
			cap = cap ? 2 * cap : 65536;
			if (!(buf = realloc(buf, cap)))
				die("out of memory");
		}
		n = fread(buf + *len, 1, cap - *len, f);
		*len += n;
	} while (n);
	fclose(f);
	return buf;
}

static void parts(zip_t *za, char *spec, size_t len)
{
	char *p = spec, *end = spec + len;

	while (p < end && end - p >= 3 && memcmp(p, "@@ ", 3) == 0) {
		char *name = p + 3, *eol = memchr(name, '\n', (size_t)(end - name));
		char *body, *next = NULL;

		if (!eol)
			die("zip-parts: a name line without its end");
		*eol = '\0';
		body = eol + 1;
		for (char *q = body; q + 4 <= end; q++)
			if (memcmp(q, "\n@@ ", 4) == 0) {
				next = q;
				break;
			}
		add(za, name, body, (size_t)((next ? next : end) - body), ZIP_CM_STORE);
		p = next ? next + 1 : end;
	}
}

int main(int argc, char **argv)
{
	zip_source_t *src;
	unsigned char *buf;
	size_t len;
	zip_t *za;

	if (argc < 3)
		die("usage: gen-hostile MODE OUT [ARGS]");
	if (strcmp(argv[1], "sparse") == 0 && argc == 4) {
		sparse(argv[2], atoll(argv[3]));
	} else if (strcmp(argv[1], "deep-yaml") == 0 && argc == 4) {
		deep(argv[2], atol(argv[3]), "format: xwalk-framework/1\nid: deep\nname: ", '[', ']', "\n");
	} else if (strcmp(argv[1], "deep-json") == 0 && argc == 4) {
		deep(argv[2], atol(argv[3]), "{\"catalog\": ", '[', ']', "}\n");
	} else if (strcmp(argv[1], "many-ids") == 0 && argc == 4) {
		long n = atol(argv[3]);
		FILE *f = create(argv[2]);

		/* "(?:a|aa)*c" fails on 22 a's after about Fib(22) steps, then
		 * "[ab]*" matches: each id costs tens of thousands of steps */
		fputs("format: xwalk-framework/1\nid: many-ids\nname: {en: Many ids}\n"
		      "version: \"1\"\nid-pattern: \"(?:a|aa)*c|[ab]*\"\nitems:\n", f);
		for (long i = 0; i < n; i++) {
			fputs("  - {id: aaaaaaaaaaaaaaaaaaaaaab", f);
			for (long k = i; k; k >>= 1)
				fputc(k & 1 ? 'b' : 'a', f);
			fputs(", kind: control}\n", f);
		}
		if (fclose(f) != 0)
			die("cannot write");
	} else if (strcmp(argv[1], "zip-entries") == 0 && argc == 4) {
		long n = atol(argv[3]);
		char name[32];

		za = start(&src);
		for (long i = 0; i < n; i++) {
			snprintf(name, sizeof(name), "e/%06ld", i);
			add(za, name, "", 0, ZIP_CM_STORE);
		}
		buf = finish(za, src, &len);
		save(argv[2], buf, len);
		free(buf);
	} else if (strcmp(argv[1], "zip-bomb") == 0 && argc == 4) {
		buf = zeros_zip("xl/worksheets/sheet1.xml", (size_t)atol(argv[3]) << 20, &len);
		save(argv[2], buf, len);
		free(buf);
	} else if (strcmp(argv[1], "zip-liar") == 0 && argc == 4) {
		buf = zeros_zip("_rels/.rels", (size_t)1 << 20, &len);
		lie(buf, len, (uint32_t)atol(argv[3]));
		save(argv[2], buf, len);
		free(buf);
	} else if (strcmp(argv[1], "zip-names") == 0 && argc >= 4) {
		za = start(&src);
		for (int i = 3; i < argc; i++)
			add(za, argv[i], "x", 1, ZIP_CM_STORE);
		buf = finish(za, src, &len);
		save(argv[2], buf, len);
		free(buf);
	} else if (strcmp(argv[1], "zip-parts") == 0 && argc == 4) {
		char *spec = slurp(argv[3], &len);

		za = start(&src);
		parts(za, spec, len);
		buf = finish(za, src, &len);
		free(spec);
		save(argv[2], buf, len);
		free(buf);
	} else {
		die("unknown mode or wrong arguments; see the comment at the top");
	}
	return 0;
}
