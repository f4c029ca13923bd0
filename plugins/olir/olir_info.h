/* SPDX-License-Identifier: MIT */
#ifndef OLIR_INFO_H
#define OLIR_INFO_H

/*
 * The general information of an OLIR file: label and value side by side
 * (a sheet "General Information", or rows above the relationship table).
 * NIST's labels name the two documents, their versions and whether the
 * mapping is comprehensive; xwalk adds labels "xwalk ..." for the rest
 * of a mapping set, in the order the writer writes them.
 */

#include <stdbool.h>

enum olir_info {
	OLIR_INFO_FOCAL,           /* the source framework */
	OLIR_INFO_FOCAL_VERSION,
	OLIR_INFO_REFERENCE,       /* the target framework */
	OLIR_INFO_REFERENCE_VERSION,
	OLIR_INFO_COMPREHENSIVE,
	OLIR_INFO_SET_ID,          /* xwalk's */
	OLIR_INFO_TITLE_EN,
	OLIR_INFO_TITLE_JA,
	OLIR_INFO_AUTHOR,
	OLIR_INFO_VERSION,
	OLIR_INFO_DATE,
	OLIR_INFO_METHOD,
	OLIR_INFO_STATUS,
	OLIR_INFO_USE,
	OLIR_N_INFO
};

struct olir_info_field {
	const char *label;
	const char *key, *sub;     /* the mapping set's field (mapping_set/get) */
};

extern const struct olir_info_field olir_info_fields[OLIR_N_INFO];

/*
 * The field of @label (squeezed, ASCII case ignored, a trailing ':'
 * left out), or -1.
 */
int olir_info_find(const char *label);

/* True for a label that starts "xwalk " (one of ours, or a mistake). */
bool olir_info_is_xwalk(const char *label);

#endif
