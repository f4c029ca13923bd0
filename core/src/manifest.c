/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "xwalk/content.h"
#include "xwalk/io.h"
#include "manifest.h"

#define MAGIC "xwalk-manifest 1"

/* The capability words of the "reads" and "writes" lines. */
static const struct cap_word {
	const char *key, *word;
	unsigned cap;
} cap_words[] = {
	{ "reads", "framework", XW_CAN_READ_FRAMEWORK },
	{ "reads", "mapping", XW_CAN_READ_MAPPING },
	{ "reads", "assessment", XW_CAN_READ_ASSESSMENT },
	{ "reads", "profiles", XW_CAN_READ_PROFILES },
	{ "writes", "framework", XW_CAN_WRITE_FRAMEWORK },
	{ "writes", "mapping", XW_CAN_WRITE_MAPPING },
	{ "writes", "report", XW_CAN_WRITE_REPORT },
};
#define N_CAP_WORDS (sizeof(cap_words) / sizeof(cap_words[0]))

unsigned xw_desc_caps(const struct xw_plugin_descriptor *d)
{
	return (d->read_framework ? XW_CAN_READ_FRAMEWORK : 0) |
	       (d->read_mapping ? XW_CAN_READ_MAPPING : 0) |
	       (d->read_assessment ? XW_CAN_READ_ASSESSMENT : 0) |
	       (d->read_profiles ? XW_CAN_READ_PROFILES : 0) |
	       (d->write_framework ? XW_CAN_WRITE_FRAMEWORK : 0) |
	       (d->write_mapping ? XW_CAN_WRITE_MAPPING : 0) |
	       (d->write_report ? XW_CAN_WRITE_REPORT : 0);
}

unsigned xw_desc_contents(const struct xw_plugin_descriptor *d)
{
	unsigned bits = 0;

	if (!d->probe)
		return 0;
	/* the registry's copy is zero past the plugin's size: NULL there */
	if (!d->contents)
		return XW_CONTENT_ANY;
	for (const char *const *c = d->contents; *c; c++) {
		unsigned bit = xw_content_bit(*c);

		if (!bit)
			return XW_CONTENT_ANY;
		bits |= bit;
	}
	return bits;
}

/* A word the manifest can hold: printable, no white space. */
static bool is_word(const char *s)
{
	if (!s || !*s)
		return false;
	for (; *s; s++)
		if ((unsigned char)*s <= ' ' || *s == 0x7F)
			return false;
	return true;
}

int xw_manifest_format(struct xw_buf *out, const struct xw_plugin_descriptor *d,
		       const char *id, struct xw_error *err)
{
	unsigned caps = xw_desc_caps(d), contents = xw_desc_contents(d);

	if (!is_word(d->name))
		return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
				    "plugin name '%s' has white space or control characters",
				    d->name ? d->name : "");
	xw_buf_puts(out, "# what this plugin reads and writes, so that xwalk loads it only\n"
			 "# for files it may read; written by 'xwalk plugins --manifest'\n");
	xw_buf_printf(out, MAGIC "\nmodule-id %s\nname %s\n", id, d->name);
	for (const char *key = "reads"; key; key = *key == 'r' ? "writes" : NULL) {
		xw_buf_puts(out, key);
		for (size_t i = 0; i < N_CAP_WORDS; i++)
			if (strcmp(cap_words[i].key, key) == 0 && (caps & cap_words[i].cap))
				xw_buf_printf(out, " %s", cap_words[i].word);
		xw_buf_putc(out, '\n');
	}
	xw_buf_puts(out, "contents");
	for (unsigned bit = 1; bit < XW_CONTENT_ANY; bit <<= 1)
		if (contents & bit)
			xw_buf_printf(out, " %s", xw_content_name(bit));
	xw_buf_puts(out, "\nextensions");
	for (const char *const *e = d->extensions; e && *e; e++) {
		if (!is_word(*e))
			return xw_error_set(err, XW_EINVAL, NULL, 0, 0,
					    "extension '%s' has white space or control characters", *e);
		xw_buf_printf(out, " %s", *e);
	}
	xw_buf_putc(out, '\n');
	return 0;
}

void xw_manifest_clear(struct xw_manifest *m)
{
	for (char **e = m->extensions; e && *e; e++)
		free(*e);
	free(m->extensions);
	free(m->path);
	free(m->name);
	memset(m, 0, sizeof(*m));
}

/* One line of a manifest being read, split into words in place. */
struct line {
	const char *file;
	unsigned no;
	char *start;      /* for columns */
	char *p;          /* the next word */
	struct xw_error *err;
};

/* The next word of @l, NUL-terminated in place; NULL at the end. */
static char *next_word(struct line *l, unsigned *col)
{
	char *w;

	while (*l->p == ' ')
		l->p++;
	if (!*l->p)
		return NULL;
	w = l->p;
	*col = (unsigned)(w - l->start) + 1;
	while (*l->p && *l->p != ' ')
		l->p++;
	if (*l->p)
		*l->p++ = '\0';
	return w;
}

static int bad(struct line *l, unsigned col, const char *what, const char *word)
{
	return xw_error_set(l->err, XW_ESYNTAX, l->file, l->no, col, "%s '%s'", what, word);
}

/* The words after a capability @key, as XW_CAN_* bits into @m. */
static int read_caps(struct line *l, const char *key, struct xw_manifest *m)
{
	unsigned col;

	for (char *w; (w = next_word(l, &col));) {
		size_t i = 0;

		while (i < N_CAP_WORDS && !(strcmp(cap_words[i].key, key) == 0 &&
					    strcmp(cap_words[i].word, w) == 0))
			i++;
		if (i == N_CAP_WORDS)
			return bad(l, col, "manifest: not something a plugin can do:", w);
		m->caps |= cap_words[i].cap;
	}
	return 0;
}

static int read_contents(struct line *l, struct xw_manifest *m)
{
	unsigned col;

	for (char *w; (w = next_word(l, &col));) {
		unsigned bit = xw_content_bit(w);

		if (!bit)
			return bad(l, col, "manifest: not a kind of content:", w);
		m->contents |= bit;
	}
	return 0;
}

static int read_extensions(struct line *l, struct xw_manifest *m)
{
	unsigned col;
	size_t n = 0;
	char **v;

	/* NULL-terminated at every step, so that clearing it is always right */
	if (!(m->extensions = calloc(1, sizeof(*m->extensions))))
		return xw_error_set(l->err, XW_ENOMEM, l->file, l->no, 0, "out of memory");
	for (char *w; (w = next_word(l, &col)); n++) {
		if (!(v = realloc(m->extensions, (n + 2) * sizeof(*v))))
			return xw_error_set(l->err, XW_ENOMEM, l->file, l->no, 0, "out of memory");
		m->extensions = v;
		v[n + 1] = NULL;
		if (!(v[n] = strdup(w)))
			return xw_error_set(l->err, XW_ENOMEM, l->file, l->no, 0, "out of memory");
	}
	return 0;
}

/* The keys after the first line, each given once; bit N of "seen" is keys[N]. */
static const char *const keys[] = { "module-id", "name", "reads", "writes",
				    "contents", "extensions", MAGIC };
#define N_KEYS 6
#define SEEN_ALL ((1u << (N_KEYS + 1)) - 1)

/* Reads line @l into @m: 1 read, 0 the manifest is another build's, < 0 bad. */
static int read_line(struct line *l, struct xw_manifest *m, const char *module_id,
		     unsigned *seen)
{
	unsigned col = 1, k = 0;
	char *key = next_word(l, &col), *w;
	int rc;

	while (k < N_KEYS && strcmp(keys[k], key) != 0)
		k++;
	if (k == N_KEYS)
		return bad(l, col, "manifest: unknown key", key);
	if (*seen & (1u << k))
		return bad(l, col, "manifest: key given twice:", key);
	*seen |= 1u << k;
	switch (k) {
	case 0:
		w = next_word(l, &col);
		/* another build's: not for this module */
		return w && strcmp(w, module_id) == 0;
	case 1:
		w = next_word(l, &col);
		if (!w)
			return bad(l, (unsigned)(l->p - l->start) + 1, "manifest: no plugin name after", key);
		if (!(m->name = strdup(w)))
			return xw_error_set(l->err, XW_ENOMEM, l->file, l->no, 0, "out of memory");
		return 1;
	case 2:
	case 3:
		rc = read_caps(l, key, m);
		break;
	case 4:
		rc = read_contents(l, m);
		break;
	default:
		rc = read_extensions(l, m);
		break;
	}
	return rc < 0 ? rc : 1;
}

int xw_manifest_read(struct xw_manifest *m, const char *path, const char *module,
		     struct xw_error *err)
{
	struct line l = { path, 0, NULL, NULL, err };
	char id[XW_MODULE_ID_MAX];
	unsigned seen = 0;
	char *text, *next;
	size_t len;
	int rc = 1;

	memset(m, 0, sizeof(*m));
	if (access(path, F_OK) < 0 || xw_module_id(module, id, sizeof(id)) < 0)
		return 0;
	rc = xw_file_read(path, XW_MANIFEST_MAX_SIZE, &text, &len, err);
	if (rc < 0)
		return rc;
	rc = 1;
	for (char *s = text; rc == 1 && s; s = next) {
		next = strchr(s, '\n');
		if (next)
			*next++ = '\0';
		l.no++;
		l.start = l.p = s;
		if (!s[strspn(s, " ")] || *s == '#')
			continue;  /* blank, or a comment */
		if (seen == 0 && strcmp(s, MAGIC) != 0) {
			rc = xw_error_set(err, XW_ESYNTAX, path, l.no, 1,
					  "not an xwalk plugin manifest (no '" MAGIC "' line)");
			break;
		}
		if (seen == 0) {
			seen = 1u << N_KEYS;
			continue;
		}
		if (strpbrk(s, "\t\r")) {
			rc = xw_error_set(err, XW_ESYNTAX, path, l.no, 1,
					  "manifest: words are separated by spaces only");
			break;
		}
		rc = read_line(&l, m, id, &seen);
	}
	if (rc == 1 && seen != SEEN_ALL) {
		unsigned k = seen ? 0 : N_KEYS;

		while (seen & (1u << k))
			k++;
		rc = xw_error_set(err, XW_ESYNTAX, path, l.no, 1,
				  "manifest: no '%s' line", keys[k]);
	}
	free(text);
	if (rc == 1 && !(m->path = strdup(module)))
		rc = xw_error_set(err, XW_ENOMEM, path, 0, 0, "out of memory");
	if (rc != 1)
		xw_manifest_clear(m);
	return rc;
}

static bool same_extensions(char *const *a, const char *const *b)
{
	size_t i = 0;

	for (; a[i] && b && b[i]; i++)
		if (strcmp(a[i], b[i]) != 0)
			return false;
	return !a[i] && (!b || !b[i]);
}

bool xw_manifest_matches(const struct xw_manifest *m,
			 const struct xw_plugin_descriptor *d)
{
	return strcmp(m->name, d->name) == 0 && m->caps == xw_desc_caps(d) &&
	       m->contents == xw_desc_contents(d) &&
	       same_extensions(m->extensions, d->extensions);
}
