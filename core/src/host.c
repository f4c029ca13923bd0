/* SPDX-License-Identifier: MIT */
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

#include "xwalk/assessment.h"
#include "xwalk/framework.h"
#include "xwalk/io.h"
#include "xwalk/mapping.h"
#include "xwalk/report.h"
#include "host.h"

__attribute__((format(printf, 3, 4)))
static int error(struct xw_call *call, int code, const char *fmt, ...);
__attribute__((format(printf, 2, 3)))
static void warn(struct xw_call *call, const char *fmt, ...);

static void at(struct xw_call *call, unsigned line, unsigned column)
{
	call->line = line;
	call->column = column;
}

static int error(struct xw_call *call, int code, const char *fmt, ...)
{
	va_list ap;

	if (code >= 0)
		code = XW_EINVAL;
	va_start(ap, fmt);
	xw_error_setv(call->err, code, call->path, call->line, call->column,
		      fmt, ap);
	va_end(ap);
	return code;
}

static void warn(struct xw_call *call, const char *fmt, ...)
{
	struct xw_error w;
	va_list ap;

	/* formatted as an error's message is: on one line */
	va_start(ap, fmt);
	xw_error_setv(&w, XW_OK, NULL, 0, 0, fmt, ap);
	va_end(ap);
	if (call->line)
		fprintf(stderr, "xwalk: %s:%u:%u: warning: %s\n", call->path,
			call->line, call->column ? call->column : 1, w.message);
	else
		fprintf(stderr, "xwalk: %s: warning: %s\n", call->path, w.message);
}

static int check_utf8(struct xw_call *call, const char *text, size_t len,
		      unsigned line)
{
	int rc = xw_utf8_check(call->path, text, len, call->err);

	if (rc < 0 && line > 1)
		call->err->line += line - 1;
	return rc;
}

/* A setter's error gets the call's file and current position. */
static int located(struct xw_call *call, int rc)
{
	if (rc < 0)
		xw_error_locate(call->err, call->path, call->line, call->column);
	return rc;
}

static int framework_set(struct xw_call *c, struct xw_framework *fw,
			 const char *k, const char *s, const char *v)
{
	return located(c, xw_framework_set(fw, k, s, v, c->err));
}

static int item_add(struct xw_call *c, struct xw_framework *fw,
		    struct xw_item **out)
{
	int rc = located(c, xw_framework_add_item(fw, out, c->err));

	if (rc == 0) {
		(*out)->line = c->line;
		(*out)->column = c->column;
	}
	return rc;
}

static int item_set(struct xw_call *c, struct xw_item *it, const char *k,
		    const char *s, const char *v)
{
	return located(c, xw_item_set(it, k, s, v, c->err));
}

static int profile_add(struct xw_call *c, struct xw_framework *fw,
		       struct xw_profile **out)
{
	int rc = located(c, xw_framework_add_profile(fw, out, c->err));

	if (rc == 0) {
		(*out)->line = c->line;
		(*out)->column = c->column;
	}
	return rc;
}

static int profile_set(struct xw_call *c, struct xw_profile *p,
		       const char *k, const char *s, const char *v)
{
	return located(c, xw_profile_set(p, k, s, v, c->err));
}

static int mapping_set(struct xw_call *c, struct xw_mapping *m,
		       const char *k, const char *s, const char *v)
{
	return located(c, xw_mapping_set(m, k, s, v, c->err));
}

static int row_add(struct xw_call *c, struct xw_mapping *m, struct xw_row **out)
{
	int rc = located(c, xw_mapping_add_row(m, out, c->err));

	if (rc == 0) {
		(*out)->line = c->line;
		(*out)->column = c->column;
	}
	return rc;
}

static int row_set(struct xw_call *c, struct xw_row *r, const char *k,
		   const char *s, const char *v)
{
	return located(c, xw_row_set(r, k, s, v, c->err));
}

static int assessment_set(struct xw_call *c, struct xw_assessment *a,
			  const char *k, const char *s, const char *v)
{
	return located(c, xw_assessment_set(a, k, s, v, c->err));
}

static int result_add(struct xw_call *c, struct xw_assessment *a,
		      struct xw_result **out)
{
	int rc = located(c, xw_assessment_add_result(a, out, c->err));

	if (rc == 0) {
		(*out)->line = c->line;
		(*out)->column = c->column;
	}
	return rc;
}

static int result_set(struct xw_call *c, struct xw_result *r, const char *k,
		      const char *s, const char *v)
{
	return located(c, xw_result_set(r, k, s, v, c->err));
}

static size_t item_count(const struct xw_framework *fw)
{
	return fw->n_items;
}

static const struct xw_item *item_at(const struct xw_framework *fw, size_t i)
{
	return i < fw->n_items ? fw->items[i] : NULL;
}

static size_t profile_count(const struct xw_framework *fw)
{
	return fw->n_profiles;
}

static const struct xw_profile *profile_at(const struct xw_framework *fw, size_t i)
{
	return i < fw->n_profiles ? fw->profiles[i] : NULL;
}

static size_t question_count(const struct xw_framework *fw)
{
	return fw->n_questions;
}

static const struct xw_question *question_at(const struct xw_framework *fw, size_t i)
{
	return i < fw->n_questions ? fw->questions[i] : NULL;
}

static int question_add(struct xw_call *c, struct xw_framework *fw,
			struct xw_question **out)
{
	int rc = located(c, xw_framework_add_question(fw, out, c->err));

	if (rc == 0) {
		(*out)->line = c->line;
		(*out)->column = c->column;
	}
	return rc;
}

static int question_set(struct xw_call *c, struct xw_question *q, const char *k,
			const char *s, const char *v)
{
	return located(c, xw_question_set(q, k, s, v, c->err));
}

static struct xw_item *item_find(struct xw_framework *fw, const char *id)
{
	size_t i = xw_framework_find(fw, id);

	return i == XW_NONE ? NULL : fw->items[i];
}

static size_t row_count(const struct xw_mapping *m)
{
	return m->n_rows;
}

static const struct xw_row *row_at(const struct xw_mapping *m, size_t i)
{
	return i < m->n_rows ? m->rows[i] : NULL;
}

static void write(struct xw_output *out, const void *data, size_t len)
{
	xw_buf_add(&out->buf, data, len);
}

static const char *output_options(const struct xw_output *out)
{
	return out->options;
}

static const char *output_path(const struct xw_output *out)
{
	return out->path;
}

static const struct xw_report_section *section(const struct xw_report *r, size_t s)
{
	return s < r->n ? &r->v[s] : NULL;
}

static size_t section_count(const struct xw_report *r)
{
	return r->n;
}

static const char *section_get(const struct xw_report *r, size_t s, const char *key)
{
	const struct xw_report_section *sec = section(r, s);

	if (!sec)
		return NULL;
	return strcmp(key, "title") == 0 ? sec->title
	       : strcmp(key, "kind") == 0 ? sec->kind : NULL;
}

static size_t section_columns(const struct xw_report *r, size_t s)
{
	return s < r->n ? r->v[s].n_columns : 0;
}

static size_t section_rows(const struct xw_report *r, size_t s)
{
	return s < r->n ? r->v[s].n_rows : 0;
}

static size_t section_lines(const struct xw_report *r, size_t s)
{
	return s < r->n ? r->v[s].n_text : 0;
}

static const char *section_column(const struct xw_report *r, size_t s, size_t c)
{
	const struct xw_report_section *sec = section(r, s);

	return sec && c < sec->n_columns ? sec->columns[c] : NULL;
}

static const char *section_cell(const struct xw_report *r, size_t s, size_t row,
				size_t c)
{
	const struct xw_report_section *sec = section(r, s);

	if (!sec || row >= sec->n_rows || c >= sec->n_columns)
		return NULL;
	return sec->cells[row * sec->n_columns + c];
}

static const char *section_line(const struct xw_report *r, size_t s, size_t i)
{
	const struct xw_report_section *sec = section(r, s);

	return sec && i < sec->n_text ? sec->text[i] : NULL;
}

const struct xw_host xw_host_table = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_host),
	.at = at,
	.error = error,
	.warn = warn,
	.check_utf8 = check_utf8,
	.framework_set = framework_set,
	.item_add = item_add,
	.item_set = item_set,
	.profile_add = profile_add,
	.profile_set = profile_set,
	.mapping_set = mapping_set,
	.row_add = row_add,
	.row_set = row_set,
	.assessment_set = assessment_set,
	.result_add = result_add,
	.result_set = result_set,
	.item_count = item_count,
	.item_at = item_at,
	.framework_get = xw_framework_get,
	.item_get = xw_item_get,
	.row_count = row_count,
	.row_at = row_at,
	.mapping_get = xw_mapping_get,
	.row_get = xw_row_get,
	.write = write,
	.profile_count = profile_count,
	.profile_at = profile_at,
	.profile_get = xw_profile_get,
	.row_hash_get = xw_row_hash_get,
	.question_count = question_count,
	.question_at = question_at,
	.question_get = xw_question_get,
	.question_add = question_add,
	.question_set = question_set,
	.item_find = item_find,
	.output_options = output_options,
	.output_path = output_path,
	.report_meta = xw_report_meta_get,
	.section_count = section_count,
	.section_get = section_get,
	.section_columns = section_columns,
	.section_rows = section_rows,
	.section_lines = section_lines,
	.section_column = section_column,
	.section_cell = section_cell,
	.section_line = section_line,
};
