/* SPDX-License-Identifier: MIT */
#include "xwalk/error.h"
#include "xr_style.h"

/*
 * Coverage colours from pale (weak rows) to strong. The cell's text
 * says the same thing, so nothing depends on telling colours apart.
 */
static const lxw_color_t palette[XR_COVERAGE_COUNT][XR_BAND_COUNT] = {
	[XR_COVERED] = { 0xE2EFDA, 0xA9D08E, 0x63BE7B },
	[XR_PARTLY] = { 0xFFF2CC, 0xFFD966, 0xFFB020 },
	[XR_NOT_COVERED] = { 0xFCE4E4, 0xF4A6A6, 0xE86060 },
	[XR_UNKNOWN] = { 0xF2F2F2, 0xD0D0D0, 0xA6A6A6 },
};

static lxw_format *text_format(lxw_workbook *wb, bool wrap)
{
	lxw_format *f = workbook_add_format(wb);

	if (f) {
		format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
		if (wrap)
			format_set_text_wrap(f);
	}
	return f;
}

static lxw_format *header_format(lxw_workbook *wb, bool rotated)
{
	lxw_format *f = text_format(wb, !rotated);

	if (f) {
		format_set_bold(f);
		format_set_bg_color(f, 0xD9E1F2);
		format_set_border(f, LXW_BORDER_THIN);
		if (rotated)
			format_set_rotation(f, 90);
	}
	return f;
}

static lxw_format *coverage_format(lxw_workbook *wb, lxw_color_t color,
				   bool jointly)
{
	lxw_format *f = workbook_add_format(wb);

	if (!f)
		return NULL;
	format_set_text_wrap(f);
	format_set_align(f, LXW_ALIGN_CENTER);
	format_set_align(f, LXW_ALIGN_VERTICAL_TOP);
	format_set_border(f, LXW_BORDER_HAIR);
	format_set_border_color(f, 0xBFBFBF);
	/* a row that needs other sources too: white hatching over the colour */
	format_set_pattern(f, jointly ? LXW_PATTERN_LIGHT_UP : LXW_PATTERN_SOLID);
	format_set_bg_color(f, color);
	if (jointly)
		format_set_fg_color(f, 0xFFFFFF);
	return f;
}

int xr_style_init(struct xr_style *st, lxw_workbook *wb)
{
	bool ok;

	st->header = header_format(wb, false);
	st->header_rotated = header_format(wb, true);
	st->wrap = text_format(wb, true);
	st->top = text_format(wb, false);
	st->title = workbook_add_format(wb);
	st->mark = workbook_add_format(wb);
	ok = st->header && st->header_rotated && st->wrap && st->top &&
	     st->title && st->mark;
	if (ok) {
		format_set_bold(st->title);
		format_set_font_size(st->title, 14);
		format_set_font_size(st->mark, 14);
		format_set_align(st->mark, LXW_ALIGN_CENTER);
		format_set_align(st->mark, LXW_ALIGN_VERTICAL_TOP);
	}
	for (int c = 0; c < XR_COVERAGE_COUNT; c++)
		for (int j = 0; j < 2; j++)
			for (int b = 0; b < XR_BAND_COUNT; b++) {
				st->coverage[c][j][b] =
					coverage_format(wb, palette[c][b], j);
				ok = ok && st->coverage[c][j][b];
			}
	return ok ? 0 : XW_ENOMEM;
}
