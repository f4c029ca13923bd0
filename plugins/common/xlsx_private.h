/* SPDX-License-Identifier: MIT */
#ifndef XW_XLSX_PRIVATE_H
#define XW_XLSX_PRIVATE_H

/* What the files of the xlsx reader share; not for plugins. */

#include <stdbool.h>
#include <libxml/tree.h>
#include <zip.h>

#include "xlsx.h"
#include "xwalk/error.h"

/* --- errors (xlsx_error.c) ------------------------------------------------ */

__attribute__((format(printf, 4, 5)))
int xlsx_fail(struct xlsx_error *err, int code, const char *where,
	      const char *fmt, ...);
/* "Sheet!M12: ..." */
__attribute__((format(printf, 6, 7)))
int xlsx_fail_cell(struct xlsx_error *err, int code,
		   const struct xlsx_sheet *sheet, uint32_t row, uint32_t col,
		   const char *fmt, ...);

/* --- text pool (xlsx_pool.c) ---------------------------------------------- */

/* NUL-terminated strings one after another, found by offset. */
struct xlsx_pool {
	char *data;
	size_t len, cap;
};

int xlsx_pool_put(struct xlsx_pool *p, const char *s, size_t n);
/* Ends the string being put; its offset was p->len before the first put. */
int xlsx_pool_end(struct xlsx_pool *p);
void xlsx_pool_free(struct xlsx_pool *p);
/* Puts @s with _xHHHH_ escapes decoded (OOXML's ST_Xstring). */
int xlsx_pool_put_xstring(struct xlsx_pool *p, const char *s);

/* --- zip container (xlsx_zip.c) ------------------------------------------- */

struct xlsx_zip {
	zip_t *za;
	uint64_t inflated;   /* bytes inflated so far, all entries together */
};

int xlsx_zip_open(struct xlsx_zip *z, const void *data, size_t size,
		  struct xlsx_error *err);
void xlsx_zip_close(struct xlsx_zip *z);
/* The entry inflated, NUL-terminated; XW_ENOTFOUND when there is none. */
int xlsx_zip_read(struct xlsx_zip *z, const char *name, char **out,
		  size_t *len, struct xlsx_error *err);

/* --- XML parts (xlsx_xml.c) ----------------------------------------------- */

/* Parses part @name: UTF-8 only, no DOCTYPE, no network, libxml2's limits. */
int xlsx_xml_parse(const char *name, const char *data, size_t len,
		   xmlDoc **out, struct xlsx_error *err);
/* Reads and parses entry @name; XW_ENOTFOUND when absent. */
int xlsx_xml_load(struct xlsx_zip *z, const char *name, xmlDoc **out,
		  struct xlsx_error *err);
/* Elements are matched by local name, so strict OOXML reads too. */
bool xlsx_xml_is(const xmlNode *n, const char *local);
xmlNode *xlsx_xml_child(const xmlNode *parent, const char *local);
xmlNode *xlsx_xml_next(const xmlNode *n, const char *local);
/*
 * An attribute without namespace, or (@ns) with any namespace; free with
 * xmlFree. NULL when absent, or when out of memory, which also sets
 * *@oom (left as it was otherwise, so that a caller checks once for
 * several attributes).
 */
char *xlsx_xml_attr(const xmlNode *n, const char *name, bool ns, bool *oom);
/* Appends the text of the <t> runs under @n, phonetic guides left out. */
int xlsx_xml_rich_text(const xmlNode *n, struct xlsx_pool *p);

/* --- relationships (xlsx_rels.c) ----------------------------------------- */

struct xlsx_rel {
	char *id;
	char *type;
	char *part;          /* the target as a zip entry name */
};

struct xlsx_rels {
	struct xlsx_rel *v;
	size_t n;
};

/* The relationships of part @source ("" for the package); none when absent. */
int xlsx_rels_load(struct xlsx_zip *z, const char *source,
		   struct xlsx_rels *out, struct xlsx_error *err);
/* The first relationship whose type ends in "/@kind", or with id @id. */
const struct xlsx_rel *xlsx_rels_type(const struct xlsx_rels *r, const char *kind);
const struct xlsx_rel *xlsx_rels_id(const struct xlsx_rels *r, const char *id);
void xlsx_rels_free(struct xlsx_rels *r);

/* --- references (xlsx_ref.c) ---------------------------------------------- */

/* "M12" -> row 12, col 13. XW_ESYNTAX when malformed, XW_ELIMIT when
 * beyond Excel's grid; the caller words the message. */
int xlsx_parse_cell(const char *s, uint32_t *row, uint32_t *col);
/* "A1:B3" or "A1", normalised so that row1 <= row2 and col1 <= col2. */
int xlsx_parse_range(const char *s, struct xlsx_range *r);
/* Resolves a relationship target against the folder of part @base into
 * a zip entry name (malloc'd); XW_EINVAL when it leaves the package. */
int xlsx_resolve(const char *base, const char *target, char **out);

/* --- book and sheet -------------------------------------------------------- */

struct xlsx_sheet_entry {
	char *name;
	char *part;          /* zip entry of the sheet's XML */
};

struct xlsx_book {
	struct xlsx_zip zip;
	struct xlsx_pool strings;       /* shared strings */
	size_t *sst;                    /* offset of each in strings */
	size_t n_sst;
	struct xlsx_sheet_entry *sheets;
	size_t n_sheets;
};

struct xlsx_cell {
	uint32_t row, col;
	size_t off;
	bool shared;                    /* in the book's strings, else the sheet's */
};

struct xlsx_span {                      /* a merged range in one column */
	uint32_t col, row1, row2;
	uint32_t merge;                 /* index in merges */
};

struct xlsx_sheet {
	const struct xlsx_book *book;
	const char *name;
	struct xlsx_pool text;
	struct xlsx_cell *cells;        /* sorted by row, then column */
	size_t n_cells, cap_cells;
	uint32_t last_row, last_col;
	struct xlsx_range *merges;
	size_t n_merges, cap_merges;
	struct xlsx_span *spans;        /* sorted by column, then row */
	size_t n_spans;
	size_t *col_start;              /* spans of column c: col_start[c-1] .. col_start[c] */
	uint32_t merge_cols;            /* columns col_start covers */
};

int xlsx_merges_add(struct xlsx_sheet *sh, const xmlNode *mergecells,
		    struct xlsx_error *err);
/* Sorts and indexes the merged ranges; refuses overlaps. */
int xlsx_merges_index(struct xlsx_sheet *sh, struct xlsx_error *err);
void xlsx_merges_free(struct xlsx_sheet *sh);

#endif
