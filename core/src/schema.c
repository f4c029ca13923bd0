/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/buf.h"
#include "schema.h"

const struct xw_field *xw_schema_field(const struct xw_schema *s,
				       const char *name)
{
	for (size_t i = 0; i < s->n_fields; i++)
		if (strcmp(s->fields[i].name, name) == 0)
			return &s->fields[i];
	return NULL;
}

static size_t edit_distance(const char *a, const char *b)
{
	size_t la = strlen(a), lb = strlen(b), row[64], i, j;

	if (la >= 63 || lb >= 63)
		return (size_t)-1;
	for (j = 0; j <= lb; j++)
		row[j] = j;
	for (i = 1; i <= la; i++) {
		size_t diag = row[0];
		row[0] = i;
		for (j = 1; j <= lb; j++) {
			size_t up = row[j];
			size_t best = diag + (a[i - 1] != b[j - 1]);
			if (up + 1 < best)
				best = up + 1;
			if (row[j - 1] + 1 < best)
				best = row[j - 1] + 1;
			row[j] = best;
			diag = up;
		}
	}
	return row[lb];
}

const char *xw_suggest(const char *word, const char *const *names, size_t n)
{
	const char *best = NULL;
	size_t best_d = (size_t)-1, limit = strlen(word) / 3 + 1;

	for (size_t i = 0; i < n; i++) {
		size_t d;
		if (!names[i])
			continue;
		d = edit_distance(word, names[i]);
		if (d < best_d) {
			best_d = d;
			best = names[i];
		}
	}
	return best_d <= limit ? best : NULL;
}

int xw_schema_unknown(const struct xw_schema *s, const char *name,
		      struct xw_error *err)
{
	const char *names[64], *hint;
	size_t n = 0;

	for (size_t i = 0; i < s->n_fields && n < 64; i++)
		names[n++] = s->fields[i].name;
	hint = xw_suggest(name, names, n);
	if (hint)
		return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				    "unknown key '%s' in %s (did you mean '%s'?)",
				    name, s->what, hint);
	return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
			    "unknown key '%s' in %s", name, s->what);
}

int xw_schema_set(const struct xw_schema *s, void *obj, const char *key,
		  const char *sub, const char *value, struct xw_error *err)
{
	const char *dot = strchr(key, '.');
	const struct xw_field *f;
	char head[64];

	if (dot && (size_t)(dot - key) < sizeof(head)) {
		memcpy(head, key, (size_t)(dot - key));
		head[dot - key] = '\0';
		f = xw_schema_field(s, head);
		if (f && f->shape == XW_SHAPE_NESTED)
			return xw_schema_set(f->child, obj, dot + 1, sub,
					     value, err);
	}
	f = xw_schema_field(s, key);
	if (!f)
		return xw_schema_unknown(s, key, err);
	if (f->shape == XW_SHAPE_NESTED || f->shape == XW_SHAPE_OBJECTS)
		return xw_error_set(err, XW_EUSAGE, NULL, 0, 0,
				    "'%s' is not a value field of %s", key, s->what);
	if (f->shape == XW_SHAPE_MAP && !sub)
		return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				    "'%s' in %s needs a sub-key", key, s->what);
	return f->set(obj, sub, value, err);
}

int xw_enum_parse(const char *value, const char *const *names, size_t n)
{
	for (size_t i = 0; i < n; i++)
		if (names[i] && strcmp(value, names[i]) == 0)
			return (int)i;
	return -1;
}

int xw_enum_error(const char *what, const char *value,
		  const char *const *names, size_t n, struct xw_error *err)
{
	struct xw_buf list = XW_BUF_INIT;
	const char *hint = xw_suggest(value, names, n);
	int rc;

	for (size_t i = 0; i < n; i++) {
		if (!names[i])
			continue;
		xw_buf_puts(&list, list.len ? ", " : "");
		xw_buf_puts(&list, names[i]);
	}
	if (hint)
		rc = xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				  "'%s' is not a valid %s (did you mean '%s'?)",
				  value, what, hint);
	else
		rc = xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				  "'%s' is not a valid %s; expected one of: %s",
				  value, what, list.failed ? "?" : list.data);
	xw_buf_reset(&list);
	return rc;
}

int xw_enum_pick(const char *what, const char *value,
		 const char *const *names, size_t n, struct xw_error *err)
{
	int i = xw_enum_parse(value, names, n);

	return i >= 0 ? i : xw_enum_error(what, value, names, n, err);
}
