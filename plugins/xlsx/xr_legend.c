/* SPDX-License-Identifier: MIT */
#include <stdio.h>

#include "xr_legend.h"

#define FIRST_ROW 2   /* below the heading and a blank line */

static const char *const meanings[XR_COVERAGE_COUNT] = {
	[XR_COVERED] = "the best mapping row citing the pair covers the target item",
	[XR_PARTLY] = "the best mapping row citing the pair covers part of the target item",
	[XR_NOT_COVERED] = "the mapping rows citing the pair leave the target item not covered",
	[XR_UNKNOWN] = "a mapping row cites the pair but decides nothing about coverage",
};

static const char *const notes[] = {
	"(jointly), hatched: the deciding row needs other source items too",
	"Shade: the strength (0-10) the deciding mapping row gives; the Mapping rows sheet lists every row",
	"Empty cell: no mapping row cites the pair",
};

static int write_swatches(struct xr_book *b, lxw_worksheet *ws, size_t row,
			  enum xr_coverage c, int jointly)
{
	char text[64];
	int rc = 0;

	snprintf(text, sizeof(text), "%s%s", xr_coverage_word(c),
		 jointly ? " (jointly)" : "");
	for (int band = 0; rc == 0 && band < XR_BAND_COUNT; band++)
		rc = xr_book_text(b, ws, row, (size_t)band, text,
				  b->style.coverage[c][jointly][band]);
	return rc ? rc : xr_book_text(b, ws, row, XR_BAND_COUNT, meanings[c],
				      b->style.top);
}

int xr_legend_write(struct xr_book *b)
{
	size_t row = FIRST_ROW + 1;
	int rc;
	lxw_worksheet *ws = xr_book_sheet(b, "Legend", &rc);

	if (!ws)
		return rc;
	rc = xr_book_text(b, ws, 0, 0, "Legend of the matrix cells", b->style.title);
	for (int band = 0; rc == 0 && band < XR_BAND_COUNT; band++)
		rc = xr_book_text(b, ws, FIRST_ROW, (size_t)band,
				  xr_band_label((enum xr_band)band), b->style.header);
	if (rc == 0)
		rc = xr_book_text(b, ws, FIRST_ROW, XR_BAND_COUNT, "Meaning",
				  b->style.header);
	for (int c = 0; rc == 0 && c < XR_COVERAGE_COUNT; c++)
		for (int j = 0; rc == 0 && j < 2; j++)
			rc = write_swatches(b, ws, row++, (enum xr_coverage)c, j);
	row++;
	for (size_t i = 0; rc == 0 && i < sizeof(notes) / sizeof(notes[0]); i++)
		rc = xr_book_text(b, ws, row++, 0, notes[i], NULL);
	if (rc == 0)
		rc = xr_book_check(b, worksheet_set_column(ws, 0, XR_BAND_COUNT - 1, 16,
							    NULL));
	return rc;
}
