/* SPDX-License-Identifier: MIT */
/*
 * A minimal working plugin for the tests: it reads and writes the "fake"
 * format, a line-based framework listing:
 *
 *     fake-framework FRAMEWORK-ID
 *     # comments and blank lines are skipped
 *     ITEM-ID title words
 *       !message          reported as an error at the column of the '!'
 *
 * Everything goes through the host table; the plugin never links libxwalk.
 */
#include <stddef.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "xwalk/plugin.h"

#define MAGIC "fake-framework "
#define LINE_MAX_LEN 256

struct state {
	const struct xw_host *host;
};

static int init(const struct xw_host *host, void **state)
{
	struct state *s;

	/* everything used here is in ABI 1.0's table, which ends with write */
	if (host->abi_major != XW_PLUGIN_ABI_MAJOR ||
	    host->struct_size < offsetof(struct xw_host, write) + sizeof(host->write))
		return XW_EPLUGIN;
	s = calloc(1, sizeof(*s));
	if (!s)
		return XW_ENOMEM;
	s->host = host;
	*state = s;
	return 0;
}

static void fini(void *state)
{
	free(state);
}

static int is_fake(const struct xw_input *in)
{
	return in->size >= sizeof(MAGIC) - 1 &&
	       memcmp(in->data, MAGIC, sizeof(MAGIC) - 1) == 0;
}

static int probe(void *state, const struct xw_input *in)
{
	(void)state;
	return is_fake(in) ? 80 : 0;
}

/* Copies @len bytes at @p into @out as a string; fails on long lines. */
static int copy(const struct xw_host *h, struct xw_call *call, char *out,
		const unsigned char *p, size_t len)
{
	if (len >= LINE_MAX_LEN)
		return h->error(call, XW_ELIMIT, "line longer than %d bytes",
				LINE_MAX_LEN - 1);
	memcpy(out, p, len);
	out[len] = '\0';
	return 0;
}

static int read_item(const struct xw_host *h, struct xw_call *call,
		     struct xw_framework *fw, const unsigned char *line,
		     size_t len, unsigned lineno)
{
	char id[LINE_MAX_LEN], title[LINE_MAX_LEN];
	struct xw_item *it;
	size_t i = 0, id_start, id_len;
	int rc;

	while (i < len && line[i] == ' ')
		i++;
	if (i == len || line[i] == '#')
		return 0;
	h->at(call, lineno, (unsigned)i + 1);
	if (line[i] == '!') {
		if ((rc = copy(h, call, title, line + i + 1, len - i - 1)) < 0)
			return rc;
		return h->error(call, XW_EINVAL, "%s", title);
	}
	id_start = i;
	while (i < len && line[i] != ' ')
		i++;
	id_len = i - id_start;
	while (i < len && line[i] == ' ')
		i++;
	if ((rc = copy(h, call, id, line + id_start, id_len)) < 0 ||
	    (rc = copy(h, call, title, line + i, len - i)) < 0)
		return rc;
	if ((rc = h->item_add(call, fw, &it)) < 0 ||
	    (rc = h->item_set(call, it, "id", NULL, id)) < 0 ||
	    (rc = h->item_set(call, it, "kind", NULL, "item")) < 0)
		return rc;
	if (*title && (rc = h->item_set(call, it, "title", "en", title)) < 0)
		return rc;
	return 0;
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	const struct xw_host *h = ((struct state *)state)->host;
	const unsigned char *p = in->data, *end = in->data + in->size;
	char id[LINE_MAX_LEN];
	unsigned lineno = 1;
	int rc;

	if (!is_fake(in))
		return XW_EUNSUPPORTED;
	if ((rc = h->check_utf8(call, (const char *)in->data, in->size, 1)) < 0)
		return rc;
	for (; p < end; lineno++) {
		const unsigned char *nl = memchr(p, '\n', (size_t)(end - p));
		size_t len = (size_t)((nl ? nl : end) - p);

		if (lineno == 1) {
			h->at(call, 1, sizeof(MAGIC));
			if ((rc = copy(h, call, id, p + sizeof(MAGIC) - 1,
				       len - (sizeof(MAGIC) - 1))) < 0 ||
			    (rc = h->framework_set(call, fw, "id", NULL, id)) < 0 ||
			    (rc = h->framework_set(call, fw, "name", "en", "Fake framework")) < 0 ||
			    (rc = h->framework_set(call, fw, "name", "ja", "テスト用フレームワーク")) < 0 ||
			    (rc = h->framework_set(call, fw, "version", NULL, "1")) < 0 ||
			    (rc = h->framework_set(call, fw, "id-pattern", NULL, "[A-Z]+-[0-9]+")) < 0)
				return rc;
		} else if ((rc = read_item(h, call, fw, p, len, lineno)) < 0) {
			return rc;
		}
		p += len + (nl != NULL);
	}
	return 0;
}

static void put(const struct xw_host *h, struct xw_output *out, const char *s)
{
	h->write(out, s, strlen(s));
}

static int write_framework(void *state, struct xw_call *call,
			   const struct xw_framework *fw, struct xw_output *out)
{
	const struct xw_host *h = ((struct state *)state)->host;
	size_t n = h->item_count(fw);

	(void)call;
	put(h, out, MAGIC);
	put(h, out, h->framework_get(fw, "id", NULL, 0));
	put(h, out, "\n");
	for (size_t i = 0; i < n; i++) {
		const struct xw_item *it = h->item_at(fw, i);
		const char *title = h->item_get(it, "title", "en", 0);

		put(h, out, h->item_get(it, "id", NULL, 0));
		if (title) {
			put(h, out, " ");
			put(h, out, title);
		}
		put(h, out, "\n");
	}
	return 0;
}

/* A digest of a report: its title, each section's shape and first cell,
 * and what the host says of the output. */
static int write_report(void *state, struct xw_call *call,
			const struct xw_report *r, struct xw_output *out)
{
	const struct xw_host *h = ((struct state *)state)->host;
	const char *path = h->output_path(out);

	(void)call;
	if (h->struct_size < offsetof(struct xw_host, section_line) + sizeof(h->section_line))
		return XW_EPLUGIN;
	put(h, out, "report ");
	put(h, out, h->report_meta(r, "title") ? h->report_meta(r, "title") : "(none)");
	put(h, out, "\n");
	for (size_t s = 0; s < h->section_count(r); s++) {
		const char *kind = h->section_get(r, s, "kind");
		char shape[64];

		snprintf(shape, sizeof(shape), " %zux%zu+%zu ", h->section_columns(r, s),
			 h->section_rows(r, s), h->section_lines(r, s));
		put(h, out, kind ? kind : "-");
		put(h, out, shape);
		put(h, out, h->section_columns(r, s) ? h->section_column(r, s, 0) : "-");
		put(h, out, "=");
		put(h, out, h->section_rows(r, s) ? h->section_cell(r, s, 0, 0) : "-");
		put(h, out, h->section_lines(r, s) ? h->section_line(r, s, 0) : "");
		put(h, out, "\n");
	}
	put(h, out, "options=");
	put(h, out, h->output_options(out));
	put(h, out, " path=");
	put(h, out, path ? path : "(stdout)");
	put(h, out, "\n");
	return 0;
}

static const char *const extensions[] = { "fake", NULL };

static const struct xw_plugin_descriptor desc = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "fake",
	.version = "1.2.3",
	.description = "line-based test format",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_framework = read_framework,
	.write_framework = write_framework,
	.write_report = write_report,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &desc;
}
