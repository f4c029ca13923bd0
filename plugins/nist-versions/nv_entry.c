/* SPDX-License-Identifier: MIT */
#include <stdlib.h>
#include <string.h>
#include <strings.h>

#include "cprt_text.h"
#include "nv_entry.h"
#include "sp80053_id.h"

/* NIST's legend, by the start of a notation (case aside). */
static const struct { const char *start; unsigned bit; int state; } notations[] = {
	{ "New base control", 0, NV_NEW },
	{ "New control enhancement", 0, NV_NEW },
	{ "Withdrawn", 0, NV_WITHDRAWN_NOW },
	{ "Changes title", NV_CH_TITLE, -1 },
	{ "Changes control text", NV_CH_TEXT, -1 },
	{ "Changes text", NV_CH_TEXT, -1 },
	{ "Removes control text", NV_CH_TEXT, -1 },
	{ "Adds control text", NV_CH_ADDS_TEXT, -1 },
	{ "Adds parameter", NV_CH_PARAMETER, -1 },
	{ "Changes parameter", NV_CH_PARAMETER, -1 },
	{ "Removes parameter", NV_CH_PARAMETER, -1 },
	{ "Adds discussion", NV_CH_DISCUSSION, -1 },
	{ "Changes discussion", NV_CH_DISCUSSION, -1 },
	{ "Adds to ", NV_CH_BASELINE, -1 },
};

static bool starts_nocase(struct cprt_span a, const char *prefix)
{
	size_t n = strlen(prefix);

	return a.n >= n && strncasecmp(a.s, prefix, n) == 0;
}

/* @line with each no-break space (NIST types some) a space, into @buf. */
static struct cprt_span plain_spaces(struct cprt_span line, char *buf, size_t size)
{
	size_t n = 0;

	for (size_t i = 0; i < line.n && n + 1 < size; i++) {
		bool nbsp = i + 1 < line.n && (unsigned char)line.s[i] == 0xc2 &&
			    (unsigned char)line.s[i + 1] == 0xa0;

		buf[n++] = nbsp ? ' ' : line.s[i];
		i += nbsp;
	}
	return (struct cprt_span){ buf, n };
}

/* One notation line into @e; false when NIST's legend has no such one. */
static bool notation(struct cprt_span line, struct nv_entry *e)
{
	char buf[128];

	if (cprt_span_is(line, "N"))
		return true;
	line = plain_spaces(line, buf, sizeof(buf));
	for (size_t i = 0; i < sizeof(notations) / sizeof(notations[0]); i++)
		if (starts_nocase(line, notations[i].start)) {
			e->changes |= notations[i].bit;
			if (notations[i].state >= 0)
				e->state = (enum nv_state)notations[i].state;
			return true;
		}
	return false;
}

static int read_notations(const struct nv_sheet *s, struct nv_entry *e)
{
	const char *p = e->notations;

	e->state = NV_KEPT;
	while (*p) {
		const char *nl = strchr(p, '\n');
		struct cprt_span line = cprt_trim(p, nl ? (size_t)(nl - p) : strlen(p));

		if (line.n && !notation(line, e))
			return nv_sheet_fail(s, e->row, NV_COL_CHANGES, XW_EINVAL,
					     "'%.*s' is no change notation of NIST's legend",
					     (int)line.n, line.s);
		p += nl ? (size_t)(nl - p) + 1 : strlen(p);
	}
	if (e->state == NV_KEPT && starts_nocase(cprt_trim_str(e->details), "Previously withdrawn"))
		e->state = NV_WITHDRAWN_BEFORE;
	return 0;
}

/* The span of @line (@n bytes) up to its last @quote; a span with s NULL when it has none. */
static struct cprt_span before_last(const char *line, size_t n, const char *quote)
{
	size_t q = strlen(quote);

	for (size_t end = n; end >= q; end--)
		if (memcmp(line + end - q, quote, q) == 0)
			return cprt_trim(line, end - q);
	return (struct cprt_span){ NULL, 0 };
}

/* "Title changed from 'X'" (NIST's quotes straight or curly): X; else a span with s NULL. */
static struct cprt_span old_title(const char *details)
{
	static const char *const quotes[][2] = {
		{ "'", "'" },
		{ "\xe2\x80\x98", "\xe2\x80\x99" },   /* the curly ones */
	};
	static const char from[] = "Title changed from ";
	const char *at = strstr(details, from), *nl;
	size_t n;

	if (!at)
		return (struct cprt_span){ NULL, 0 };
	at += strlen(from);
	nl = strchr(at, '\n');
	n = nl ? (size_t)(nl - at) : strlen(at);
	for (size_t q = 0; q < sizeof(quotes) / sizeof(quotes[0]); q++) {
		size_t open = strlen(quotes[q][0]);

		/* the last closing quote of the line: titles hold apostrophes */
		if (n > open && strncmp(at, quotes[q][0], open) == 0)
			return before_last(at + open, n - open, quotes[q][1]);
	}
	return (struct cprt_span){ NULL, 0 };
}

/* The title as the row gives it: an enhancement's own part, without "(Family)". */
static struct cprt_span row_title(const char *cell)
{
	const char *bar = strrchr(cell, '|');
	struct cprt_span t = cprt_trim_str(bar ? bar + 1 : cell);

	if (t.n && t.s[0] == '(') {
		const char *close = memchr(t.s, ')', t.n);
		if (close)
			t = cprt_trim(close + 1, t.n - (size_t)(close + 1 - t.s));
	}
	return t;
}

static int read_id(const struct nv_sheet *s, struct nv_entry *e)
{
	const char *cell = nv_sheet_get(s, e->row, NV_COL_ID);
	char *dot;

	if (sp80053_id(cell, e->id, sizeof(e->id)) < 0 || !strchr(e->id, '-'))
		return nv_sheet_fail(s, e->row, NV_COL_ID, XW_EINVAL,
				     "'%s' is not an SP 800-53 control id (expected 'AC-2' or 'AC-2(1)')",
				     cell);
	memcpy(e->parent, e->id, sizeof(e->parent));
	dot = strchr(e->parent, '.');
	*(dot ? dot : strchr(e->parent, '-')) = '\0';
	return 0;
}

static int read_editorial(const struct nv_sheet *s, struct nv_entry *e)
{
	struct cprt_span yn = cprt_trim_str(nv_sheet_get(s, e->row, NV_COL_EDITORIAL));

	if (yn.n != 1 || !strchr("YyNn", yn.s[0]))
		return nv_sheet_fail(s, e->row, NV_COL_EDITORIAL, XW_EINVAL,
				     "'%.*s' is neither Y nor N", (int)yn.n, yn.s);
	e->editorial = yn.s[0] == 'N' || yn.s[0] == 'n';
	return 0;
}

int nv_entry_read(const struct nv_sheet *s, uint32_t row, struct nv_entry *e)
{
	struct cprt_span title;
	int rc;

	memset(e, 0, sizeof(*e));
	e->row = row;
	e->notations = nv_sheet_get(s, row, NV_COL_CHANGES);
	e->details = nv_sheet_get(s, row, NV_COL_DETAILS);
	if ((rc = read_id(s, e)) < 0 || (rc = read_editorial(s, e)) < 0 ||
	    (rc = read_notations(s, e)) < 0)
		return rc;
	title = old_title(e->details);
	if (!title.s)
		title = row_title(nv_sheet_get(s, row, NV_COL_TITLE));
	if (!(e->title = cprt_squeeze(title))) {
		s->h->at(s->call, 0, 0);
		return s->h->error(s->call, XW_ENOMEM, "out of memory");
	}
	return 0;
}

void nv_entry_free(struct nv_entry *e)
{
	free(e->title);
	e->title = NULL;
}

int nv_walk(const struct nv_sheet *s, nv_visit_fn visit, void *ctx)
{
	int rc = 0;

	for (uint32_t row = s->first_row; rc == 0 && row <= s->last_row; row++) {
		struct nv_entry e;

		if (!cprt_trim_str(nv_sheet_get(s, row, NV_COL_ID)).n)
			continue;
		if ((rc = nv_entry_read(s, row, &e)) == 0)
			rc = visit(ctx, &e);
		nv_entry_free(&e);
	}
	return rc;
}
