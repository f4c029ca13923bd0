/* SPDX-License-Identifier: MIT */
#ifndef HTML_STATUS_H
#define HTML_STATUS_H

#include <stdbool.h>

#include "html_out.h"

/*
 * The four outcomes the report's status columns speak of, whatever the
 * verb: coverage (covered, partly covered, not covered, unknown) and
 * reuse (satisfied, partly satisfied, not satisfied, no evidence). Each
 * is shown as a colour (the CSS class st-NAME) and a symbol, never by
 * colour alone.
 */
struct html_status {
	const char *name;    /* CSS class suffix and filter value */
	const char *symbol;
	int rank;            /* for sorting: higher is better */
	const char *ja, *en; /* the legend */
};

/* The outcome @text states, or NULL when it is not a status. */
const struct html_status *html_status_of(const char *text);
/* Whether @text says the row needs other sources too (" (jointly)"). */
bool html_status_jointly(const char *text);
/* The four outcomes, best first, and how many there are. */
extern const struct html_status html_statuses[];
extern const unsigned html_n_statuses;

/* Appends the select of statuses that filters table @table_id. */
void html_status_select(struct html *h, const char *table_id);
/* Appends the legend: each symbol and what it means. */
void html_status_legend(struct html *h, bool jointly);

#endif
