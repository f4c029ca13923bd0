/* SPDX-License-Identifier: MIT */
#include <string.h>
#include <strings.h>

#include "olir_info.h"
#include "olir_text.h"

const struct olir_info_field olir_info_fields[OLIR_N_INFO] = {
	[OLIR_INFO_FOCAL] = { "Focal Document", "source", "framework" },
	[OLIR_INFO_FOCAL_VERSION] = { "Focal Document Version", "source", "version" },
	[OLIR_INFO_REFERENCE] = { "Reference Document", "target", "framework" },
	[OLIR_INFO_REFERENCE_VERSION] = { "Reference Document Version", "target", "version" },
	[OLIR_INFO_COMPREHENSIVE] = { "Comprehensive", "comprehensive", NULL },
	[OLIR_INFO_SET_ID] = { "xwalk Set ID", "id", NULL },
	[OLIR_INFO_TITLE_EN] = { "xwalk Title (en)", "title", "en" },
	[OLIR_INFO_TITLE_JA] = { "xwalk Title (ja)", "title", "ja" },
	[OLIR_INFO_AUTHOR] = { "xwalk Author", "author", NULL },
	[OLIR_INFO_VERSION] = { "xwalk Version", "version", NULL },
	[OLIR_INFO_DATE] = { "xwalk Date", "date", NULL },
	[OLIR_INFO_METHOD] = { "xwalk Method", "method", NULL },
	[OLIR_INFO_STATUS] = { "xwalk Status", "status", NULL },
	[OLIR_INFO_USE] = { "xwalk Intended Use", "intended-use", NULL },
};

int olir_info_find(const char *label)
{
	char buf[128];
	size_t n;

	if (!olir_squeeze(label, buf, sizeof(buf)))
		return -1;
	n = strlen(buf);
	if (n && buf[n - 1] == ':')
		buf[--n] = '\0';
	for (int i = 0; i < OLIR_N_INFO; i++)
		if (strcasecmp(buf, olir_info_fields[i].label) == 0)
			return i;
	return -1;
}

bool olir_info_is_xwalk(const char *label)
{
	size_t n;
	const char *s = olir_trim(label, &n);

	return n > 6 && strncasecmp(s, "xwalk ", 6) == 0;
}
