/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>

#include "xwalk/text.h"

static const char *const lang_names[XW_LANG_COUNT] = { "ja", "en" };

const char *xw_lang_name(int lang)
{
	return lang >= 0 && lang < XW_LANG_COUNT ? lang_names[lang] : NULL;
}

int xw_lang_parse(const char *s)
{
	for (int i = 0; i < XW_LANG_COUNT; i++)
		if (s && strcmp(s, lang_names[i]) == 0)
			return i;
	return XW_LANG_NONE;
}

const char *xw_ltext_get(const struct xw_ltext *t, int lang)
{
	if (lang >= 0 && lang < XW_LANG_COUNT && t->s[lang])
		return t->s[lang];
	for (int i = 0; i < XW_LANG_COUNT; i++)
		if (t->s[i])
			return t->s[i];
	return NULL;
}

void xw_ltext_clear(struct xw_ltext *t)
{
	for (int i = 0; i < XW_LANG_COUNT; i++) {
		free(t->s[i]);
		t->s[i] = NULL;
	}
}

int xw_str_set(char **dst, const char *src, struct xw_error *err)
{
	char *copy = strdup(src);

	if (!copy)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	free(*dst);
	*dst = copy;
	return 0;
}

int xw_strlist_add(struct xw_strlist *l, const char *s, struct xw_error *err)
{
	char **v;

	/* grow in powers of two: n is a power of two exactly when full */
	if ((l->n & (l->n - 1)) == 0) {
		v = realloc(l->v, (l->n ? l->n * 2 : 1) * sizeof(*v));
		if (!v)
			return xw_error_set(err, XW_ENOMEM, NULL, 0, 0,
					    "out of memory");
		l->v = v;
	}
	l->v[l->n] = NULL;
	if (xw_str_set(&l->v[l->n], s, err) < 0)
		return err ? err->code : XW_ENOMEM;
	l->n++;
	return 0;
}

long xw_strlist_find(const struct xw_strlist *l, const char *s)
{
	for (size_t i = 0; i < l->n; i++)
		if (strcmp(l->v[i], s) == 0)
			return (long)i;
	return -1;
}

void xw_strlist_clear(struct xw_strlist *l)
{
	for (size_t i = 0; i < l->n; i++)
		free(l->v[i]);
	free(l->v);
	l->v = NULL;
	l->n = 0;
}

int xw_props_set(struct xw_props *p, const char *key, const char *value,
		 struct xw_error *err)
{
	struct xw_prop *v;

	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].key, key) == 0)
			return xw_str_set(&p->v[i].value, value, err);
	v = realloc(p->v, (p->n + 1) * sizeof(*v));
	if (!v)
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	p->v = v;
	v[p->n].key = strdup(key);
	v[p->n].value = strdup(value);
	if (!v[p->n].key || !v[p->n].value) {
		free(v[p->n].key);
		free(v[p->n].value);
		return xw_error_set(err, XW_ENOMEM, NULL, 0, 0, "out of memory");
	}
	p->n++;
	return 0;
}

const char *xw_props_get(const struct xw_props *p, const char *key)
{
	for (size_t i = 0; i < p->n; i++)
		if (strcmp(p->v[i].key, key) == 0)
			return p->v[i].value;
	return NULL;
}

void xw_props_clear(struct xw_props *p)
{
	for (size_t i = 0; i < p->n; i++) {
		free(p->v[i].key);
		free(p->v[i].value);
	}
	free(p->v);
	p->v = NULL;
	p->n = 0;
}

int xw_date_valid(const char *s)
{
	static const int days[12] = { 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };
	int y, m, d;

	if (strlen(s) != 10 || s[4] != '-' || s[7] != '-')
		return 0;
	for (int i = 0; i < 10; i++)
		if (i != 4 && i != 7 && (s[i] < '0' || s[i] > '9'))
			return 0;
	y = atoi(s);
	m = atoi(s + 5);
	d = atoi(s + 8);
	if (m < 1 || m > 12 || d < 1 || d > days[m - 1])
		return 0;
	if (m == 2 && d == 29 && !((y % 4 == 0 && y % 100 != 0) || y % 400 == 0))
		return 0;
	return 1;
}
