/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "xr_coverage.h"

static const char *const words[XR_COVERAGE_COUNT] = {
	[XR_COVERED] = "covered",
	[XR_PARTLY] = "partly covered",
	[XR_NOT_COVERED] = "not covered",
	[XR_UNKNOWN] = "unknown",
};

static const char jointly_suffix[] = " (jointly)";

const char *xr_coverage_word(enum xr_coverage c)
{
	return words[c];
}

bool xr_coverage_parse(const char *text, enum xr_coverage *c, bool *jointly)
{
	for (int i = 0; i < XR_COVERAGE_COUNT; i++) {
		size_t n = strlen(words[i]);

		if (strncmp(text, words[i], n) != 0)
			continue;
		if (text[n] && strcmp(text + n, jointly_suffix) != 0)
			continue;
		*c = (enum xr_coverage)i;
		*jointly = text[n] != '\0';
		return true;
	}
	return false;
}

enum xr_band xr_band_of(int strength)
{
	if (strength < 0)
		return XR_BAND_MID;
	if (strength <= 3)
		return XR_BAND_LOW;
	return strength <= 6 ? XR_BAND_MID : XR_BAND_HIGH;
}

const char *xr_band_label(enum xr_band b)
{
	static const char *const labels[XR_BAND_COUNT] = {
		[XR_BAND_LOW] = "strength 0-3",
		[XR_BAND_MID] = "strength 4-6, or none given",
		[XR_BAND_HIGH] = "strength 7-10",
	};

	return labels[b];
}
