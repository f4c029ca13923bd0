/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "cprt_cell.h"
#include "cprt_successors.h"

static const char *const phrases[] = {
	[CPRT_INCORPORATED_INTO] = "Incorporated into",
	[CPRT_MOVED_TO] = "Moved to",
	[CPRT_MOVED_INTO] = "Moved into",
};

int cprt_note_phrase(struct cprt_span note)
{
	for (int i = 0; i < (int)(sizeof(phrases) / sizeof(phrases[0])); i++) {
		size_t n = strlen(phrases[i]);

		if (cprt_span_starts(note, phrases[i]) && n < note.n && note.s[n] == ' ')
			return i;
	}
	return -1;
}

/* The note after its phrase, or a span with s NULL when it has none of them. */
static struct cprt_span after_phrase(struct cprt_span note)
{
	int i = cprt_note_phrase(note);
	size_t n = i < 0 ? 0 : strlen(phrases[i]);

	return i < 0 ? (struct cprt_span){ NULL, 0 } : cprt_trim(note.s + n, note.n - n);
}

int cprt_successors(struct cprt_span note, struct cprt_span ids[CPRT_SUCCESSORS_MAX])
{
	struct cprt_span list = after_phrase(note);
	const char *p, *end;
	int n = 0;

	if (!list.s || !list.n)
		return -1;
	p = list.s;
	end = list.s + list.n;
	for (;;) {
		const char *comma = memchr(p, ',', (size_t)(end - p));
		const char *stop = comma ? comma : end;

		if (n == CPRT_SUCCESSORS_MAX)
			return -1;
		ids[n] = cprt_trim(p, (size_t)(stop - p));
		if (!cprt_id_any(ids[n++]))
			return -1;
		if (!comma)
			return n;
		p = comma + 1;
	}
}
