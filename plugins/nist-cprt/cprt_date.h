/* SPDX-License-Identifier: MIT */
#ifndef CPRT_DATE_H
#define CPRT_DATE_H

/*
 * When the export was made: NIST's sheet "Introduction" has a row
 * "Generated Date | 45810.20108085648", an Excel date serial (days since
 * 1899-12-30, the time of day as the fraction): 2025-06-02.
 */

#include <stdbool.h>

#include "cprt_sheet.h"

#define CPRT_DATE_SIZE 11   /* "YYYY-MM-DD" and its NUL */

/*
 * The date of an Excel date serial cell ("45810.2") or of a cell that
 * already says "2025-06-02", into @date; false for anything else.
 */
bool cprt_cell_date(const char *cell, char date[CPRT_DATE_SIZE]);

/*
 * The export's date: the cell right of the first cell saying "Generated
 * Date", on any sheet in tab order, into @date; "" when there is none or
 * it is not a date (warned). Returns 0, or a reported error when a sheet
 * cannot be read.
 */
int cprt_export_date(const struct cprt_sheet *s, char date[CPRT_DATE_SIZE]);

#endif
