/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

void xlsx_cell_name(uint32_t row, uint32_t col, char *buf, size_t size)
{
	char letters[8];
	size_t n = sizeof(letters) - 1;

	letters[n] = '\0';
	for (; col > 0 && n > 0; col = (col - 1) / 26)
		letters[--n] = (char)('A' + (col - 1) % 26);
	snprintf(buf, size, "%s%u", letters + n, (unsigned)row);
}

/* Excel quotes a sheet name holding blanks or punctuation, or starting with a digit. */
static int needs_quotes(const char *name)
{
	if (*name >= '0' && *name <= '9')
		return 1;
	for (const unsigned char *s = (const unsigned char *)name; *s; s++)
		if (*s < 0x80 && !(*s >= '0' && *s <= '9') && !(*s >= 'A' && *s <= 'Z') &&
		    !(*s >= 'a' && *s <= 'z') && *s != '_' && *s != '.')
			return 1;
	return 0;
}

void xlsx_ref(const struct xlsx_sheet *sheet, uint32_t row, uint32_t col,
	      char *buf, size_t size)
{
	const char *name = xlsx_sheet_title(sheet);
	char cell[16];
	size_t n = 0;

	xlsx_cell_name(row, col, cell, sizeof(cell));
	if (!needs_quotes(name) || size < 4) {
		snprintf(buf, size, "%s!%s", name, cell);
		return;
	}
	/* 'It''s'!A1: a quote inside the name is doubled */
	buf[n++] = '\'';
	for (const char *s = name; *s && n + 3 < size; s++) {
		if (*s == '\'')
			buf[n++] = '\'';
		buf[n++] = *s;
	}
	snprintf(buf + n, size - n, "'!%s", cell);
}

int xlsx_parse_cell(const char *s, uint32_t *row, uint32_t *col)
{
	uint64_t c = 0, r = 0;
	const char *p = s;

	for (; *p >= 'A' && *p <= 'Z'; p++)
		if ((c = c * 26 + (uint64_t)(*p - 'A' + 1)) > XLSX_MAX_COLS)
			c = XLSX_MAX_COLS + 1;  /* stays over the limit, never overflows */
	if (p == s || !(*p >= '0' && *p <= '9'))
		return XW_ESYNTAX;
	for (; *p >= '0' && *p <= '9'; p++)
		if ((r = r * 10 + (uint64_t)(*p - '0')) > XLSX_MAX_ROWS)
			r = XLSX_MAX_ROWS + 1;
	if (*p || r == 0)
		return XW_ESYNTAX;
	if (c > XLSX_MAX_COLS || r > XLSX_MAX_ROWS)
		return XW_ELIMIT;
	*row = (uint32_t)r;
	*col = (uint32_t)c;
	return 0;
}

int xlsx_parse_range(const char *s, struct xlsx_range *r)
{
	const char *colon = strchr(s, ':');
	char first[32];
	size_t n = colon ? (size_t)(colon - s) : strlen(s);
	uint32_t t;
	int rc;

	if (n >= sizeof(first))
		return XW_ESYNTAX;
	memcpy(first, s, n);
	first[n] = '\0';
	if ((rc = xlsx_parse_cell(first, &r->row1, &r->col1)) < 0)
		return rc;
	if (!colon) {
		r->row2 = r->row1;
		r->col2 = r->col1;
		return 0;
	}
	if ((rc = xlsx_parse_cell(colon + 1, &r->row2, &r->col2)) < 0)
		return rc;
	if (r->row2 < r->row1) {
		t = r->row1;
		r->row1 = r->row2;
		r->row2 = t;
	}
	if (r->col2 < r->col1) {
		t = r->col1;
		r->col1 = r->col2;
		r->col2 = t;
	}
	return 0;
}

/* Drops "." and "a/.." segments of @path in place; -1 when ".." climbs out. */
static int normalise(char *path)
{
	char *out = path, *seg = path;

	while (*seg) {
		char *end = strchr(seg, '/');
		size_t n = end ? (size_t)(end - seg) : strlen(seg);

		if (n == 2 && seg[0] == '.' && seg[1] == '.') {
			if (out == path)
				return -1;
			out--;                      /* the '/' after the last segment */
			while (out > path && out[-1] != '/')
				out--;
		} else if (n > 0 && !(n == 1 && seg[0] == '.')) {
			memmove(out, seg, n);
			out += n;
			if (end)
				*out++ = '/';
		}
		seg = end ? end + 1 : seg + n;
	}
	*out = '\0';
	return 0;
}

int xlsx_resolve(const char *base, const char *target, char **out)
{
	const char *slash = strrchr(base, '/');
	size_t dir = *target == '/' || !slash ? 0 : (size_t)(slash - base) + 1;
	const char *rel = *target == '/' ? target + 1 : target;
	char *p = malloc(dir + strlen(rel) + 1);

	*out = NULL;
	if (!p)
		return XW_ENOMEM;
	memcpy(p, base, dir);
	strcpy(p + dir, rel);
	if (normalise(p) < 0 || !*p) {
		free(p);
		return XW_EINVAL;
	}
	*out = p;
	return 0;
}
