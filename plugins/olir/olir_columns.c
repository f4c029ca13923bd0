/* SPDX-License-Identifier: MIT */
#include <string.h>
#include <strings.h>

#include "olir_columns.h"
#include "olir_text.h"

static const char *const headers[OLIR_N_COLS] = {
	[OLIR_FOCAL] = "Focal Document Element",
	[OLIR_RATIONALE] = "Rationale",
	[OLIR_RELATIONSHIP] = "Relationship",
	[OLIR_REFERENCE] = "Reference Document Element",
	[OLIR_STRENGTH] = "Strength of Relationship",
	[OLIR_COMMENTS] = "Comments",
	[OLIR_ROW_ID] = "xwalk Row ID",
	[OLIR_CONDITIONS] = "xwalk Conditions",
	[OLIR_REVIEW_STATUS] = "xwalk Review Status",
	[OLIR_REVIEWER] = "xwalk Reviewer",
	[OLIR_REVIEW_DATE] = "xwalk Review Date",
	[OLIR_SOURCE_HASHES] = "xwalk Source Hashes",
	[OLIR_TARGET_HASHES] = "xwalk Target Hashes",
	[OLIR_FOCAL_TEXT] = "Focal Document Element Description",
	[OLIR_REFERENCE_TEXT] = "Reference Document Element Description",
};

#define OPTIONAL " (Optional)"

const char *olir_column_header(enum olir_col c)
{
	return headers[c];
}

int olir_column_find(const char *text)
{
	char buf[128];
	size_t n, opt = strlen(OPTIONAL);

	if (!olir_squeeze(text, buf, sizeof(buf)))
		return -1;
	n = strlen(buf);
	if (n > opt && strcasecmp(buf + n - opt, OPTIONAL) == 0)
		buf[n - opt] = '\0';
	for (int c = 0; c < OLIR_N_COLS; c++)
		if (strcasecmp(buf, headers[c]) == 0)
			return c;
	return -1;
}
