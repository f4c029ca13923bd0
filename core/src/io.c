/* SPDX-License-Identifier: MIT */
#include <errno.h>
#include <fcntl.h>
#include <libgen.h>
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/stat.h>
#include <unistd.h>

#include "xwalk/io.h"

/* Below this, a buffer is a few pages: faulting them in costs little. */
#define PREFAULT_MIN ((size_t)256 << 10)

/*
 * Maps in the pages of a large new buffer in one call, before read()
 * writes them: a page fault each costs more than the copy into the page
 * (a third of the time of reading a 2 MB catalog). Only a hint: kernels
 * before 5.14 say EINVAL, and the pages then fault in one by one.
 */
static void prefault(void *buf, size_t size)
{
#ifdef MADV_POPULATE_WRITE
	uintptr_t page = (uintptr_t)sysconf(_SC_PAGESIZE);
	uintptr_t from = ((uintptr_t)buf + page - 1) & ~(page - 1);
	uintptr_t to = ((uintptr_t)buf + size) & ~(page - 1);

	if (size >= PREFAULT_MIN && to > from)
		madvise((void *)from, to - from, MADV_POPULATE_WRITE);
#else
	(void)buf;
	(void)size;
#endif
}

int xw_file_read(const char *path, size_t max_size, char **out, size_t *len,
		 struct xw_error *err)
{
	struct stat st;
	char *buf;
	size_t got = 0;
	int fd;

	*out = NULL;
	*len = 0;
	/* O_NONBLOCK: opening a FIFO must not wait for a writer */
	fd = open(path, O_RDONLY | O_CLOEXEC | O_NONBLOCK);
	if (fd < 0)
		return xw_error_set(err, XW_EIO, path, 0, 0, "cannot open: %s",
				    strerror(errno));
	if (fstat(fd, &st) < 0) {
		close(fd);
		return xw_error_set(err, XW_EIO, path, 0, 0, "cannot stat: %s",
				    strerror(errno));
	}
	if (S_ISDIR(st.st_mode)) {
		close(fd);
		return xw_error_set(err, XW_EIO, path, 0, 0,
				    "is a directory, expected a file");
	}
	if (!S_ISREG(st.st_mode)) {
		close(fd);
		return xw_error_set(err, XW_EIO, path, 0, 0,
				    "not a regular file");
	}
	if ((uintmax_t)st.st_size > max_size) {
		close(fd);
		return xw_error_set(err, XW_ELIMIT, path, 0, 0,
				    "file is %jd bytes, over the limit of %zu bytes",
				    (intmax_t)st.st_size, max_size);
	}
	fcntl(fd, F_SETFL, fcntl(fd, F_GETFL) & ~O_NONBLOCK);
	buf = malloc((size_t)st.st_size + 1);
	if (!buf) {
		close(fd);
		return xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	}
	prefault(buf, (size_t)st.st_size + 1);
	while (got < (size_t)st.st_size) {
		ssize_t n = read(fd, buf + got, (size_t)st.st_size - got);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0) {
			int e = errno;
			free(buf);
			close(fd);
			return xw_error_set(err, XW_EIO, path, 0, 0,
					    "cannot read: %s", strerror(e));
		}
		if (n == 0)
			break; /* the file shrank while we read it */
		got += (size_t)n;
	}
	close(fd);
	buf[got] = '\0';
	*out = buf;
	*len = got;
	return 0;
}

size_t xw_utf8_seqlen(unsigned char c)
{
	if (c < 0x80)
		return 1;
	if (c >= 0xC2 && c <= 0xDF)
		return 2;
	if (c >= 0xE0 && c <= 0xEF)
		return 3;
	if (c >= 0xF0 && c <= 0xF4)
		return 4;
	return 1;
}

/*
 * Decodes one well-formed sequence at @s (with @left bytes available).
 * Returns its length, or 0 when it is not well-formed UTF-8.
 */
static size_t decode(const unsigned char *s, size_t left, uint32_t *cp)
{
	size_t n = xw_utf8_seqlen(s[0]), i;
	uint32_t c;

	if (s[0] < 0x80) {
		*cp = s[0];
		return 1;
	}
	if ((s[0] >= 0x80 && s[0] < 0xC2) || s[0] > 0xF4 || n > left)
		return 0;
	c = s[0] & (0x7F >> n);
	for (i = 1; i < n; i++) {
		if ((s[i] & 0xC0) != 0x80)
			return 0;
		c = (c << 6) | (s[i] & 0x3F);
	}
	/* overlong forms, surrogates, beyond U+10FFFF */
	if ((n == 3 && c < 0x800) || (n == 4 && c < 0x10000) ||
	    (c >= 0xD800 && c <= 0xDFFF) || c > 0x10FFFF)
		return 0;
	*cp = c;
	return n;
}

/* Line and column (in characters) of byte @at: worked out only for a message. */
static void position(const unsigned char *s, size_t at, unsigned *line, unsigned *col)
{
	*line = 1;
	*col = 1;
	for (size_t i = 0; i < at; i++) {
		if (s[i] == '\n') {
			(*line)++;
			*col = 1;
		} else if ((s[i] & 0xC0) != 0x80) {
			(*col)++;
		}
	}
}

int xw_utf8_check(const char *path, const char *buf, size_t len,
		  struct xw_error *err)
{
	const unsigned char *s = (const unsigned char *)buf;
	unsigned line, col;
	size_t i = 0;

	while (i < len) {
		uint32_t cp;
		size_t n;

		/* most text is ASCII: take 8 bytes at a time while none is
		 * above 0x7F or zero */
		while (i + 8 <= len) {
			uint64_t w;
			memcpy(&w, s + i, 8);
			if ((w & 0x8080808080808080ull) ||
			    ((w - 0x0101010101010101ull) & ~w & 0x8080808080808080ull))
				break;
			i += 8;
		}
		if (i >= len)
			break;
		n = decode(s + i, len - i, &cp);
		if (n == 0 || cp == 0) {
			position(s, i, &line, &col);
			if (n == 0)
				return xw_error_set(err, XW_ESYNTAX, path, line, col,
						    "invalid UTF-8 (byte 0x%02X)", s[i]);
			return xw_error_set(err, XW_ESYNTAX, path, line, col,
					    "NUL byte in text");
		}
		i += n;
	}
	return 0;
}

static int is_wide(uint32_t c)
{
	return (c >= 0x1100 && c <= 0x115F) ||
	       (c >= 0x2E80 && c <= 0xA4CF && c != 0x303F) ||
	       (c >= 0xAC00 && c <= 0xD7A3) || (c >= 0xF900 && c <= 0xFAFF) ||
	       (c >= 0xFE30 && c <= 0xFE4F) || (c >= 0xFF00 && c <= 0xFF60) ||
	       (c >= 0xFFE0 && c <= 0xFFE6) ||
	       (c >= 0x1F300 && c <= 0x1F64F) ||
	       (c >= 0x1F900 && c <= 0x1F9FF) ||
	       (c >= 0x20000 && c <= 0x3FFFD);
}

static int is_combining(uint32_t c)
{
	return (c >= 0x0300 && c <= 0x036F) || c == 0x3099 || c == 0x309A ||
	       (c >= 0xFE00 && c <= 0xFE0F) || c == 0x200B || c == 0x200D;
}

size_t xw_utf8_width(const char *str)
{
	const unsigned char *s = (const unsigned char *)str;
	size_t w = 0, left = strlen(str);

	while (left) {
		uint32_t cp = 0xFFFD;
		size_t n = decode(s, left, &cp);

		if (n == 0)
			n = 1;
		w += is_combining(cp) ? 0 : is_wide(cp) ? 2 : 1;
		s += n;
		left -= n;
	}
	return w;
}

static int write_all(int fd, const char *p, size_t len)
{
	while (len) {
		ssize_t n = write(fd, p, len);
		if (n < 0 && errno == EINTR)
			continue;
		if (n < 0)
			return -1;
		p += n;
		len -= (size_t)n;
	}
	return 0;
}

int xw_file_write_atomic(const char *path, const void *data, size_t len,
			 struct xw_error *err)
{
	char tmp[4096], dirbuf[4096], *dir;
	const char *base;
	struct stat st;
	mode_t mask, mode;
	int fd, dfd, e;

	if (strcmp(path, "-") == 0) {
		if (write_all(STDOUT_FILENO, data, len) < 0)
			return xw_error_set(err, XW_EIO, "<stdout>", 0, 0,
					    "cannot write: %s", strerror(errno));
		return 0;
	}
	/* a device or a pipe (/dev/null, /dev/stdout) is written through:
	 * renaming over it would replace it with a plain file */
	if (stat(path, &st) == 0 && !S_ISREG(st.st_mode)) {
		if (S_ISDIR(st.st_mode))
			return xw_error_set(err, XW_EIO, path, 0, 0,
					    "is a directory, expected a file");
		fd = open(path, O_WRONLY | O_CLOEXEC);
		if (fd < 0 || write_all(fd, data, len) < 0) {
			e = errno;
			if (fd >= 0)
				close(fd);
			return xw_error_set(err, XW_EIO, path, 0, 0, "cannot write: %s",
					    strerror(e));
		}
		close(fd);
		return 0;
	}
	if (strlen(path) >= sizeof(dirbuf))
		return xw_error_set(err, XW_EIO, path, 0, 0, "path too long");
	memcpy(dirbuf, path, strlen(path) + 1);
	dir = dirname(dirbuf);
	base = strrchr(path, '/');
	base = base ? base + 1 : path;
	if ((size_t)snprintf(tmp, sizeof(tmp), "%s/.%s.XXXXXX", dir, base) >=
	    sizeof(tmp))
		return xw_error_set(err, XW_EIO, path, 0, 0, "path too long");
	fd = mkstemp(tmp);
	if (fd < 0)
		return xw_error_set(err, XW_EIO, path, 0, 0,
				    "cannot create a temporary file next to it: %s",
				    strerror(errno));
	/* mkstemp makes 0600: keep the mode of the file being replaced, or
	 * give a new one the mode a plain create would */
	if (stat(path, &st) == 0 && S_ISREG(st.st_mode)) {
		mode = st.st_mode & 07777;
	} else {
		mask = umask(0);
		umask(mask);
		mode = 0666 & ~mask;
	}
	if (fchmod(fd, mode) < 0 || write_all(fd, data, len) < 0 ||
	    fsync(fd) < 0) {
		e = errno;
		close(fd);
		unlink(tmp);
		return xw_error_set(err, XW_EIO, path, 0, 0,
				    "cannot write: %s (the old file is unchanged)",
				    strerror(e));
	}
	if (close(fd) < 0 || rename(tmp, path) < 0) {
		e = errno;
		unlink(tmp);
		return xw_error_set(err, XW_EIO, path, 0, 0,
				    "cannot replace: %s (the old file is unchanged)",
				    strerror(e));
	}
	/* make the rename itself durable */
	dfd = open(dir, O_RDONLY | O_DIRECTORY | O_CLOEXEC);
	if (dfd >= 0) {
		fsync(dfd);
		close(dfd);
	}
	return 0;
}
