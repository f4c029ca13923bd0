/* SPDX-License-Identifier: MIT */
#ifndef XWALK_REPORT_H
#define XWALK_REPORT_H

/**
 * Reports: what a verb prints, as sections of tables and text, rendered
 * in one of four formats by one implementation each. Rendering is
 * deterministic: the same report gives the same bytes.
 *
 * - text: titles, tables padded by display width (full-width Japanese
 *   counts as two columns), text lines;
 * - csv: each table as RFC 4180 CSV (header row first), tables separated
 *   by an empty line; text lines are left out;
 * - json: {"sections": [{"title", "kind" (when set), "columns",
 *   "rows": [{col: value}], "text"}]};
 * - md: "## title", pipe tables, text as paragraphs.
 *
 * Appending never fails visibly: an allocation failure marks the report
 * failed and rendering reports XW_ENOMEM.
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/buf.h"
#include "xwalk/error.h"

enum xw_report_format {
	XW_FORMAT_TEXT,
	XW_FORMAT_CSV,
	XW_FORMAT_JSON,
	XW_FORMAT_MD,
};

struct xw_report_section {
	char *title;          /* may be NULL */
	char *kind;           /* what the table is, for writer plugins; may be NULL */
	char **columns;
	size_t n_columns;
	char **cells;         /* n_rows x n_columns */
	size_t n_rows;
	char **text;          /* lines after the table */
	size_t n_text;
};

struct xw_report {
	struct xw_report_section *v;
	size_t n;
	char **meta;          /* key, value, key, value... */
	size_t n_meta;        /* number of pairs */
	bool failed;
};

#define XW_REPORT_INIT { NULL, 0, NULL, 0, false }

/** Starts a section; @title may be NULL. @columns: NULL-terminated, or NULL for none. */
void xw_report_section(struct xw_report *r, const char *title,
		       const char *const *columns);
/**
 * Names what the current section's table is ("matrix", "rows",
 * "checklist"...; docs/engine.md lists the kinds and their columns), so
 * writer plugins can lay it out. The four built-in formats ignore it.
 */
void xw_report_kind(struct xw_report *r, const char *kind);
/** Sets a report-wide fact for writers ("title", "source", "date"...). */
void xw_report_meta(struct xw_report *r, const char *key, const char *value);
/** The value of @key set by xw_report_meta(), or NULL. */
const char *xw_report_meta_get(const struct xw_report *r, const char *key);
/** Appends a row of the current section's width; NULL cells print as "". */
void xw_report_row(struct xw_report *r, const char *const *cells);
/** Appends a line of text to the current section. */
void xw_report_text(struct xw_report *r, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));
void xw_report_clear(struct xw_report *r);

/** Parses "text", "csv", "json", "md"; -1 for anything else. */
int xw_report_format_parse(const char *s);

/**
 * Renders @r in @format onto @out. Errors: XW_ENOMEM, also when building
 * @r ran out of memory (a report missing a part is never rendered); @out
 * is then reset.
 */
int xw_report_render(const struct xw_report *r, enum xw_report_format format,
		     struct xw_buf *out, struct xw_error *err);

#endif
