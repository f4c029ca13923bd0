/* SPDX-License-Identifier: MIT */
#include <stddef.h>

#include "jc_meta.h"
#include "xwp_fields.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* key, sub-key, value: as in frameworks/jama-japia-2.2.yaml */
static const char *const meta[][3] = {
	{ "id", NULL, JC_FRAMEWORK_ID },
	{ "name", "ja", "自工会/部工会・サイバーセキュリティガイドライン" },
	{ "name", "en", "JAMA/JAPIA Cybersecurity Guidelines" },
	{ "version", NULL, "2.2" },
	{ "publisher", NULL, "JAMA (日本自動車工業会) / JAPIA (日本自動車部品工業会)" },
	{ "source", NULL, "https://www.jama.or.jp/operation/it/cyb_sec/cyb_sec_guideline.html" },
	{ "licence", NULL, "© JAMA/JAPIA; no reuse terms found, so treated as all rights "
			   "reserved. Read from the user's own copy of the check sheet; "
			   "xwalk ships none of its text." },
	{ "id-pattern", NULL, "(?:(?:[1-9]|1[0-9]|2[0-4])(?:-[1-6])?|"
			      "No\\.(?:[1-9][0-9]?|1[0-4][0-9]|15[0-3]))" },
	{ "unknown", NULL, "date" },  /* the sheet gives no publication date */
};

/* the profiles' fields, each profile's after its "id" */
static const char *const profiles[][3] = {
	{ "id", NULL, "lv1" },
	{ "title", "ja", "Lv1" },
	{ "title", "en", "Lv1" },
	{ "assurance", NULL, "self-assessment" },
	{ "id", NULL, "lv2" },
	{ "title", "ja", "Lv2" },
	{ "title", "en", "Lv2" },
	{ "extends", NULL, "lv1" },
	{ "assurance", NULL, "self-assessment" },
	{ "id", NULL, "lv3" },
	{ "title", "ja", "Lv3" },
	{ "title", "en", "Lv3" },
	{ "extends", NULL, "lv2" },
	{ "assurance", NULL, "self-assessment" },
};

int jc_meta_set(const struct xw_host *h, struct xw_call *call, struct xw_framework *fw)
{
	return xwp_framework_fields(h, call, fw, meta, N(meta), profiles, N(profiles));
}
