/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

/* Where the parser stands: cells and rows may leave out their reference. */
struct cursor {
	struct xlsx_sheet *sh;
	uint32_t row, col;
};

static int add_cell(struct xlsx_sheet *sh, uint32_t row, uint32_t col,
		    size_t off, bool shared, struct xlsx_error *err)
{
	if (sh->n_cells == sh->cap_cells) {
		size_t cap = sh->cap_cells ? 2 * sh->cap_cells : 256;
		struct xlsx_cell *v = realloc(sh->cells, cap * sizeof(*v));

		if (!v)
			return xlsx_fail(err, XW_ENOMEM, sh->name, "out of memory");
		sh->cells = v;
		sh->cap_cells = cap;
	}
	sh->cells[sh->n_cells++] = (struct xlsx_cell){ row, col, off, shared };
	if (row > sh->last_row)
		sh->last_row = row;
	if (col > sh->last_col)
		sh->last_col = col;
	return 0;
}

static int shared(struct cursor *cu, const char *v, struct xlsx_error *err)
{
	const struct xlsx_book *b = cu->sh->book;
	size_t i = 0;
	const char *p = v;

	for (; *p >= '0' && *p <= '9' && i <= b->n_sst; p++)
		i = i * 10 + (size_t)(*p - '0');
	if (p == v || *p || i >= b->n_sst)
		return xlsx_fail_cell(err, XW_EINVAL, cu->sh, cu->row, cu->col,
				      "shared string '%s' does not exist (the workbook has %zu)",
				      v, b->n_sst);
	return add_cell(cu->sh, cu->row, cu->col, b->sst[i], true, err);
}

/* Puts a value into the sheet's own text and adds the cell. */
static int own(struct cursor *cu, const char *v, const xmlNode *rich,
	       struct xlsx_error *err)
{
	struct xlsx_pool *p = &cu->sh->text;
	size_t off = p->len;
	int rc = rich ? xlsx_xml_rich_text(rich, p) : xlsx_pool_put_xstring(p, v);

	if (rc == 0)
		rc = xlsx_pool_end(p);
	if (rc < 0)
		return xlsx_fail(err, rc, cu->sh->name, "out of memory");
	return add_cell(cu->sh, cu->row, cu->col, off, false, err);
}

static int value(struct cursor *cu, const char *type, const char *v,
		 struct xlsx_error *err)
{
	if (strcmp(type, "s") == 0)
		return shared(cu, v, err);
	if (strcmp(type, "b") == 0) {
		if (strcmp(v, "0") != 0 && strcmp(v, "1") != 0)
			return xlsx_fail_cell(err, XW_EINVAL, cu->sh, cu->row, cu->col,
					      "boolean cell holds '%s', not 0 or 1", v);
		return own(cu, *v == '1' ? "TRUE" : "FALSE", NULL, err);
	}
	/* numbers, dates, errors and formula strings: as written */
	if (strcmp(type, "n") == 0 || strcmp(type, "d") == 0 ||
	    strcmp(type, "e") == 0 || strcmp(type, "str") == 0)
		return own(cu, v, NULL, err);
	return xlsx_fail_cell(err, XW_EINVAL, cu->sh, cu->row, cu->col,
			      "unknown cell type '%s'", type);
}

/* Where a cell stands: its own reference, or the one after the last. */
static int locate(struct cursor *cu, const xmlNode *c, struct xlsx_error *err)
{
	bool oom = false;
	char *r = xlsx_xml_attr(c, "r", false, &oom);
	int rc = 0;

	if (oom) {
		rc = xlsx_fail(err, XW_ENOMEM, cu->sh->name, "out of memory");
	} else if (r) {
		rc = xlsx_parse_cell(r, &cu->row, &cu->col);
		if (rc == XW_ELIMIT)
			rc = xlsx_fail(err, rc, cu->sh->name,
				       "cell %s lies beyond Excel's %u rows and %u columns",
				       r, XLSX_MAX_ROWS, XLSX_MAX_COLS);
		else if (rc < 0)
			rc = xlsx_fail(err, rc, cu->sh->name,
				       "cell reference '%s' is not valid", r);
	} else if (++cu->col > XLSX_MAX_COLS) {
		rc = xlsx_fail(err, XW_ELIMIT, cu->sh->name,
			       "row %u has more than %u columns", cu->row, XLSX_MAX_COLS);
	}
	xmlFree(r);
	return rc;
}

static int cell(struct cursor *cu, const xmlNode *c, struct xlsx_error *err)
{
	bool oom = false;
	char *type = xlsx_xml_attr(c, "t", false, &oom), *v = NULL;
	const xmlNode *vn;
	int rc = oom ? xlsx_fail(err, XW_ENOMEM, cu->sh->name, "out of memory")
		     : locate(cu, c, err);

	if (rc == 0 && type && strcmp(type, "inlineStr") == 0) {
		vn = xlsx_xml_child(c, "is");
		if (vn)
			rc = own(cu, NULL, vn, err);
	} else if (rc == 0 && (vn = xlsx_xml_child(c, "v"))) {
		v = (char *)xmlNodeGetContent(vn);
		if (!v)
			xmlResetLastError();   /* libxml2's copy of "out of memory" */
		rc = v ? value(cu, type ? type : "n", v, err)
		       : xlsx_fail(err, XW_ENOMEM, cu->sh->name, "out of memory");
	}
	xmlFree(type);
	xmlFree(v);
	return rc;
}

static int row(struct cursor *cu, const xmlNode *r, struct xlsx_error *err)
{
	bool oom = false;
	char *ref = xlsx_xml_attr(r, "r", false, &oom);
	uint64_t n = 0;
	int rc = 0;

	if (oom) {
		rc = xlsx_fail(err, XW_ENOMEM, cu->sh->name, "out of memory");
	} else if (ref) {
		const char *p = ref;

		for (; *p >= '0' && *p <= '9' && n <= XLSX_MAX_ROWS; p++)
			n = n * 10 + (uint64_t)(*p - '0');
		if (p == ref || (*p && n <= XLSX_MAX_ROWS) || n == 0)
			rc = xlsx_fail(err, XW_EINVAL, cu->sh->name,
				       "row number '%s' is not valid", ref);
	} else {
		n = (uint64_t)cu->row + 1;
	}
	if (rc == 0 && n > XLSX_MAX_ROWS)
		rc = xlsx_fail(err, XW_ELIMIT, cu->sh->name,
			       "row %s lies beyond Excel's %u rows",
			       ref ? ref : "after the last", XLSX_MAX_ROWS);
	xmlFree(ref);
	cu->row = (uint32_t)n;
	cu->col = 0;
	for (xmlNode *c = xlsx_xml_child(r, "c"); c && rc == 0; c = xlsx_xml_next(c, "c"))
		rc = cell(cu, c, err);
	return rc;
}

static int by_position(const void *a, const void *b)
{
	const struct xlsx_cell *x = a, *y = b;

	if (x->row != y->row)
		return x->row < y->row ? -1 : 1;
	return x->col < y->col ? -1 : x->col > y->col;
}

/* Rows and cells usually come in order, but need not; a cell given twice is an error. */
static int sort_cells(struct xlsx_sheet *sh, struct xlsx_error *err)
{
	if (sh->n_cells)
		qsort(sh->cells, sh->n_cells, sizeof(*sh->cells), by_position);
	for (size_t i = 1; i < sh->n_cells; i++)
		if (by_position(&sh->cells[i - 1], &sh->cells[i]) == 0)
			return xlsx_fail_cell(err, XW_EINVAL, sh, sh->cells[i].row,
					      sh->cells[i].col, "this cell is given twice");
	return 0;
}

static int parse(struct xlsx_sheet *sh, struct xlsx_book *book, const char *part,
		 struct xlsx_error *err)
{
	struct cursor cu = { sh, 0, 0 };
	xmlDoc *doc;
	xmlNode *root;
	int rc = xlsx_xml_load(&book->zip, part, &doc, err);

	if (rc == XW_ENOTFOUND)
		rc = xlsx_fail(err, XW_EINVAL, part, "sheet '%s' has no part in the zip",
			       sh->name);
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	for (xmlNode *r = rc == 0 ? xlsx_xml_child(xlsx_xml_child(root, "sheetData"), "row")
				  : NULL;
	     r && rc == 0; r = xlsx_xml_next(r, "row"))
		rc = row(&cu, r, err);
	if (rc == 0)
		rc = xlsx_merges_add(sh, xlsx_xml_child(root, "mergeCells"), err);
	xmlFreeDoc(doc);
	if (rc == 0)
		rc = sort_cells(sh, err);
	if (rc == 0)
		rc = xlsx_merges_index(sh, err);
	return rc;
}

int xlsx_sheet_load(struct xlsx_book *book, size_t i, struct xlsx_sheet **out,
		    struct xlsx_error *err)
{
	struct xlsx_sheet *sh;
	int rc;

	memset(err, 0, sizeof(*err));
	*out = NULL;
	if (i >= book->n_sheets)
		return xlsx_fail(err, XW_ENOTFOUND, NULL, "the workbook has no sheet %zu", i + 1);
	if (!(sh = calloc(1, sizeof(*sh))))
		return xlsx_fail(err, XW_ENOMEM, NULL, "out of memory");
	sh->book = book;
	sh->name = book->sheets[i].name;
	if ((rc = parse(sh, book, book->sheets[i].part, err)) < 0) {
		xlsx_sheet_free(sh);
		return rc;
	}
	*out = sh;
	return 0;
}

void xlsx_sheet_free(struct xlsx_sheet *sheet)
{
	if (!sheet)
		return;
	xlsx_pool_free(&sheet->text);
	free(sheet->cells);
	xlsx_merges_free(sheet);
	free(sheet);
}

const char *xlsx_sheet_title(const struct xlsx_sheet *sheet)
{
	return sheet->name;
}

uint32_t xlsx_last_row(const struct xlsx_sheet *sheet)
{
	return sheet->last_row;
}

uint32_t xlsx_last_col(const struct xlsx_sheet *sheet)
{
	return sheet->last_col;
}

static const char *text_of(const struct xlsx_sheet *sh, const struct xlsx_cell *c)
{
	return (c->shared ? sh->book->strings.data : sh->text.data) + c->off;
}

const char *xlsx_cell(const struct xlsx_sheet *sheet, uint32_t row, uint32_t col)
{
	struct xlsx_cell key = { row, col, 0, false };
	const struct xlsx_cell *c = sheet->n_cells
		? bsearch(&key, sheet->cells, sheet->n_cells, sizeof(key), by_position)
		: NULL;

	return c ? text_of(sheet, c) : "";
}

size_t xlsx_cell_count(const struct xlsx_sheet *sheet)
{
	return sheet->n_cells;
}

const char *xlsx_cell_at(const struct xlsx_sheet *sheet, size_t i,
			 uint32_t *row, uint32_t *col)
{
	if (i >= sheet->n_cells)
		return NULL;
	*row = sheet->cells[i].row;
	*col = sheet->cells[i].col;
	return text_of(sheet, &sheet->cells[i]);
}
