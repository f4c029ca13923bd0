/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "oscal_probe.h"

#define OSCAL_NS "http://csrc.nist.gov/ns/oscal/1.0"

/* The root's start tag is found within this many bytes or not at all. */
#define PROLOG_MAX 4096

struct scan {
	const char *p, *end;
};

static int blank(char c)
{
	return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

static void skip_blanks(struct scan *s)
{
	while (s->p < s->end && blank(*s->p))
		s->p++;
}

static int starts(const struct scan *s, const char *lit)
{
	size_t n = strlen(lit);

	return (size_t)(s->end - s->p) >= n && memcmp(s->p, lit, n) == 0;
}

/* Steps past the next @lit; 0 when there is none. */
static int past(struct scan *s, const char *lit)
{
	size_t n = strlen(lit);

	for (; s->p + n <= s->end; s->p++)
		if (memcmp(s->p, lit, n) == 0) {
			s->p += n;
			return 1;
		}
	return 0;
}

static struct scan start(const struct xw_input *in)
{
	struct scan s = { (const char *)in->data, (const char *)in->data + in->size };

	if (starts(&s, "\xEF\xBB\xBF"))
		s.p += 3;   /* UTF-8 BOM */
	skip_blanks(&s);
	return s;
}

enum oc_syntax oc_sniff(const struct xw_input *in)
{
	struct scan s = start(in);

	if (s.p < s.end && *s.p == '{')
		return OC_JSON;
	if (s.p < s.end && *s.p == '<')
		return OC_XML;
	return OC_NOT_OSCAL;
}

/* An element name, with or without a prefix, is @local. */
static int name_is(const struct scan *s, const char *local)
{
	const char *p = s->p, *colon = NULL;
	size_t n = strlen(local);

	while (p < s->end && !blank(*p) && *p != '>' && *p != '/' && *p != '[') {
		if (*p == ':')
			colon = p;
		p++;
	}
	if (colon)
		return (size_t)(p - colon - 1) == n && memcmp(colon + 1, local, n) == 0;
	return (size_t)(p - s->p) == n && memcmp(s->p, local, n) == 0;
}

static enum oc_root oscal_root(const struct scan *s)
{
	return name_is(s, "catalog") ? OC_ROOT_CATALOG
	       : name_is(s, "profile") ? OC_ROOT_PROFILE : OC_ROOT_NONE;
}

static enum oc_root xml_root(struct scan s)
{
	for (;;) {
		skip_blanks(&s);
		if (starts(&s, "<?")) {
			if (!past(&s, "?>"))
				return OC_ROOT_NONE;
		} else if (starts(&s, "<!--")) {
			if (!past(&s, "-->"))
				return OC_ROOT_NONE;
		} else if (starts(&s, "<!DOCTYPE")) {
			s.p += 9;
			skip_blanks(&s);
			return oscal_root(&s);
		} else if (starts(&s, "<")) {
			enum oc_root root;
			const char *tag_end;

			s.p++;
			root = oscal_root(&s);
			tag_end = memchr(s.p, '>', (size_t)(s.end - s.p));
			/* the namespace is declared on the root in OSCAL files */
			s.end = tag_end ? tag_end : s.end;
			return root != OC_ROOT_NONE && past(&s, OSCAL_NS) ? root : OC_ROOT_NONE;
		} else {
			return OC_ROOT_NONE;
		}
	}
}

static enum oc_root json_root(struct scan s)
{
	s.p++;   /* '{' */
	skip_blanks(&s);
	return starts(&s, "\"catalog\"") ? OC_ROOT_CATALOG
	       : starts(&s, "\"profile\"") ? OC_ROOT_PROFILE : OC_ROOT_NONE;
}

enum oc_root oc_oscal_root(const struct xw_input *in)
{
	struct scan s = start(in);

	if (s.end - s.p > PROLOG_MAX)
		s.end = s.p + PROLOG_MAX;
	switch (oc_sniff(in)) {
	case OC_XML: return xml_root(s);
	case OC_JSON: return json_root(s);
	default: return OC_ROOT_NONE;
	}
}
