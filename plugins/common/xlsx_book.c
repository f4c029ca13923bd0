/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xlsx_private.h"

/* The workbook part, as the package's relationships name it. */
static int workbook_part(struct xlsx_zip *z, char **part, struct xlsx_error *err)
{
	struct xlsx_rels rels;
	const struct xlsx_rel *r;
	int rc = xlsx_rels_load(z, "", &rels, err);

	*part = NULL;
	if (rc < 0)
		return rc;
	r = xlsx_rels_type(&rels, "officeDocument");
	*part = strdup(r ? r->part : "xl/workbook.xml");
	xlsx_rels_free(&rels);
	return *part ? 0 : xlsx_fail(err, XW_ENOMEM, NULL, "out of memory");
}

static int add_sheet(struct xlsx_book *b, const char *part,
		     const struct xlsx_rels *rels, const xmlNode *n,
		     struct xlsx_error *err)
{
	bool oom = false;
	char *name = xlsx_xml_attr(n, "name", false, &oom);
	char *id = xlsx_xml_attr(n, "id", true, &oom);
	const struct xlsx_rel *r = id ? xlsx_rels_id(rels, id) : NULL;
	struct xlsx_sheet_entry *v = NULL;
	int rc = 0;

	if (oom)
		rc = xlsx_fail(err, XW_ENOMEM, part, "out of memory");
	else if (!name || !*name)
		rc = xlsx_fail(err, XW_EINVAL, part, "sheet %zu has no name",
			       b->n_sheets + 1);
	else if (!r)
		rc = xlsx_fail(err, XW_EINVAL, part,
			       "sheet '%s' names no part of the workbook (relationship '%s')",
			       name, id ? id : "");
	else if (!(v = realloc(b->sheets, (b->n_sheets + 1) * sizeof(*v))))
		rc = xlsx_fail(err, XW_ENOMEM, part, "out of memory");
	if (v) {
		b->sheets = v;
		v[b->n_sheets].name = strdup(name);
		v[b->n_sheets].part = strdup(r->part);
		if (!v[b->n_sheets].name || !v[b->n_sheets].part) {
			free(v[b->n_sheets].name);
			free(v[b->n_sheets].part);
			rc = xlsx_fail(err, XW_ENOMEM, part, "out of memory");
		} else {
			b->n_sheets++;
		}
	}
	xmlFree(name);
	xmlFree(id);
	return rc;
}

static int shared_strings(struct xlsx_book *b, const char *part,
			  struct xlsx_error *err)
{
	xmlDoc *doc;
	size_t n = 0;
	int rc = xlsx_xml_load(&b->zip, part, &doc, err);
	xmlNode *root = doc ? xmlDocGetRootElement(doc) : NULL;

	for (xmlNode *si = xlsx_xml_child(root, "si"); si && rc == 0;
	     si = xlsx_xml_next(si, "si"))
		n++;
	if (rc == 0 && !(b->sst = malloc((n ? n : 1) * sizeof(*b->sst))))
		rc = xlsx_fail(err, XW_ENOMEM, part, "out of memory");
	for (xmlNode *si = xlsx_xml_child(root, "si"); si && rc == 0;
	     si = xlsx_xml_next(si, "si")) {
		b->sst[b->n_sst] = b->strings.len;
		if ((rc = xlsx_xml_rich_text(si, &b->strings)) == 0)
			rc = xlsx_pool_end(&b->strings);
		if (rc < 0)
			rc = xlsx_fail(err, rc, part, "out of memory");
		b->n_sst++;
	}
	xmlFreeDoc(doc);
	return rc;
}

/*
 * Not an .xlsx (XW_EUNSUPPORTED): no workbook part, or one whose root is
 * not a <workbook> (a .docx, say).
 */
static int load(struct xlsx_book *b, struct xlsx_error *err)
{
	struct xlsx_rels rels = { 0 };
	const struct xlsx_rel *sst;
	xmlDoc *doc = NULL;
	xmlNode *root;
	char *part;
	int rc;

	if ((rc = workbook_part(&b->zip, &part, err)) < 0)
		return rc;
	rc = xlsx_xml_load(&b->zip, part, &doc, err);
	if (rc == XW_ENOTFOUND)
		rc = xlsx_fail(err, XW_EUNSUPPORTED, part, "the zip holds no workbook");
	root = doc ? xmlDocGetRootElement(doc) : NULL;
	if (rc == 0 && !xlsx_xml_is(root, "workbook"))
		rc = xlsx_fail(err, XW_EUNSUPPORTED, part, "the zip holds no workbook");
	if (rc == 0)
		rc = xlsx_rels_load(&b->zip, part, &rels, err);
	for (xmlNode *n = rc == 0 ? xlsx_xml_child(xlsx_xml_child(root, "sheets"), "sheet")
				  : NULL;
	     n && rc == 0; n = xlsx_xml_next(n, "sheet"))
		rc = add_sheet(b, part, &rels, n, err);
	if (rc == 0 && (sst = xlsx_rels_type(&rels, "sharedStrings")))
		rc = shared_strings(b, sst->part, err);
	xlsx_rels_free(&rels);
	xmlFreeDoc(doc);
	free(part);
	return rc;
}

int xlsx_open(const void *data, size_t size, struct xlsx_book **out,
	      struct xlsx_error *err)
{
	struct xlsx_book *b = calloc(1, sizeof(*b));
	int rc;

	memset(err, 0, sizeof(*err));
	*out = NULL;
	if (!b)
		return xlsx_fail(err, XW_ENOMEM, NULL, "out of memory");
	rc = xlsx_zip_open(&b->zip, data, size, err);
	if (rc == 0)
		rc = load(b, err);
	if (rc < 0) {
		xlsx_close(b);
		return rc;
	}
	*out = b;
	return 0;
}

void xlsx_close(struct xlsx_book *book)
{
	if (!book)
		return;
	for (size_t i = 0; i < book->n_sheets; i++) {
		free(book->sheets[i].name);
		free(book->sheets[i].part);
	}
	free(book->sheets);
	free(book->sst);
	xlsx_pool_free(&book->strings);
	xlsx_zip_close(&book->zip);
	free(book);
}

size_t xlsx_sheet_count(const struct xlsx_book *book)
{
	return book->n_sheets;
}

const char *xlsx_sheet_name(const struct xlsx_book *book, size_t i)
{
	return i < book->n_sheets ? book->sheets[i].name : NULL;
}
