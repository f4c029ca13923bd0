/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <string.h>
#include <strings.h>

#include "olir_sides.h"
#include "olir_text.h"
#include "sp80053_id.h"

#define SP80053 "nist-sp800-53-r5"

/* A framework whose OLIR name the plugin knows (docs/formats.md). */
struct known {
	const char *id;
	const char *version;        /* the one version of the id; NULL when several */
	const char *major;          /* the version must be this or start "this." */
	const char *names[4];
};

static const struct known known[] = {
	{ "nist-csf-2.0", "2.0", "2.0",
	  { "NIST Cybersecurity Framework", "Cybersecurity Framework", "NIST CSF", "CSF" } },
	{ SP80053, NULL, "5",
	  { "NIST SP 800-53", "SP 800-53", "NIST Special Publication 800-53" } },
	{ "iso27001-2022", "2022", "2022", { "ISO/IEC 27001" } },
};

#define N_KNOWN (sizeof(known) / sizeof(known[0]))

/* "Rev. 5.1.1", "Version 2.0", "v2.0" as the bare version, into @out. */
static bool bare_version(const char *text, char *out, size_t size)
{
	static const char *const words[] = { "revision", "version", "rev.", "rev", "v" };
	char buf[OLIR_SIDE_MAX];
	const char *p = buf;

	if (!olir_squeeze(text, buf, sizeof(buf)))
		return false;
	for (size_t i = 0; i < sizeof(words) / sizeof(words[0]); i++)
		if (strncasecmp(p, words[i], strlen(words[i])) == 0) {
			p += strlen(words[i]);
			break;
		}
	while (*p == ' ')
		p++;
	return *p && (size_t)snprintf(out, size, "%s", p) < size;
}

/* @version is @major or @major followed by ".…". */
static bool of_major(const char *version, const char *major)
{
	size_t n = strlen(major);

	return strncmp(version, major, n) == 0 && (!version[n] || version[n] == '.');
}

/* An xwalk framework id: lower-case letters, digits, '.' and '-'. */
static bool is_framework_id(const char *s)
{
	return *s && !s[strspn(s, "abcdefghijklmnopqrstuvwxyz0123456789.-")];
}

static const struct known *known_id(const char *id)
{
	for (size_t i = 0; i < N_KNOWN; i++)
		if (strcmp(known[i].id, id) == 0)
			return &known[i];
	return NULL;
}

/* The known framework @name and @version (bare) name, or NULL. */
static const struct known *known_name(const char *name, const char *version)
{
	for (size_t i = 0; i < N_KNOWN; i++)
		for (size_t j = 0; j < 4 && known[i].names[j]; j++)
			if (olir_says(name, known[i].names[j]) && of_major(version, known[i].major))
				return &known[i];
	return NULL;
}

/* Copies @s into @out when it fits: true then. */
static bool put(char *out, const char *s)
{
	return (size_t)snprintf(out, OLIR_SIDE_MAX, "%s", s) < OLIR_SIDE_MAX;
}

bool olir_side_resolve(struct olir_side *side, const char *option_id,
		       const char *option_version, const char *name,
		       const char *version)
{
	char bare[OLIR_SIDE_MAX] = "", id[OLIR_SIDE_MAX] = "", given[OLIR_SIDE_MAX] = "";
	const struct known *k = NULL;

	memset(side, 0, sizeof(*side));
	if (version && olir_squeeze(version, given, sizeof(given)))
		bare_version(given, bare, sizeof(bare));
	if (*option_id)
		put(side->framework, option_id);
	else if (name && olir_squeeze(name, id, sizeof(id)) && is_framework_id(id))
		put(side->framework, id);
	else if (name && (k = known_name(name, bare)))
		put(side->framework, k->id);
	/* a known name's version is read bare ("Rev. 5.2.0" is 5.2.0); an id's as written */
	if (*option_version)
		put(side->version, option_version);
	else if (k ? *bare : *given)
		put(side->version, k ? bare : given);
	else if ((k = known_id(side->framework)) && k->version)
		put(side->version, k->version);
	side->sp80053 = strcmp(side->framework, SP80053) == 0;
	return side->framework[0];
}

bool olir_side_id(const struct olir_side *side, const char *text, char *out,
		  size_t size)
{
	char buf[OLIR_SIDE_MAX];
	size_t len;
	const char *s = olir_trim(text, &len);

	if (len == 0 || len >= sizeof(buf) || len >= size)
		return false;
	memcpy(buf, s, len);
	buf[len] = '\0';
	if (side->sp80053)
		return sp80053_id(buf, out, size) >= 0;
	memcpy(out, buf, len + 1);
	return true;
}
