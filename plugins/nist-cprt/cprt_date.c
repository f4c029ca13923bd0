/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "cprt_date.h"
#include "cprt_text.h"

#define LABEL "Generated Date"
#define SERIAL_1970 25569L       /* the serial of 1970-01-01 */
#define SERIAL_MIN 61L           /* 1900-03-01: below, Excel's false 1900-02-29 interferes */
#define SERIAL_MAX 2958465L      /* 9999-12-31 */

static bool digit(char c)
{
	return c >= '0' && c <= '9';
}

/* Days since 1970-01-01 to a civil date (H. Hinnant's algorithm). */
static void civil(long days, int *y, int *m, int *d)
{
	long z = days + 719468, era = (z >= 0 ? z : z - 146096) / 146097;
	long doe = z - era * 146097;
	long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	long mp = (5 * doy + 2) / 153;

	*d = (int)(doy - (153 * mp + 2) / 5 + 1);
	*m = (int)(mp < 10 ? mp + 3 : mp - 9);
	*y = (int)(yoe + era * 400 + (*m <= 2));
}

static bool serial_date(struct cprt_span v, char date[CPRT_DATE_SIZE])
{
	long serial = 0;
	size_t i = 0;
	int y, m, d;

	for (; i < v.n && digit(v.s[i]); i++)
		if ((serial = serial * 10 + (v.s[i] - '0')) > SERIAL_MAX)
			return false;
	if (i == 0 || serial < SERIAL_MIN)
		return false;
	if (i < v.n && v.s[i] == '.')
		for (i++; i < v.n && digit(v.s[i]); i++)
			;
	if (i != v.n)
		return false;
	civil(serial - SERIAL_1970, &y, &m, &d);
	/* the serial's range keeps y in 1900..9999, m in 1..12, d in 1..31 */
	snprintf(date, CPRT_DATE_SIZE, "%04u-%02u-%02u", (unsigned)y % 10000u,
		 (unsigned)m % 100u, (unsigned)d % 100u);
	return true;
}

/* "YYYY-MM-DD" as written; the host checks the calendar. */
static bool iso_date(struct cprt_span v, char date[CPRT_DATE_SIZE])
{
	static const char form[] = "NNNN-NN-NN";

	if (v.n != sizeof(form) - 1)
		return false;
	for (size_t i = 0; i < v.n; i++)
		if (form[i] == 'N' ? !digit(v.s[i]) : v.s[i] != form[i])
			return false;
	memcpy(date, v.s, v.n);
	date[v.n] = '\0';
	return true;
}

bool cprt_cell_date(const char *cell, char date[CPRT_DATE_SIZE])
{
	struct cprt_span v = cprt_trim_str(cell);

	return serial_date(v, date) || iso_date(v, date);
}

/* The cell right of the label on @sh, or NULL when @sh has no label. */
static const char *dated(const struct xlsx_sheet *sh, uint32_t *row, uint32_t *col)
{
	for (size_t i = 0; i < xlsx_cell_count(sh); i++)
		if (cprt_says(xlsx_cell_at(sh, i, row, col), LABEL))
			return xlsx_value(sh, *row, ++*col);
	return NULL;
}

/* Takes the date in @value, the cell at @row, @col of @sh; warns when it is none. */
static void take(const struct cprt_sheet *s, const struct xlsx_sheet *sh, uint32_t row,
		 uint32_t col, const char *value, char date[CPRT_DATE_SIZE])
{
	char ref[400];

	if (cprt_cell_date(value, date))
		return;
	xlsx_ref(sh, row, col, ref, sizeof(ref));
	s->h->warn(s->call, "%s: '%s' is not a date (an Excel date or YYYY-MM-DD), "
		   "so the export's date is not known", ref, value);
}

int cprt_export_date(const struct cprt_sheet *s, char date[CPRT_DATE_SIZE])
{
	date[0] = '\0';
	for (size_t i = 0; i < xlsx_sheet_count(s->book); i++) {
		struct xlsx_sheet *sh = s->sheet;
		struct xlsx_error e;
		const char *value;
		uint32_t row, col;

		if (i != s->index && xlsx_sheet_load(s->book, i, &sh, &e) < 0)
			return cprt_sheet_report(s, &e);
		if ((value = dated(sh, &row, &col)))
			take(s, sh, row, col, value, date);
		if (sh != s->sheet)
			xlsx_sheet_free(sh);
		if (value)
			return 0;
	}
	return 0;
}
