/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_options.h"
#include "cprt_text.h"

#define TARGET_KEY "target"

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
			"%s '%.*s' for the nist-cprt plugin; its one option is "
			"target=TARGET, TARGET being %s", what, (int)item.n, item.s, list);
}

/* One KEY=VALUE item of the options. */
static int option(const struct xw_host *h, struct xw_call *call, struct cprt_span item,
		  const struct cprt_target **out)
{
	const char *eq = memchr(item.s, '=', item.n);
	struct cprt_span key, value;
	char name[64];

	if (!eq)
		return bad(h, call, "an option without '='", item);
	key = cprt_trim(item.s, (size_t)(eq - item.s));
	value = cprt_trim(eq + 1, item.n - (size_t)(eq - item.s) - 1);
	if (!cprt_span_is(key, TARGET_KEY))
		return bad(h, call, "an unknown option", item);
	if (*out)
		return bad(h, call, "a second target", item);
	if (value.n >= sizeof(name))
		return bad(h, call, "an unknown target", value);
	memcpy(name, value.s, value.n);
	name[value.n] = '\0';
	if (!(*out = cprt_target_find(name)))
		return bad(h, call, "an unknown target", value);
	return 0;
}

int cprt_options_target(const struct xw_host *h, struct xw_call *call,
			const struct xw_input *in, const struct cprt_target **out)
{
	const char *p = options_of(h, in);

	*out = NULL;
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
	const struct cprt_target *t;
	int rc = cprt_options_target(h, call, in, &t);

	if (rc < 0 || !t)
		return rc;
	h->at(call, 0, 0);
	return h->error(call, XW_EUNSUPPORTED,
			"target=%s reads NIST's informative references as a mapping set, "
			"not the framework: use --kind mapping", t->name);
}
