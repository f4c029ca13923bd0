/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_options.h"
#include "cprt_text.h"

#define TARGET_KEY "target"
#define FROM_KEY "from"
#define FROM_VALUE "nist-csf-1.1"

/* The options as the host passed them; "" from a host older than ABI 1.2. */
static const char *options_of(const struct xw_host *h, const struct xw_input *in)
{
	return h->abi_minor >= 2 && in->options ? in->options : "";
}

static int bad(const struct xw_host *h, struct xw_call *call, const char *what,
	       struct cprt_span item)
{
	char list[256];

	cprt_target_list(list, sizeof(list));
	h->at(call, 0, 0);
	return h->error(call, XW_EUSAGE,
			"%s '%.*s' for the nist-cprt plugin; its options are "
			"target=TARGET, TARGET being %s, or " FROM_KEY "=" FROM_VALUE
			" (the version mapping CSF 1.1 -> 2.0)", what, (int)item.n, item.s, list);
}

/* One KEY=VALUE item of the options. */
static int option(const struct xw_host *h, struct xw_call *call, struct cprt_span item,
		  struct cprt_choice *out)
{
	const char *eq = memchr(item.s, '=', item.n);
	struct cprt_span key, value;
	char name[64];

	if (!eq)
		return bad(h, call, "an option without '='", item);
	key = cprt_trim(item.s, (size_t)(eq - item.s));
	value = cprt_trim(eq + 1, item.n - (size_t)(eq - item.s) - 1);
	if (cprt_span_is(key, FROM_KEY)) {
		if (!cprt_span_is(value, FROM_VALUE))
			return bad(h, call, "an unknown version to map from", value);
		if (out->version_map || out->target)
			return bad(h, call, "a second mapping set", item);
		out->version_map = true;
		return 0;
	}
	if (!cprt_span_is(key, TARGET_KEY))
		return bad(h, call, "an unknown option", item);
	if (out->target)
		return bad(h, call, "a second target", item);
	if (out->version_map)
		return bad(h, call, "a second mapping set", item);
	if (value.n >= sizeof(name))
		return bad(h, call, "an unknown target", value);
	memcpy(name, value.s, value.n);
	name[value.n] = '\0';
	if (!(out->target = cprt_target_find(name)))
		return bad(h, call, "an unknown target", value);
	return 0;
}

int cprt_options_read(const struct xw_host *h, struct xw_call *call,
		      const struct xw_input *in, struct cprt_choice *out)
{
	const char *p = options_of(h, in);

	*out = (struct cprt_choice){ NULL, false };
	while (*cprt_trim_str(p).s) {
		const char *comma = strchr(p, ',');
		size_t n = comma ? (size_t)(comma - p) : strlen(p);
		int rc = option(h, call, cprt_trim(p, n), out);

		if (rc < 0)
			return rc;
		if (!comma)
			break;
		p = comma + 1;
	}
	return 0;
}

int cprt_options_for_framework(const struct xw_host *h, struct xw_call *call,
			       const struct xw_input *in)
{
	struct cprt_choice c;
	int rc = cprt_options_read(h, call, in, &c);

	if (rc < 0 || (!c.target && !c.version_map))
		return rc;
	h->at(call, 0, 0);
	if (c.version_map)
		return h->error(call, XW_EUNSUPPORTED,
				FROM_KEY "=" FROM_VALUE " reads NIST's notes on CSF 1.1 as a "
				"version mapping, not the framework: use --kind mapping");
	return h->error(call, XW_EUNSUPPORTED,
			"target=%s reads NIST's informative references as a mapping set, "
			"not the framework: use --kind mapping", c.target->name);
}
