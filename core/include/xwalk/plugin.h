/* SPDX-License-Identifier: MIT */
#ifndef XWALK_PLUGIN_H
#define XWALK_PLUGIN_H

/**
 * The plugin ABI. This is the only header a plugin includes.
 *
 * A plugin is a shared module that exports one function,
 * XW_PLUGIN_ENTRY_NAME, returning a pointer to a constant descriptor.
 * The host checks the descriptor's ABI major version and size, then
 * calls init() once with a table of host services. A plugin never links
 * libxwalk and never allocates model objects: it builds frameworks,
 * mapping sets and assessments through the host table, and reads them
 * (for writers) through the same table. Model objects are opaque here.
 *
 * Strings passed to the host are copied; strings returned by the host
 * are borrowed and valid until the object is freed. All text is UTF-8.
 *
 * Return values: 0 on success or a negative XW_E* code (xwalk/error.h).
 * To fail with a message, return host->error(call, ...), which records
 * file:line:col from the last host->at() position. A reader handed a
 * file that is not of its kind (a mapping CSV given to read_framework)
 * returns XW_EUNSUPPORTED without a message; the host then tries the
 * plugin's next reader.
 *
 * ABI rules: the major version changes when a field is removed or
 * changes meaning; the minor version when fields are appended. Both
 * structs carry their size, so either side can tell which fields the
 * other has.
 */

#include <stddef.h>
#include <stdint.h>

#include "xwalk/error.h" /* the XW_E* codes; plugins call none of its functions */

#define XW_PLUGIN_ABI_MAJOR 1
#define XW_PLUGIN_ABI_MINOR 5
#define XW_PLUGIN_ENTRY_NAME "xwalk_plugin_entry"

#ifdef __cplusplus
extern "C" {
#endif

struct xw_framework;
struct xw_item;
struct xw_profile;
struct xw_question;
struct xw_mapping;
struct xw_row;
struct xw_assessment;
struct xw_result;
struct xw_call;     /* one host call into the plugin: its file and errors */
struct xw_output;   /* where a writer puts its bytes */
struct xw_report;   /* what a verb prints: sections of tables (ABI 1.4) */

/** A file handed to a reader: already read within the host's limits. */
struct xw_input {
	const char *path;            /* for messages */
	const unsigned char *data;   /* NUL-terminated for convenience */
	size_t size;
	/* ABI 1.2 (read only when host->abi_minor >= 2): the reader's options
	 * as the user gave them after the plugin name, "--from NAME:OPTIONS"
	 * (e.g. "target=iso27001-2022"); "" when none. */
	const char *options;
};

struct xw_host {
	uint32_t abi_major;
	uint32_t abi_minor;
	uint32_t struct_size;

	/* Reporting. at() sets the position later errors refer to
	 * (line, column 1-based; 0 for none). error() returns @code. */
	void (*at)(struct xw_call *call, unsigned line, unsigned column);
	int (*error)(struct xw_call *call, int code, const char *fmt, ...)
		__attribute__((format(printf, 3, 4)));
	void (*warn)(struct xw_call *call, const char *fmt, ...)
		__attribute__((format(printf, 2, 3)));
	/* Checks that @len bytes at @text are UTF-8 without NUL; on failure
	 * reports line:col counted from @line (the text's first line). */
	int (*check_utf8)(struct xw_call *call, const char *text, size_t len,
			  unsigned line);

	/* Building. Keys are the native format's (docs/formats.md); list
	 * keys append; map keys take @sub. An error is already reported. */
	int (*framework_set)(struct xw_call *call, struct xw_framework *fw,
			     const char *key, const char *sub, const char *value);
	int (*item_add)(struct xw_call *call, struct xw_framework *fw,
			struct xw_item **out);
	int (*item_set)(struct xw_call *call, struct xw_item *it,
			const char *key, const char *sub, const char *value);
	int (*profile_add)(struct xw_call *call, struct xw_framework *fw,
			   struct xw_profile **out);
	int (*profile_set)(struct xw_call *call, struct xw_profile *p,
			   const char *key, const char *sub, const char *value);
	int (*mapping_set)(struct xw_call *call, struct xw_mapping *m,
			   const char *key, const char *sub, const char *value);
	int (*row_add)(struct xw_call *call, struct xw_mapping *m,
		       struct xw_row **out);
	int (*row_set)(struct xw_call *call, struct xw_row *r,
		       const char *key, const char *sub, const char *value);
	int (*assessment_set)(struct xw_call *call, struct xw_assessment *a,
			      const char *key, const char *sub, const char *value);
	int (*result_add)(struct xw_call *call, struct xw_assessment *a,
			  struct xw_result **out);
	int (*result_set)(struct xw_call *call, struct xw_result *r,
			  const char *key, const char *sub, const char *value);

	/* Reading, for writers. get() returns a field as text (element
	 * @idx of a list field, 0 for others), or NULL when unset. For a
	 * map field (props) with @sub NULL it returns the @idx-th key. */
	size_t (*item_count)(const struct xw_framework *fw);
	const struct xw_item *(*item_at)(const struct xw_framework *fw, size_t i);
	const char *(*framework_get)(const struct xw_framework *fw,
				     const char *key, const char *sub, size_t idx);
	const char *(*item_get)(const struct xw_item *it, const char *key,
				const char *sub, size_t idx);
	size_t (*row_count)(const struct xw_mapping *m);
	const struct xw_row *(*row_at)(const struct xw_mapping *m, size_t i);
	const char *(*mapping_get)(const struct xw_mapping *m, const char *key,
				   const char *sub, size_t idx);
	const char *(*row_get)(const struct xw_row *r, const char *key,
			       const char *sub, size_t idx);

	/* Output, for writers: append bytes. Never fails visibly; the host
	 * checks for allocation failure once at the end. */
	void (*write)(struct xw_output *out, const void *data, size_t len);

	/* ABI 1.1: check struct_size >= offsetof(struct xw_host, profile_count)
	 * + its size before calling these. */
	size_t (*profile_count)(const struct xw_framework *fw);
	const struct xw_profile *(*profile_at)(const struct xw_framework *fw, size_t i);
	const char *(*profile_get)(const struct xw_profile *p, const char *key,
				   const char *sub, size_t idx);
	/* The @idx-th text hash a row recorded at review, of @side
	 * "source-hashes" or "target-hashes": returns the item id and fills
	 * @hex (16 hex digits), or NULL past the end. */
	const char *(*row_hash_get)(const struct xw_row *r, const char *side,
				    size_t idx, char hex[17]);
	/* Level advice (framework_get answers "advice.default" and
	 * "advice.note" with @sub ja/en): its questions, to read and build. */
	size_t (*question_count)(const struct xw_framework *fw);
	const struct xw_question *(*question_at)(const struct xw_framework *fw, size_t i);
	const char *(*question_get)(const struct xw_question *q, const char *key,
				    const char *sub, size_t idx);
	int (*question_add)(struct xw_call *call, struct xw_framework *fw,
			    struct xw_question **out);
	int (*question_set)(struct xw_call *call, struct xw_question *q,
			    const char *key, const char *sub, const char *value);

	/* ABI 1.3: an item of a finished framework by id, to change it (in
	 * read_profiles: item_set(it, "profiles", NULL, id)); NULL if none. */
	struct xw_item *(*item_find)(struct xw_framework *fw, const char *id);

	/* ABI 1.4. The output a writer fills: its options, the text after
	 * "NAME:" in --to or --format NAME:OPTIONS ("" when none), and the
	 * file it will replace (NULL for standard output), so a writer can
	 * choose a layout by the file name. */
	const char *(*output_options)(const struct xw_output *out);
	const char *(*output_path)(const struct xw_output *out);
	/* Reading a report, for write_report. A report has facts by key
	 * (report_meta: "verb", "title", "lang", "source", "target",
	 * "profile", "date"; NULL when unset) and sections. A section has
	 * "title" and "kind" (section_get; NULL when unset; docs/engine.md
	 * lists the kinds and their columns), a table of section_columns x
	 * section_rows cells ("" when empty, never NULL), and lines of text.
	 * Indexes out of range give NULL or 0. */
	const char *(*report_meta)(const struct xw_report *r, const char *key);
	size_t (*section_count)(const struct xw_report *r);
	const char *(*section_get)(const struct xw_report *r, size_t s,
				   const char *key);
	size_t (*section_columns)(const struct xw_report *r, size_t s);
	size_t (*section_rows)(const struct xw_report *r, size_t s);
	size_t (*section_lines)(const struct xw_report *r, size_t s);
	const char *(*section_column)(const struct xw_report *r, size_t s, size_t c);
	const char *(*section_cell)(const struct xw_report *r, size_t s,
				    size_t row, size_t c);
	const char *(*section_line)(const struct xw_report *r, size_t s, size_t i);
};

struct xw_plugin_descriptor {
	uint32_t abi_major;          /* XW_PLUGIN_ABI_MAJOR */
	uint32_t abi_minor;          /* XW_PLUGIN_ABI_MINOR */
	uint32_t struct_size;        /* sizeof(struct xw_plugin_descriptor) */
	const char *name;            /* short id, e.g. "csv" */
	const char *version;
	const char *description;
	const char *const *extensions; /* NULL-terminated, e.g. {"csv", NULL} */

	/* Optional. Called once after loading; *state is passed back. */
	int (*init)(const struct xw_host *host, void **state);
	void (*fini)(void *state);

	/* How sure the plugin is that it can read @in: 0 (no) to 100. */
	int (*probe)(void *state, const struct xw_input *in);

	/* Readers and writers; NULL when not supported. */
	int (*read_framework)(void *state, struct xw_call *call,
			      const struct xw_input *in, struct xw_framework *fw);
	int (*read_mapping)(void *state, struct xw_call *call,
			    const struct xw_input *in, struct xw_mapping *m);
	int (*read_assessment)(void *state, struct xw_call *call,
			       const struct xw_input *in, struct xw_assessment *a);
	int (*write_framework)(void *state, struct xw_call *call,
			       const struct xw_framework *fw, struct xw_output *out);
	int (*write_mapping)(void *state, struct xw_call *call,
			     const struct xw_mapping *m, struct xw_output *out);

	/* ABI 1.3: reads @in as profiles (named item sets, such as the
	 * baselines of a control catalog) of @fw, a framework read before
	 * from another file: profile_add/profile_set for each, and item_find
	 * + item_set(it, "profiles", NULL, ID) for its items. Items may not be
	 * added. The host checks the framework again afterwards. */
	int (*read_profiles)(void *state, struct xw_call *call,
			     const struct xw_input *in, struct xw_framework *fw);

	/* ABI 1.4: renders what a verb prints in this plugin's format, for
	 * `xwalk --format NAME VERB ...` (an Excel workbook, an HTML page).
	 * The host writes the bytes to --output FILE atomically, or to
	 * standard output when that is not a terminal. */
	int (*write_report)(void *state, struct xw_call *call,
			    const struct xw_report *r, struct xw_output *out);

	/* ABI 1.5: the kinds of content probe() may say yes to, by how a
	 * file begins (docs/plugins.md): "zip", "xml", "json", "text";
	 * NULL-terminated. The host probes the plugin only with files of
	 * these kinds, and does not even load it for others. NULL (or an
	 * older descriptor): every file. A plugin without probe() sets
	 * { NULL }. */
	const char *const *contents;
};

typedef const struct xw_plugin_descriptor *(*xw_plugin_entry_fn)(void);

#ifdef __cplusplus
}
#endif

#endif
