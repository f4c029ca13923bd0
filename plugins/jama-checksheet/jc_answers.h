/* SPDX-License-Identifier: MIT */
#ifndef JC_ANSWERS_H
#define JC_ANSWERS_H

#include "xwalk/plugin.h"

/*
 * Reads a filled-in check sheet as an assessment of jama-japia-2.2: one
 * result per item with an answer, in sheet order; the comment column is
 * its note and the evidence column its evidence. XW_EUNSUPPORTED,
 * reporting nothing, for a file that is no check sheet or has no answer
 * column (a blank sheet is a catalog).
 */
int jc_read_answers(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_assessment *a);

#endif
