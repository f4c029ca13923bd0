/* SPDX-License-Identifier: MIT */
#ifndef SOA_META_H
#define SOA_META_H

/*
 * What an SoA says about itself and its certificate, outside the table:
 * labelled cells ("認証機関 | ABC", "Certificate No.: IS 123") above the
 * header row or on other sheets, and the csv plugin's metadata rows
 * ("#certificate.body,ABC").
 */

#include "soa_header.h"
#include "xwalk/plugin.h"

/* Sets what is found on @a; errors (a date that is none, a value given twice differently) are reported. */
int soa_meta_read(const struct soa_table *t, struct xw_assessment *a);

#endif
