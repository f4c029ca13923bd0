/* SPDX-License-Identifier: MIT */
#ifndef XWALK_ASSESSMENT_H
#define XWALK_ASSESSMENT_H

/**
 * Assessments: one company's results on one framework, with the scope
 * and certificate they come with. Built like a framework: set fields,
 * then xw_assessment_finish().
 */

#include <stdbool.h>
#include <stddef.h>

#include "xwalk/error.h"
#include "xwalk/text.h"

enum xw_result_status {
	XW_RESULT_UNSET,
	XW_RESULT_IMPLEMENTED,
	XW_RESULT_PARTIAL,
	XW_RESULT_NOT_IMPLEMENTED,
	XW_RESULT_NOT_APPLICABLE,
	XW_RESULT_UNKNOWN,
	XW_RESULT_COUNT
};

struct xw_result {
	char *item;
	enum xw_result_status status;
	char *note;
	char *evidence;
	bool implied;                 /* added by xw_assessment_imply_mandatory() */
	unsigned line, column;
};

struct xw_certificate {
	char *body;
	char *number;
	char *issued;
	char *expires;
	char *scope;
};

struct xw_assessment {
	char *framework;
	char *organisation;
	char *scope;
	char *date;
	char *assessor;
	struct xw_certificate certificate;
	struct xw_result **results;
	size_t n_results;
	size_t cap_results;
	char *path;
	bool finished;
};

int xw_assessment_new(struct xw_assessment **out, struct xw_error *err);
/** Accepts NULL. */
void xw_assessment_free(struct xw_assessment *a);

/** Top-level fields; "certificate" takes @sub body/number/issued/expires/scope. */
int xw_assessment_set(struct xw_assessment *a, const char *key,
		      const char *sub, const char *value, struct xw_error *err);
int xw_assessment_add_result(struct xw_assessment *a, struct xw_result **out,
			     struct xw_error *err);
int xw_result_set(struct xw_result *r, const char *key, const char *sub,
		  const char *value, struct xw_error *err);

/** Checks required fields and that no item has two results. */
int xw_assessment_finish(struct xw_assessment *a, struct xw_error *err);

const char *xw_result_name(enum xw_result_status s);

struct xw_framework;
/**
 * A certificate on a framework vouches for every item of its mandatory
 * profiles (ISO/IEC 27001 allows no exclusion from clauses 4 to 10): when
 * @a holds a certificate (a body or a number) on @fw, each item of a
 * mandatory profile that @a records nothing for gets an implemented
 * result marked implied. A result @a records itself is never changed.
 * Returns how many were added. Errors: XW_ENOMEM.
 */
int xw_assessment_imply_mandatory(struct xw_assessment *a,
				  const struct xw_framework *fw,
				  struct xw_error *err);

#endif
