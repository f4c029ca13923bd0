/* SPDX-License-Identifier: MIT */
#ifndef SOA_DATE_H
#define SOA_DATE_H

#include <stdbool.h>

/*
 * @cell as YYYY-MM-DD into @out. Read: YYYY-MM-DD, YYYY/MM/DD and
 * YYYY.MM.DD (months and days of one or two digits), YYYY年M月D日,
 * 令和N年M月D日 and 平成N年M月D日 (元年 for the first), full-width digits,
 * blanks anywhere; with @serial also an Excel serial day number, as a
 * workbook stores a date (46843 is 2028-03-31). False when the cell is
 * none of these, or no such day.
 */
bool soa_date(const char *cell, bool serial, char out[11]);

#endif
