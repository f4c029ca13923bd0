/* SPDX-License-Identifier: MIT */
#ifndef CA_HEAD_H
#define CA_HEAD_H

/* What both writers put at the top of a library, and texts in two languages. */

#include "ca_emit.h"
#include "ca_lib.h"

struct ca_head {
	const char *urn, *ref_id, *copyright, *date, *provider;
	struct ca_texts name, description;
};

/*
 * urn, locale (en), ref_id, name, description, copyright, version,
 * publication_date, provider, packager (xwalk) and translations, in the
 * order of intuitem's libraries. The version is the date as a number
 * (20260327), so a newer export is a newer library to CISO Assistant,
 * which updates a library only to a higher version; 1 without a date.
 */
void ca_head_write(struct ca_emit *em, const struct ca_head *hd);

/* name and description in English, and "translations: ja:" with the Japanese ones when there are any. */
void ca_head_texts(struct ca_emit *em, struct ca_texts name, struct ca_texts description);
void ca_head_translations(struct ca_emit *em, struct ca_texts name, struct ca_texts description);

#endif
