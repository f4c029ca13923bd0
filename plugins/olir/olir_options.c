/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "olir_options.h"
#include "olir_text.h"

static const char *const keys[OLIR_N_OPTIONS] = {
	[OLIR_OPT_SOURCE] = "source",
	[OLIR_OPT_SOURCE_VERSION] = "source-version",
	[OLIR_OPT_TARGET] = "target",
	[OLIR_OPT_TARGET_VERSION] = "target-version",
};

static int bad(const struct xw_host *h, struct xw_call *call, const char *what,
	       const char *s, size_t n)
{
	h->at(call, 0, 0);
	return h->error(call, XW_EUSAGE,
			"%s '%.*s' for the olir plugin; its options are source=ID, "
			"source-version=V, target=ID and target-version=V", what, (int)n, s);
}

/* The key @s (@n bytes) names, or -1. */
static int key_of(const char *s, size_t n)
{
	for (int k = 0; k < OLIR_N_OPTIONS; k++)
		if (strlen(keys[k]) == n && memcmp(keys[k], s, n) == 0)
			return k;
	return -1;
}

/* One KEY=VALUE item, @n bytes at @s, trimmed. */
static int option(const struct xw_host *h, struct xw_call *call, const char *s,
		  size_t n, struct olir_options *o)
{
	const char *eq = memchr(s, '=', n), *key, *value;
	size_t kn, vn;
	char kbuf[OLIR_OPTION_MAX];
	int k;

	if (!eq)
		return bad(h, call, "an option without '='", s, n);
	if ((size_t)(eq - s) >= sizeof(kbuf))
		return bad(h, call, "an unknown option", s, n);
	memcpy(kbuf, s, (size_t)(eq - s));
	kbuf[eq - s] = '\0';
	key = olir_trim(kbuf, &kn);
	if ((k = key_of(key, kn)) < 0)
		return bad(h, call, "an unknown option", s, n);
	if (o->value[k][0])
		return bad(h, call, "a second value in", s, n);
	value = eq + 1;
	vn = n - (size_t)(value - s);
	while (vn && olir_is_blank(*value)) {
		value++;
		vn--;
	}
	if (!vn || vn >= OLIR_OPTION_MAX)
		return bad(h, call, vn ? "a value too long in" : "an empty value in", s, n);
	memcpy(o->value[k], value, vn);
	o->value[k][vn] = '\0';
	return 0;
}

int olir_options_read(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct olir_options *o)
{
	const char *p = h->abi_minor >= 2 && in->options ? in->options : "";

	memset(o, 0, sizeof(*o));
	while (*p) {
		const char *comma = strchr(p, ',');
		size_t n, end = comma ? (size_t)(comma - p) : strlen(p);
		char item[2 * OLIR_OPTION_MAX];
		const char *s;
		int rc;

		if (end >= sizeof(item))
			return bad(h, call, "an option too long", p, end);
		memcpy(item, p, end);
		item[end] = '\0';
		s = olir_trim(item, &n);
		if (n && (rc = option(h, call, s, n, o)) < 0)
			return rc;
		if (!comma)
			break;
		p = comma + 1;
	}
	return 0;
}
