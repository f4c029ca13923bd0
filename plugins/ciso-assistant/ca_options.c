/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_options.h"

#define USAGE "the ciso-assistant plugin's options are id=ID and version=V (framework " \
	      "libraries), framework=FILE, set=KEY and missing-rationale=related (mapping libraries)"

static int bad(const struct ca_ctx *c, const char *what, const char *item)
{
	return ca_fail(c, NULL, XW_EUSAGE, "%s '%s': %s", what, item, USAGE);
}

static int once(const struct ca_ctx *c, const char **slot, const char *value, const char *item)
{
	if (*slot)
		return bad(c, "an option given twice", item);
	*slot = value;
	return 0;
}

/* One KEY=VALUE item, NUL-terminated in the buffer; splits it there. */
static int option(const struct ca_ctx *c, char *item, struct ca_options *o)
{
	char *eq = strchr(item, '=');
	const char *key = item, *value;

	if (!eq)
		return bad(c, "an option without '='", item);
	*eq = '\0';
	value = eq + 1;
	if (strcmp(key, "id") == 0)
		return once(c, &o->id, value, key);
	if (strcmp(key, "version") == 0)
		return once(c, &o->version, value, key);
	if (strcmp(key, "set") == 0)
		return once(c, &o->set, value, key);
	if (strcmp(key, "missing-rationale") == 0) {
		if (strcmp(value, "related") != 0)
			return bad(c, "an unknown missing-rationale value", value);
		if (o->missing_rationale_related)
			return bad(c, "an option given twice", key);
		o->missing_rationale_related = true;
		return 0;
	}
	if (strcmp(key, "framework") == 0) {
		if (o->n_framework == CA_MAX_FRAMEWORK_FILES)
			return bad(c, "more than 8 framework libraries, at", value);
		o->framework[o->n_framework++] = value;
		return 0;
	}
	return bad(c, "an unknown option", key);
}

int ca_options_parse(const struct ca_ctx *c, const struct xw_input *in, struct ca_options *o)
{
	const char *text = c->h->abi_minor >= 2 && in->options ? in->options : "";
	char *p;

	memset(o, 0, sizeof(*o));
	if (strlen(text) >= sizeof(o->buf))
		return ca_fail(c, NULL, XW_EUSAGE, "the ciso-assistant options are longer than %zu bytes",
			       sizeof(o->buf) - 1);
	strcpy(o->buf, text);
	for (p = o->buf; *p;) {
		char *comma = strchr(p, ',');
		int rc;

		if (comma)
			*comma = '\0';
		if ((rc = option(c, p, o)) < 0)
			return rc;
		if (!comma)
			break;
		p = comma + 1;
	}
	return 0;
}

const char *ca_options_foreign(const struct ca_options *o, bool for_mapping)
{
	if (for_mapping)
		return o->id ? "id" : o->version ? "version" : NULL;
	return o->n_framework ? "framework" : o->set ? "set" :
	       o->missing_rationale_related ? "missing-rationale" : NULL;
}
