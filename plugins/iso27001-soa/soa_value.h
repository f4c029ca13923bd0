/* SPDX-License-Identifier: MIT */
#ifndef SOA_VALUE_H
#define SOA_VALUE_H

/*
 * The words of the applicability and status columns, compared as
 * soa_fold() folds them ("Not implemented", "NOT-IMPLEMENTED" and
 * "not implemented (yet)" are one word). A cell that folds to nothing
 * ("", "-") or holds only dashes ("―", "ー") is blank.
 */

enum soa_applicable {
	SOA_APPLICABLE_BLANK, SOA_APPLICABLE_YES, SOA_APPLICABLE_NO, SOA_APPLICABLE_BAD,
};

enum soa_status {
	SOA_STATUS_BLANK, SOA_STATUS_IMPLEMENTED, SOA_STATUS_PARTIAL,
	SOA_STATUS_NOT_IMPLEMENTED, SOA_STATUS_PLANNED, SOA_STATUS_NOT_APPLICABLE,
	SOA_STATUS_UNKNOWN, SOA_STATUS_BAD,
};

enum soa_applicable soa_applicable_of(const char *cell);
enum soa_status soa_status_of(const char *cell);

/* The result status of @s: "implemented", ...; planned is "not-implemented". */
const char *soa_status_name(enum soa_status s);

/* The words each understands, for messages. */
extern const char soa_applicable_words[];
extern const char soa_status_words[];

#endif
