/* SPDX-License-Identifier: MIT */
#ifndef XR_COVERAGE_H
#define XR_COVERAGE_H

/*
 * The words of a matrix cell (docs/engine.md, kind "matrix") and the
 * strength bands that shade them: "partly covered (jointly)" is
 * XR_PARTLY, jointly; a row's strength 0-10 falls in a band.
 */

#include <stdbool.h>

enum xr_coverage {
	XR_COVERED,
	XR_PARTLY,
	XR_NOT_COVERED,
	XR_UNKNOWN,
	XR_COVERAGE_COUNT
};

enum xr_band {
	XR_BAND_LOW,     /* strength 0-3 */
	XR_BAND_MID,     /* strength 4-6, or none given */
	XR_BAND_HIGH,    /* strength 7-10 */
	XR_BAND_COUNT
};

/* The status word as the report writes it ("partly covered"). */
const char *xr_coverage_word(enum xr_coverage c);

/* Reads a matrix cell; false for "" and for words it does not know. */
bool xr_coverage_parse(const char *text, enum xr_coverage *c, bool *jointly);

/* The band of @strength, -1 meaning none given. */
enum xr_band xr_band_of(int strength);

/* The legend's words for a band ("strength 7-10"). */
const char *xr_band_label(enum xr_band b);

#endif
