/* SPDX-License-Identifier: MIT */
#include "cprt_meta.h"
#include "xwp_fields.h"

#define N(a) (sizeof(a) / sizeof((a)[0]))

/* key, sub-key, value: as in frameworks/nist-csf-2.0.yaml */
static const char *const meta[][3] = {
	{ "id", NULL, CPRT_FRAMEWORK_ID },
	{ "name", "ja", "NIST サイバーセキュリティフレームワーク (CSF) 2.0" },
	{ "name", "en", "The NIST Cybersecurity Framework (CSF) 2.0" },
	{ "version", NULL, CPRT_FRAMEWORK_VERSION },
	{ "publisher", NULL, "National Institute of Standards and Technology (NIST)" },
	{ "date", NULL, "2024-02-26" },
	{ "source", NULL, "https://doi.org/10.6028/NIST.CSWP.29" },
	{ "licence", NULL, "NIST CSWP 29 and its CSF 2.0 Reference Tool export, works of the "
			   "U.S. Government: not subject to copyright in the United States" },
	{ "id-pattern", NULL, "(GV|ID|PR|DE|RS|RC)(\\.[A-Z]{2}(-[0-9]{1,2})?)?" },
};

int cprt_meta_set(const struct xw_host *h, struct xw_call *call, struct xw_framework *fw)
{
	return xwp_framework_fields(h, call, fw, meta, N(meta), NULL, 0);
}
