/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "soa_date.h"
#include "soa_text.h"

#define YEAR "\xE5\xB9\xB4"   /* 年 */
#define MONTH "\xE6\x9C\x88"  /* 月 */
#define DAY "\xE6\x97\xA5"    /* 日 */

static const struct {
	const char *name;
	int first;               /* the era's year 1 (元年) */
} eras[] = { { "令和", 2019 }, { "平成", 1989 } };

/* The number of @min to @max digits at *@s, moving past it; -1 when there is none. */
static long number(const char **s, int min, int max)
{
	long v = 0;
	int n = 0;

	while (**s >= '0' && **s <= '9') {
		if (++n > max)
			return -1;
		v = v * 10 + (**s - '0');
		(*s)++;
	}
	return n >= min ? v : -1;
}

static bool eat(const char **s, const char *word)
{
	size_t n = strlen(word);

	if (strncmp(*s, word, n) != 0)
		return false;
	*s += n;
	return true;
}

static bool leap(long y)
{
	return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0;
}

static bool valid(long y, long m, long d)
{
	static const int days[] = { 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31 };

	return y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 &&
	       d <= days[m - 1] + (m == 2 && leap(y));
}

/* The year of "令和7年" or "2027年"/"2027-" at *@s; the separator after it into @sep. */
static long year(const char **s, const char **sep)
{
	static const char *const seps[] = { "-", "/", ".", YEAR };

	for (size_t i = 0; i < sizeof(eras) / sizeof(eras[0]); i++)
		if (eat(s, eras[i].name)) {
			long n = eat(s, "元") ? 1 : number(s, 1, 2);

			*sep = YEAR;
			return n >= 1 && eat(s, YEAR) ? eras[i].first + n - 1 : -1;
		}
	{
		long y = number(s, 4, 4);

		for (size_t i = 0; y >= 0 && i < sizeof(seps) / sizeof(seps[0]); i++)
			if (eat(s, seps[i])) {
				*sep = seps[i];
				return y;
			}
	}
	return -1;
}

/* Civil date of day @z counted from 1970-01-01 (H. Hinnant's algorithm). */
static void civil(long z, long *y, long *m, long *d)
{
	long era, doe, yoe, doy, mp;

	z += 719468;
	era = (z >= 0 ? z : z - 146096) / 146097;
	doe = z - era * 146097;
	yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
	doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
	mp = (5 * doy + 2) / 153;
	*d = doy - (153 * mp + 2) / 5 + 1;
	*m = mp < 10 ? mp + 3 : mp - 9;
	*y = yoe + era * 400 + (*m <= 2);
}

/*
 * An Excel serial day (1900 date system): 1 is 1900-01-01, and 60 the
 * 1900-02-29 that never was. A time of day after a '.' is dropped.
 */
static bool serial_day(const char *s, long *y, long *m, long *d)
{
	long n = number(&s, 1, 7);

	if (n < 1 || n == 60 || n > 2958465)
		return false;
	if (*s == '.' && (s[1] >= '0' && s[1] <= '9'))
		s += 1 + strspn(s + 1, "0123456789");
	if (*s)
		return false;
	/* 1899-12-31 is day -25568 of 1970; serials past 60 are one day ahead */
	civil(n - 25568 - (n > 60), y, m, d);
	return true;
}

/* A date written out, "2027/3/31", "2027年3月31日", "令和9年3月31日". */
static bool written(const char *s, long *y, long *m, long *d)
{
	const char *sep;
	bool kanji;

	if ((*y = year(&s, &sep)) < 0 || (*m = number(&s, 1, 2)) < 0)
		return false;
	kanji = strcmp(sep, YEAR) == 0;
	if (!eat(&s, kanji ? MONTH : sep) || (*d = number(&s, 1, 2)) < 0)
		return false;
	return (!kanji || eat(&s, DAY)) && !*s;
}

bool soa_date(const char *cell, bool serial, char out[11])
{
	char text[128], compact[128];
	long y, m, d;
	size_t n = 0;

	if (!soa_ascii(cell, text, sizeof(text)))
		return false;
	for (const char *p = text; *p;) {
		size_t b = soa_blank_at(p);

		if (b)
			p += b;
		else
			compact[n++] = *p++;
	}
	compact[n] = '\0';
	if (!(serial && serial_day(compact, &y, &m, &d)) && !written(compact, &y, &m, &d))
		return false;
	if (!valid(y, m, d))
		return false;
	/* valid(): the remainders are the values, and tell the compiler their widths */
	snprintf(out, 11, "%04u-%02u-%02u", (unsigned)y % 10000u, (unsigned)m % 100u,
		 (unsigned)d % 100u);
	return true;
}
