/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_lib.h"

static const char *const lib_keys[CA_LIB_KEYS] = {
	"urn", "locale", "copyright", "version", "publication_date", "provider", "packager",
	"objects",
};

/* A library lacking urn or objects is not one: say so only for a file the user named. */
static int not_a_library(const struct ca_ctx *c, const char *what)
{
	if (!c->origin)
		return XW_EUNSUPPORTED;
	return ca_fail(c, NULL, XW_EUNSUPPORTED, "not a CISO Assistant library (%s)", what);
}

static int find_objects(const struct ca_ctx *c, struct ca_lib *lib)
{
	static const char *const keys[] = { "framework", "requirement_mapping_sets" };
	const struct ytree_node *v[2];
	int rc = ca_fields(c, lib->key[CA_LIB_OBJECTS], "the library's objects", keys, 2, v);

	if (rc < 0)
		return rc;
	lib->framework = v[0];
	lib->mapping_sets = v[1];
	if (lib->mapping_sets && lib->mapping_sets->type != YTREE_SEQ)
		return ca_fail(c, lib->mapping_sets, XW_EINVAL,
			       "requirement_mapping_sets must be a list");
	return 0;
}

int ca_lib_open(const struct ca_ctx *c, const char *data, size_t len, struct ca_lib *lib)
{
	int rc;

	memset(lib, 0, sizeof(*lib));
	rc = ytree_parse(&lib->tree, data, len, c->h, c->call, c->origin);
	if (rc < 0)
		return rc;
	if (!lib->tree.root || lib->tree.root->type != YTREE_MAP) {
		rc = not_a_library(c, "its top level is no map");
		goto fail;
	}
	rc = ca_fields(c, lib->tree.root, "the library", lib_keys, CA_LIB_KEYS, lib->key);
	if (rc < 0)
		goto fail;
	if (!lib->key[CA_LIB_URN] || !lib->key[CA_LIB_OBJECTS]) {
		rc = not_a_library(c, "no 'urn' or no 'objects'");
		goto fail;
	}
	if ((rc = ca_text_needed(c, lib->key[CA_LIB_URN], lib->tree.root, "the library's urn",
				 &lib->urn)) < 0 ||
	    (rc = ca_text(c, lib->key[CA_LIB_LOCALE], "the library's locale", &lib->locale)) < 0 ||
	    (rc = find_objects(c, lib)) < 0)
		goto fail;
	if (!lib->locale)
		lib->locale = "en";  /* CISO Assistant's default */
	return 0;
fail:
	ca_lib_close(lib);
	return rc;
}

void ca_lib_close(struct ca_lib *lib)
{
	ytree_free(&lib->tree);
}

/* The @key text of translation @lang ("ja") in @translations, or NULL. */
static int translation(const struct ca_ctx *c, const struct ytree_node *translations,
		       const char *lang, const char *key, const char **out)
{
	const char *const langs[] = { lang };
	const char *const keys[] = { key };
	const struct ytree_node *t, *v;
	int rc;

	*out = NULL;
	if (!translations)
		return 0;
	if ((rc = ca_fields(c, translations, "translations", langs, 1, &t)) < 0 || !t)
		return rc;
	if ((rc = ca_fields(c, t, "a translation", keys, 1, &v)) < 0)
		return rc;
	return ca_text(c, v, key, out);
}

int ca_lib_texts(const struct ca_ctx *c, const struct ca_lib *lib,
		 const struct ytree_node *owner, const char *key, struct ca_texts *out)
{
	const char *const keys[] = { key, "translations" };
	const struct ytree_node *v[2];
	const char *own;
	int rc;

	out->ja = out->en = NULL;
	if ((rc = ca_fields(c, owner, "a library object", keys, 2, v)) < 0 ||
	    (rc = ca_text(c, v[0], key, &own)) < 0 ||
	    (rc = translation(c, v[1], "ja", key, &out->ja)) < 0 ||
	    (rc = translation(c, v[1], "en", key, &out->en)) < 0)
		return rc;
	if (strcmp(lib->locale, "ja") == 0 && own)
		out->ja = own;
	else if (strcmp(lib->locale, "en") == 0 && own)
		out->en = own;
	return 0;
}

const char *ca_urn_key(const char *urn)
{
	const char *colon = strrchr(urn, ':');

	return colon ? colon + 1 : urn;
}
