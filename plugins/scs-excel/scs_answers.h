/* SPDX-License-Identifier: MIT */
#ifndef SCS_ANSWERS_H
#define SCS_ANSWERS_H

#include "xwalk/plugin.h"

/*
 * Reads a filled-in working copy of the workbook as an assessment on
 * scs-2026: each criterion's 自己評価 mark as its status, 理由 as the
 * note, 根拠および実施する事 as the evidence. A criterion without a mark
 * has no result. XW_EUNSUPPORTED, silently, for a workbook without a
 * 自己評価 column.
 */
int scs_read_answers(const struct xw_host *h, struct xw_call *call,
		     const struct xw_input *in, struct xw_assessment *a);

#endif
