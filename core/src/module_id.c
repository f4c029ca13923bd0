/* SPDX-License-Identifier: MIT */
/*
 * Which build a plugin module is. Its GNU build-id note, which linkers
 * write by default on Debian, tells builds apart and survives strip
 * (packagers strip modules after install, changing their size); a
 * module without one is told by its size.
 */
#include <elf.h>
#include <fcntl.h>
#include <stdint.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#include "manifest.h"

/* Program headers and notes sit at the start of a module. */
#define HEAD_SIZE 8192

#if UINTPTR_MAX == 0xFFFFFFFFFFFFFFFFu
typedef Elf64_Ehdr ehdr_t;
typedef Elf64_Phdr phdr_t;
typedef Elf64_Nhdr nhdr_t;
#define OUR_CLASS ELFCLASS64
#else
typedef Elf32_Ehdr ehdr_t;
typedef Elf32_Phdr phdr_t;
typedef Elf32_Nhdr nhdr_t;
#define OUR_CLASS ELFCLASS32
#endif

static size_t align4(size_t n)
{
	return (n + 3) & ~(size_t)3;
}

/* The build-id in the notes at @p..@end as hex into @out; 0 if none. */
static int note_id(const unsigned char *p, const unsigned char *end, char *out,
		   size_t size)
{
	while ((size_t)(end - p) >= sizeof(nhdr_t)) {
		nhdr_t n;
		size_t name, desc;

		memcpy(&n, p, sizeof(n));
		p += sizeof(n);
		name = align4(n.n_namesz);
		desc = align4(n.n_descsz);
		if (name > (size_t)(end - p) || desc > (size_t)(end - p - name))
			return 0;
		if (n.n_type == NT_GNU_BUILD_ID && n.n_namesz == 4 &&
		    memcmp(p, "GNU", 4) == 0 && n.n_descsz > 0 &&
		    size > 9 + 2 * (size_t)n.n_descsz) {
			size_t k = (size_t)snprintf(out, size, "build-id:");

			for (size_t i = 0; i < n.n_descsz; i++)
				k += (size_t)snprintf(out + k, size - k, "%02x", p[name + i]);
			return 1;
		}
		p += name + desc;
	}
	return 0;
}

/* The build-id of the module whose first @len bytes are @h; 0 if none. */
static int build_id(const unsigned char *h, size_t len, char *out, size_t size)
{
	ehdr_t e;

	if (len < sizeof(e))
		return 0;
	memcpy(&e, h, sizeof(e));
	if (memcmp(e.e_ident, ELFMAG, SELFMAG) != 0 || e.e_ident[EI_CLASS] != OUR_CLASS ||
	    e.e_phentsize != sizeof(phdr_t) || e.e_phoff > len)
		return 0;
	for (size_t i = 0; i < e.e_phnum; i++) {
		size_t at = e.e_phoff + i * sizeof(phdr_t);
		phdr_t ph;

		if (at > len || sizeof(ph) > len - at)
			return 0;
		memcpy(&ph, h + at, sizeof(ph));
		if (ph.p_type == PT_NOTE && ph.p_offset <= len &&
		    ph.p_filesz <= len - ph.p_offset &&
		    note_id(h + ph.p_offset, h + ph.p_offset + ph.p_filesz, out, size))
			return 1;
	}
	return 0;
}

int xw_module_id(const char *path, char *out, size_t size)
{
	unsigned char head[HEAD_SIZE];
	struct stat st;
	ssize_t n;
	int fd = open(path, O_RDONLY | O_CLOEXEC);

	if (fd < 0)
		return -1;
	if (fstat(fd, &st) < 0) {
		close(fd);
		return -1;
	}
	n = pread(fd, head, sizeof(head), 0);
	close(fd);
	if (n > 0 && build_id(head, (size_t)n, out, size))
		return 0;
	snprintf(out, size, "size:%lld", (long long)st.st_size);
	return 0;
}
