/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xwalk/content.h"

static const char *const names[] = { "zip", "xml", "json", "text" };

unsigned xw_content_bit(const char *name)
{
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (strcmp(name, names[i]) == 0)
			return 1u << i;
	return 0;
}

const char *xw_content_name(unsigned bit)
{
	for (unsigned i = 0; i < sizeof(names) / sizeof(names[0]); i++)
		if (bit == 1u << i)
			return names[i];
	return NULL;
}

unsigned xw_content_of(const unsigned char *data, size_t len)
{
	size_t i = 0;

	/* a zip's local file header, or the end record of an empty zip */
	if (len >= 4 && data[0] == 'P' && data[1] == 'K' &&
	    ((data[2] == 3 && data[3] == 4) || (data[2] == 5 && data[3] == 6)))
		return XW_CONTENT_ZIP;
	if (len >= 3 && memcmp(data, "\xEF\xBB\xBF", 3) == 0)
		i = 3;
	while (i < len && (data[i] == ' ' || data[i] == '\t' || data[i] == '\r' ||
			   data[i] == '\n'))
		i++;
	if (i == len || data[i] < 0x20 || data[i] == 0x7F || data[i] == 0xFE ||
	    data[i] == 0xFF)
		return XW_CONTENT_ANY;  /* empty, control bytes, UTF-16 or -32 marks */
	switch (data[i]) {
	case '<': return XW_CONTENT_XML;
	case '{':
	case '[': return XW_CONTENT_JSON;
	default: return XW_CONTENT_TEXT;
	}
}
