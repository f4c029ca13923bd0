/* SPDX-License-Identifier: MIT */
#ifndef NV_CATALOG_H
#define NV_CATALOG_H

/*
 * SP 800-53 rev. 4 as NIST's comparison with rev. 5 records it: every
 * control and enhancement the rows say rev. 4 had (all but the new ones),
 * under OSCAL ids, with its rev. 4 title; its text is not in the
 * workbook and is marked unknown. Families are items of unknown title
 * and text. A control withdrawn already in rev. 4 is withdrawn, NIST's
 * note its prop withdrawn-note.
 */

#include "xwalk/plugin.h"

#define NV_OLD_ID "nist-sp800-53-r4"
#define NV_OLD_VERSION "4 (2013, with 15 January 2014 updates)"
#define NV_NEW_ID "nist-sp800-53-r5"
#define NV_NEW_VERSION "5 (September 2020)"

int nv_read_catalog(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_framework *fw);

#endif
