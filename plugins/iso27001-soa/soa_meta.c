/* SPDX-License-Identifier: MIT */
#include <pthread.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "soa_date.h"
#include "soa_meta.h"
#include "soa_read.h"
#include "soa_text.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

enum key {
	K_ORGANISATION, K_SCOPE, K_DATE, K_ASSESSOR, K_BODY, K_NUMBER, K_ISSUED,
	K_EXPIRES, K_CERT_SCOPE, K_FRAMEWORK, K_COUNT
};

/* Each key: its metadata row ("#certificate.body"), the host's key and sub-key. */
static const struct {
	const char *row, *key, *sub;
	bool date;
} keys[K_COUNT] = {
	[K_ORGANISATION] = { "organisation", "organisation", NULL, false },
	[K_SCOPE] = { "scope", "scope", NULL, false },
	[K_DATE] = { "date", "date", NULL, true },
	[K_ASSESSOR] = { "assessor", "assessor", NULL, false },
	[K_BODY] = { "certificate.body", "certificate", "body", false },
	[K_NUMBER] = { "certificate.number", "certificate", "number", false },
	[K_ISSUED] = { "certificate.issued", "certificate", "issued", true },
	[K_EXPIRES] = { "certificate.expires", "certificate", "expires", true },
	[K_CERT_SCOPE] = { "certificate.scope", "certificate", "scope", false },
	[K_FRAMEWORK] = { "framework", "framework", NULL, false },
};

/* Labels of cells, compared as soa_fold() folds them. */
static const struct {
	const char *text;
	enum key key;
} labels[] = {
	{ "Organisation", K_ORGANISATION }, { "Organization", K_ORGANISATION },
	{ "Organisation name", K_ORGANISATION }, { "Organization name", K_ORGANISATION },
	{ "Company", K_ORGANISATION }, { "Company name", K_ORGANISATION },
	{ "組織名", K_ORGANISATION }, { "会社名", K_ORGANISATION },
	{ "事業者名", K_ORGANISATION },
	{ "Assessment scope", K_SCOPE }, { "SoA scope", K_SCOPE }, { "評価範囲", K_SCOPE },
	{ "Assessment date", K_DATE }, { "SoA date", K_DATE },
	{ "Date of assessment", K_DATE }, { "評価日", K_DATE }, { "評価実施日", K_DATE },
	{ "Assessor", K_ASSESSOR }, { "Assessed by", K_ASSESSOR },
	{ "評価者", K_ASSESSOR }, { "評価実施者", K_ASSESSOR },
	{ "Certification body", K_BODY }, { "Certifying body", K_BODY },
	{ "Registrar", K_BODY }, { "認証機関", K_BODY }, { "認証機関名", K_BODY },
	{ "審査機関", K_BODY }, { "審査登録機関", K_BODY }, { "認証登録機関", K_BODY },
	{ "Certificate No.", K_NUMBER }, { "Certificate number", K_NUMBER },
	{ "Certificate ID", K_NUMBER }, { "Registration No.", K_NUMBER },
	{ "Registration number", K_NUMBER }, { "登録番号", K_NUMBER },
	{ "認証番号", K_NUMBER }, { "認証登録番号", K_NUMBER }, { "登録証番号", K_NUMBER },
	{ "証明書番号", K_NUMBER },
	{ "Issue date", K_ISSUED }, { "Date of issue", K_ISSUED }, { "Issued", K_ISSUED },
	{ "Issued on", K_ISSUED }, { "Certification date", K_ISSUED },
	{ "発行日", K_ISSUED }, { "発効日", K_ISSUED }, { "登録日", K_ISSUED },
	{ "認証登録日", K_ISSUED }, { "認証日", K_ISSUED },
	{ "Expiry", K_EXPIRES }, { "Expiry date", K_EXPIRES }, { "Expires", K_EXPIRES },
	{ "Expiration date", K_EXPIRES }, { "Valid until", K_EXPIRES },
	{ "有効期限", K_EXPIRES }, { "有効期限日", K_EXPIRES }, { "満了日", K_EXPIRES },
	{ "Scope", K_CERT_SCOPE }, { "Certification scope", K_CERT_SCOPE },
	{ "Certificate scope", K_CERT_SCOPE }, { "Scope of certification", K_CERT_SCOPE },
	{ "ISMS scope", K_CERT_SCOPE }, { "適用範囲", K_CERT_SCOPE },
	{ "ISMS適用範囲", K_CERT_SCOPE }, { "認証範囲", K_CERT_SCOPE },
	{ "登録範囲", K_CERT_SCOPE }, { "認証登録範囲", K_CERT_SCOPE },
};

struct found {
	char *value;                 /* trimmed, or the date as YYYY-MM-DD */
	const struct soa_grid *g;
	uint32_t row, col;
};

struct scan {
	const struct soa_table *t;
	struct found found[K_COUNT];
};

/* labels[] folded once, as soa_header.c folds its names: every cell
 * outside the table is tried against them all */
static char folded_labels[N(labels)][64];
static pthread_once_t folded_once = PTHREAD_ONCE_INIT;

static void fold_labels(void)
{
	for (size_t i = 0; i < N(labels); i++)
		if (!soa_fold(labels[i].text, folded_labels[i], sizeof(folded_labels[i])))
			folded_labels[i][0] = '\0';  /* too long: never matches */
}

static int match_label(const char *folded)
{
	pthread_once(&folded_once, fold_labels);
	for (size_t i = 0; i < N(labels); i++)
		if (folded_labels[i][0] && strcmp(folded, folded_labels[i]) == 0)
			return (int)labels[i].key;
	return -1;
}

/* The key labelled by @text (the whole of it, in one language or two), or K_COUNT. */
static enum key label_of(const char *text)
{
	int k = soa_lookup(text, match_label);

	return k < 0 ? K_COUNT : (enum key)k;
}

/* "Label: value" in one cell: the key, and the value's start in *@value. */
static enum key label_in(const char *text, const char **value)
{
	static const char *const colons[] = { ":", "\xEF\xBC\x9A" /* ： */ };
	char label[256];

	for (size_t i = 0; i < N(colons); i++) {
		const char *c = strstr(text, colons[i]);
		size_t n = c ? (size_t)(c - text) : 0;

		if (!c || n >= sizeof(label))
			continue;
		memcpy(label, text, n);
		label[n] = '\0';
		*value = c + strlen(colons[i]);
		return label_of(label);
	}
	return K_COUNT;
}

/* Keeps @text as key @k's value, found in the cell; refuses a second, different one. */
static int keep(struct scan *s, enum key k, const struct soa_grid *g,
		uint32_t row, uint32_t col, const char *text)
{
	struct found *f = &s->found[k];
	char date[11], ref[400];
	size_t len;
	const char *v = soa_trim(text, &len);
	char *copy;

	if (keys[k].date) {
		if (!soa_date(text, soa_grid_is_sheet(g), date))
			return soa_grid_fail(g, row, col, XW_EINVAL,
					     "'%s' is not a date for %s; write YYYY-MM-DD, "
					     "YYYY/MM/DD or YYYY年M月D日", text, keys[k].row);
		v = date;
		len = strlen(date);
	} else if (k == K_FRAMEWORK && (len != strlen(SOA_FRAMEWORK) ||
					memcmp(v, SOA_FRAMEWORK, len) != 0)) {
		return soa_grid_fail(g, row, col, XW_EINVAL,
				     "framework '%s': a Statement of Applicability is always "
				     "read as framework '" SOA_FRAMEWORK "'", text);
	}
	if (f->value) {
		if (strlen(f->value) == len && memcmp(f->value, v, len) == 0)
			return 0;
		soa_grid_ref(f->g, f->row, f->col, ref, sizeof(ref));
		return soa_grid_fail(g, row, col, XW_EINVAL,
				     "%s is given twice, differently: '%s' here and '%s' at %s",
				     keys[k].row, text, f->value, ref);
	}
	if (!(copy = malloc(len + 1)))
		return soa_grid_fail(g, row, col, XW_ENOMEM, "out of memory");
	memcpy(copy, v, len);
	copy[len] = '\0';
	*f = (struct found){ copy, g, row, col };
	return 0;
}

/* "#key,value": the csv plugin's metadata row, its key in column @col. */
static int hash_row(struct scan *s, const struct soa_grid *g, uint32_t row,
		    uint32_t col)
{
	const char *key = soa_grid_cell(g, row, col) + 1, *value;
	char names[400];
	size_t at = 0;

	for (uint32_t c = col + 2; c <= soa_grid_last_col(g, row); c++)
		if (!soa_is_blank(soa_grid_cell(g, row, c)))
			return soa_grid_fail(g, row, c, XW_EINVAL,
					     "a metadata row has two cells, '#%s' and its value", key);
	value = soa_grid_value(g, row, col + 1);
	for (int k = 0; k < K_COUNT; k++)
		if (strcmp(key, keys[k].row) == 0)
			return soa_is_blank(value) ? 0 : keep(s, (enum key)k, g, row, col + 1,
							      value);
	for (int k = 0; k < K_COUNT; k++)
		at += (size_t)snprintf(names + at, sizeof(names) - at, "%s#%s",
				       k ? ", " : "", keys[k].row);
	return soa_grid_fail(g, row, col, XW_EINVAL,
			     "unknown metadata row '#%s' in a Statement of Applicability; "
			     "known: %s", key, names);
}

/* The first cell right of @col with text, outside @col's merged range; 0 when none. */
static uint32_t right_of(const struct soa_grid *g, uint32_t row, uint32_t col)
{
	for (uint32_t c = col + 1; c <= soa_grid_last_col(g, row); c++)
		if (!soa_grid_merged(g, row, col, c) && !soa_is_blank(soa_grid_cell(g, row, c)))
			return c;
	return 0;
}

/*
 * On a sheet of its own, a label with text below it that is no label
 * heads a column of some table: it labels no value to its right.
 */
static bool heads_column(const struct soa_grid *g, uint32_t row, uint32_t col)
{
	const char *below = soa_grid_cell(g, row + 1, col);

	return !soa_is_blank(below) && label_of(below) == K_COUNT;
}

static int cell(struct scan *s, const struct soa_grid *g, uint32_t row,
		uint32_t col, bool table_sheet)
{
	const char *text = soa_grid_cell(g, row, col), *value = NULL;
	enum key k = label_in(text, &value);
	uint32_t v;

	if (k != K_COUNT && !soa_is_blank(value))
		return keep(s, k, g, row, col, value);
	if (k == K_COUNT && (k = label_of(text)) == K_COUNT)
		return 0;
	if (!(v = right_of(g, row, col)) || label_of(soa_grid_cell(g, row, v)) != K_COUNT ||
	    (!table_sheet && heads_column(g, row, col)))
		return 0;
	return keep(s, k, g, row, v, soa_grid_value(g, row, v));
}

/* Rows [@first, @last] of @g. */
static int scan_rows(struct scan *s, const struct soa_grid *g, uint32_t first,
		     uint32_t last, bool table_sheet)
{
	for (uint32_t row = first; row <= last; row++) {
		uint32_t n = soa_grid_last_col(g, row);
		int rc = 0;

		/* the csv plugin's convention, for CSV files only */
		if (!soa_grid_is_sheet(g) && soa_grid_cell(g, row, 1)[0] == '#') {
			if ((rc = hash_row(s, g, row, 1)) < 0)
				return rc;
			continue;
		}
		for (uint32_t col = 1; col <= n && rc == 0; col++)
			if (!soa_is_blank(soa_grid_cell(g, row, col)))
				rc = cell(s, g, row, col, table_sheet);
		if (rc < 0)
			return rc;
	}
	return 0;
}

static int set(const struct scan *s, struct xw_assessment *a)
{
	const struct soa_book *b = s->t->grid->book;
	int rc = 0;

	for (int k = 0; k < K_COUNT && rc == 0; k++) {
		const struct found *f = &s->found[k];

		if (!f->value || k == K_FRAMEWORK)
			continue;
		soa_grid_at(f->g, f->row, f->col);
		rc = b->h->assessment_set(b->call, a, keys[k].key, keys[k].sub, f->value);
	}
	return rc;
}

int soa_meta_read(const struct soa_table *t, struct xw_assessment *a)
{
	const struct soa_book *b = t->grid->book;
	struct scan s = { .t = t };
	int rc = scan_rows(&s, t->grid, 1, t->row - 1, true);

	for (size_t i = 0; i < b->n_grids && rc == 0; i++)
		if (&b->grids[i] != t->grid)
			rc = scan_rows(&s, &b->grids[i], 1, b->grids[i].last_row, false);
	if (rc == 0)
		rc = set(&s, a);
	for (int k = 0; k < K_COUNT; k++)
		free(s.found[k].value);
	return rc;
}
