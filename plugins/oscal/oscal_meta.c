/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>

#include "oscal_meta.h"
#include "oscal_text.h"

#define NIST "National Institute of Standards and Technology (NIST)"
#define NIST_LICENCE \
	"A work of the U.S. Government (NIST): not subject to copyright in the " \
	"United States; the OSCAL data is also dedicated worldwide under CC0 1.0"
#define SP80053_TITLE "NIST Special Publication 800-53 Revision 5"
#define SP80053_IDS "[a-z]{2}(-[0-9]{1,3}(\\.[0-9]{1,3})?)?"
#define SP80053B "https://doi.org/10.6028/NIST.SP.800-53B"

/*
 * The catalogs we know. CPRT-generated catalogs name themselves in a
 * metadata prop; the SP 800-53 ones only in their title, and a resolved
 * baseline says which in its title too, so baselines come first. The
 * baselines' profiles are named the same way, and get the profile id.
 */
struct known {
	const char *cprt;          /* framework-version-identifier, or NULL */
	const char *title_prefix;  /* or NULL */
	const char *title_mark;    /* must also be in the title, or NULL */
	const char *id;
	const char *version;       /* NULL: the metadata's version */
	const char *source;
	const char *pattern;
	const char *profile;       /* a baseline's profile id, or NULL */
};

static const struct known known[] = {
	{ "CSF_2_0_0", "NIST Cybersecurity Framework 2.0", NULL, "nist-csf-2.0",
	  "2.0", "https://doi.org/10.6028/NIST.CSWP.29",
	  "(GV|ID|PR|DE|RS|RC)(\\.[A-Z]{2}(-[0-9]{1,2})?)?", NULL },
	{ "SP_800_171_3_0_0", NULL, NULL, "nist-sp800-171-r3", "3.0.0",
	  "https://doi.org/10.6028/NIST.SP.800-171r3",
	  "(SR-)?03\\.[0-9]{2}(\\.[0-9]{2})?", NULL },
	{ NULL, SP80053_TITLE, "LOW IMPACT BASELINE", "nist-sp800-53-r5-low",
	  NULL, SP80053B, SP80053_IDS, "low" },
	{ NULL, SP80053_TITLE, "MODERATE IMPACT BASELINE",
	  "nist-sp800-53-r5-moderate", NULL, SP80053B, SP80053_IDS, "moderate" },
	{ NULL, SP80053_TITLE, "HIGH IMPACT BASELINE", "nist-sp800-53-r5-high",
	  NULL, SP80053B, SP80053_IDS, "high" },
	{ NULL, SP80053_TITLE, "PRIVACY BASELINE", "nist-sp800-53-r5-privacy",
	  NULL, SP80053B, SP80053_IDS, "privacy" },
	{ NULL, SP80053_TITLE, NULL, "nist-sp800-53-r5", NULL,
	  "https://doi.org/10.6028/NIST.SP.800-53r5", SP80053_IDS, NULL },
};

static const struct known *recognise(const char *title, const char *cprt)
{
	for (size_t i = 0; i < sizeof(known) / sizeof(known[0]); i++) {
		const struct known *k = &known[i];

		if (k->cprt && cprt && strcmp(k->cprt, cprt) == 0)
			return k;
		if (k->title_prefix &&
		    strncmp(title, k->title_prefix, strlen(k->title_prefix)) == 0 &&
		    (!k->title_mark || strstr(title, k->title_mark)))
			return k;
	}
	return NULL;
}

static int digit(char c)
{
	return c >= '0' && c <= '9';
}

void oc_meta_slug(const char *title, const char *fallback,
		  char out[OC_META_ID_MAX + 1])
{
	size_t n = 0;
	int dash = 0;

	for (const char *p = title; *p; p++) {
		char c = *p >= 'A' && *p <= 'Z' ? (char)(*p | 0x20) : *p;

		if ((c >= 'a' && c <= 'z') || digit(c) ||
		    (c == '.' && p > title && digit(p[-1]) && digit(p[1]))) {
			/* a separator and the character, or neither */
			if (n + (dash && n) >= OC_META_ID_MAX)
				break;
			if (dash && n)
				out[n++] = '-';
			out[n++] = c;
			dash = 0;
		} else {
			dash = 1;
		}
	}
	while (n && out[n - 1] == '.')   /* cut short between digits */
		n--;
	out[n] = '\0';
	if (!n)
		snprintf(out, OC_META_ID_MAX + 1, "%s", fallback);
}

/* The date part of an OSCAL date-time, when it has the YYYY-MM-DD shape. */
static int date_of(const char *dt, char out[11])
{
	static const char shape[] = "dddd-dd-dd";

	if (!dt)
		return 0;
	for (int i = 0; i < 10; i++) {
		int ok = shape[i] == 'd' ? dt[i] >= '0' && dt[i] <= '9' : dt[i] == '-';
		if (!ok)
			return 0;
	}
	memcpy(out, dt, 10);
	out[10] = '\0';
	return 1;
}

/* The CPRT props: the framework identifier and its version identifier. */
static void cprt_props(const struct oc_view *v, const void *md,
		       const char **framework, const char **version)
{
	*framework = *version = NULL;
	for (const void *p = oc_first(v, md, OC_PROPS); p; p = oc_next(v, p, OC_PROPS)) {
		const char *name = oc_field(v, p, OC_NAME);

		if (!name)
			continue;
		if (strcmp(name, "framework-identifier") == 0)
			*framework = oc_field(v, p, OC_VALUE);
		else if (strcmp(name, "framework-version-identifier") == 0)
			*version = oc_field(v, p, OC_VALUE);
	}
}

/* Sets a framework field, or nothing when there is no value. */
static int set(const struct xw_host *h, struct xw_call *call,
	       struct xw_framework *fw, const char *key, const char *sub,
	       const char *value)
{
	return value ? h->framework_set(call, fw, key, sub, value) : 0;
}

int oc_meta_title(const struct xw_host *h, struct xw_call *call,
		  const struct oc_view *v, const char *what, const char *names,
		  struct oc_text *title)
{
	const void *md = oc_first(v, v->root, OC_METADATA);

	if (md)
		v->ops->markup(md, OC_TITLE, title);
	if (title->failed)
		return h->error(call, XW_ENOMEM, "out of memory");
	if (!title->len) {
		const void *where = md ? md : v->root;

		h->at(call, v->ops->line(where), v->ops->column(where));
		return h->error(call, XW_EINVAL,
				"the OSCAL %s has no metadata title, which xwalk needs to "
				"name the %s", what, names);
	}
	return 0;
}

int oc_meta_read(const struct xw_host *h, struct xw_call *call,
		 const struct oc_view *v, struct xw_framework *fw,
		 struct oc_meta *out)
{
	const void *md = oc_first(v, v->root, OC_METADATA);
	const char *cprt_fw, *cprt_version, *version;
	const struct known *k;
	struct oc_text title;
	char date[11];
	int rc;

	memset(out, 0, sizeof(*out));
	oc_text_init(&title, NULL, NULL);
	rc = oc_meta_title(h, call, v, "catalog", "framework", &title);
	if (rc < 0) {
		oc_text_free(&title);
		return rc;
	}
	cprt_props(v, md, &cprt_fw, &cprt_version);
	k = recognise(title.buf, cprt_version);
	if (k)
		snprintf(out->id, sizeof(out->id), "%s", k->id);
	else
		oc_meta_slug(title.buf, "oscal-catalog", out->id);
	out->pattern = k ? k->pattern : NULL;
	if (cprt_fw && *cprt_fw) {
		out->prefix = cprt_fw;
		out->prefix_len = strlen(cprt_fw);
	}
	version = k && k->version ? k->version : oc_field(v, md, OC_VERSION);
	if (!date_of(oc_field(v, md, OC_PUBLISHED), date) &&
	    !date_of(oc_field(v, md, OC_LAST_MODIFIED), date))
		date[0] = '\0';
	h->at(call, v->ops->line(md), v->ops->column(md));
	rc = set(h, call, fw, "id", NULL, out->id);
	if (rc == 0)
		rc = set(h, call, fw, "name", "en", title.buf);
	if (rc == 0)
		rc = set(h, call, fw, "version", NULL, version);
	if (rc == 0)
		rc = set(h, call, fw, "date", NULL, date[0] ? date : NULL);
	if (rc == 0 && k)
		rc = set(h, call, fw, "publisher", NULL, NIST);
	if (rc == 0 && k)
		rc = set(h, call, fw, "source", NULL, k->source);
	if (rc == 0 && k)
		rc = set(h, call, fw, "licence", NULL, NIST_LICENCE);
	oc_text_free(&title);
	return rc;
}

void oc_meta_framework_id(const char *title, char out[OC_META_ID_MAX + 1])
{
	const struct known *k = recognise(title, NULL);

	if (k)
		snprintf(out, OC_META_ID_MAX + 1, "%s", k->id);
	else
		oc_meta_slug(title, "oscal-catalog", out);
}

void oc_meta_profile_id(const char *title, char out[OC_META_ID_MAX + 1])
{
	const struct known *k = recognise(title, NULL);

	if (k && k->profile)
		snprintf(out, OC_META_ID_MAX + 1, "%s", k->profile);
	else
		oc_meta_slug(title, "oscal-profile", out);
}

const char *oc_meta_item_id(const struct oc_meta *m, const char *oscal_id)
{
	if (m->prefix && strncmp(oscal_id, m->prefix, m->prefix_len) == 0 &&
	    oscal_id[m->prefix_len] == '_' && oscal_id[m->prefix_len + 1])
		return oscal_id + m->prefix_len + 1;
	return oscal_id;
}
