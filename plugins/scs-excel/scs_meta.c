/* SPDX-License-Identifier: MIT */
#include <stddef.h>

#include "scs_meta.h"
#include "xwp_fields.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* key, sub-key, value: as in frameworks/scs-2026.yaml */
static const char *const meta[][3] = {
	{ "id", NULL, SCS_FRAMEWORK_ID },
	{ "name", "ja", "サプライチェーン強化に向けたセキュリティ対策評価制度 ★3・★4要求事項・評価基準" },
	{ "name", "en", "Supply-chain security evaluation scheme, ★3/★4 requirements and criteria" },
	{ "version", NULL, "2026-03-27" },
	{ "publisher", NULL, "METI / IPA" },
	{ "date", NULL, "2026-03-27" },
	{ "source", NULL, "https://www.ipa.go.jp/security/scs/requirements-criteria.html" },
	{ "licence", NULL, "IPA publication; the criterion text is not ours and is not shipped; reuse terms not checked" },
	{ "id-pattern", NULL, "[1-7](-[1-5](-[1-9](-[1-9])?)?)?" },
};

/* the profiles' fields, each profile's after its "id" */
static const char *const profiles[][3] = {
	{ "id", NULL, "star3" },
	{ "title", "ja", "★3" },
	{ "title", "en", "★3" },
	{ "assurance", NULL, "expert-checked-self-assessment" },
	{ "id", NULL, "star4" },
	{ "title", "ja", "★4" },
	{ "title", "en", "★4" },
	{ "extends", NULL, "star3" },
	{ "assurance", NULL, "third-party-audit-with-technical-test" },
	{ "id", NULL, "star5" },
	{ "title", "ja", "★5" },
	{ "title", "en", "★5" },
	{ "extends", NULL, "star4" },
	{ "defined", NULL, "false" },  /* announced; its criteria are not written yet */
};

int scs_meta_set(const struct xw_host *h, struct xw_call *call, struct xw_framework *fw)
{
	return xwp_framework_fields(h, call, fw, meta, N(meta), profiles, N(profiles));
}
