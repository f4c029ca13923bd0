/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "csv_emit.h"

void csv_emit_bom(const struct xw_host *h, struct xw_output *out)
{
	h->write(out, "\xEF\xBB\xBF", 3);
}

void csv_emit_cell(const struct xw_host *h, struct xw_output *out,
		   const char *text, bool first)
{
	if (!first)
		h->write(out, ",", 1);
	if (!text[strcspn(text, ",\"\r\n")]) {
		h->write(out, text, strlen(text));
		return;
	}
	h->write(out, "\"", 1);
	/* each quote written twice: the run up to and with it, then one more */
	for (const char *q; (q = strchr(text, '"')); text = q + 1) {
		h->write(out, text, (size_t)(q - text) + 1);
		h->write(out, "\"", 1);
	}
	h->write(out, text, strlen(text));
	h->write(out, "\"", 1);
}

void csv_emit_end(const struct xw_host *h, struct xw_output *out)
{
	h->write(out, "\r\n", 2);
}
