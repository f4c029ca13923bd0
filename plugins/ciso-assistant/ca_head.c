/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_head.h"

static void version_of(const char *date, char out[9])
{
	size_t n = 0;

	if (date && strlen(date) == 10)
		for (const char *p = date; *p; p++)
			if (*p >= '0' && *p <= '9')
				out[n++] = *p;
	if (n != 8)
		n = 0, out[n++] = '1';
	out[n] = '\0';
}

void ca_head_translations(struct ca_emit *em, struct ca_texts name, struct ca_texts description)
{
	if (!name.ja && !description.ja)
		return;
	ca_emit_key(em, "translations");
	ca_emit_map(em);
	ca_emit_key(em, "ja");
	ca_emit_map(em);
	ca_emit_pair(em, "name", name.ja);
	ca_emit_pair(em, "description", description.ja);
	ca_emit_close_map(em);
	ca_emit_close_map(em);
}

void ca_head_texts(struct ca_emit *em, struct ca_texts name, struct ca_texts description)
{
	ca_emit_pair(em, "name", name.en);
	ca_emit_pair(em, "description", description.en);
}

void ca_head_write(struct ca_emit *em, const struct ca_head *hd)
{
	char version[9];

	version_of(hd->date, version);
	ca_emit_pair(em, "urn", hd->urn);
	ca_emit_pair(em, "locale", "en");
	ca_emit_pair(em, "ref_id", hd->ref_id);
	ca_head_texts(em, hd->name, hd->description);
	ca_emit_pair(em, "copyright", hd->copyright);
	ca_emit_key(em, "version");
	ca_emit_plain(em, version);
	ca_emit_pair(em, "publication_date", hd->date);
	ca_emit_pair(em, "provider", hd->provider);
	ca_emit_pair(em, "packager", "xwalk");
	ca_head_translations(em, hd->name, hd->description);
}
