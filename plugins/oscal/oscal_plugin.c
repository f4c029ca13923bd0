/* SPDX-License-Identifier: MIT */
/*
 * The oscal plugin: NIST OSCAL catalogs, in XML or JSON, read as
 * frameworks, and OSCAL profiles (the SP 800-53 baselines) read as
 * profiles of a framework read before from their catalog (ABI 1.3's
 * read_profiles; see docs/formats.md).
 */
#include <stddef.h>
#include <stdlib.h>

#include "xwalk/plugin.h"
#include "oscal_catalog.h"
#include "oscal_json.h"
#include "oscal_probe.h"
#include "oscal_profile.h"
#include "oscal_xml.h"

/* The plugin's state is the host table it was given. */
struct state {
	const struct xw_host *host;
};

/* The host can be asked for @field: a later minor version appended it. */
#define HOST_HAS(h, field) \
	((h)->struct_size >= offsetof(struct xw_host, field) + sizeof((h)->field))

static int init(const struct xw_host *host, void **state)
{
	struct state *s;

	/* the catalog reader calls nothing past item_set (ABI 1.0); the
	 * profile reader checks for the ABI 1.3 entries it needs itself */
	if (host->abi_major != XW_PLUGIN_ABI_MAJOR || !HOST_HAS(host, item_set))
		return XW_EPLUGIN;
	s = malloc(sizeof(*s));
	if (!s)
		return XW_ENOMEM;
	s->host = host;
	ox_init();
	*state = s;
	return 0;
}

static void fini(void *state)
{
	free(state);
}

static int probe(void *state, const struct xw_input *in)
{
	return oc_oscal_root(in) != OC_ROOT_NONE ? 70 : 0;
}

typedef int (*walk_fn)(const struct xw_host *h, struct xw_call *call,
		       const struct oc_view *v, struct xw_framework *fw);

/* Parses @in, whose root must be @root ("catalog" or "profile"), in
 * whichever syntax it is, and hands it to @walk. */
static int read_as(const struct xw_host *h, struct xw_call *call,
		   const struct xw_input *in, const char *root, walk_fn walk,
		   struct xw_framework *fw)
{
	struct ox_doc xml;
	struct oc_jdoc json;
	struct oc_view view;
	enum oc_syntax syntax = oc_sniff(in);
	int rc;

	if (syntax == OC_NOT_OSCAL)
		return XW_EUNSUPPORTED;
	/* checked here, so that the message is the one every reader gives,
	 * not libxml2's or libyaml's */
	rc = h->check_utf8(call, (const char *)in->data, in->size, 1);
	if (rc < 0)
		return rc;
	switch (syntax) {
	case OC_XML:
		rc = oscal_xml_open(h, call, in, root, &xml, &view);
		if (rc < 0)
			return rc;
		rc = walk(h, call, &view, fw);
		ox_free(&xml);
		return rc;
	case OC_JSON:
		rc = oscal_json_open(h, call, in, root, &json, &view);
		if (rc < 0)
			return rc;
		rc = walk(h, call, &view, fw);
		oc_json_free(&json);
		return rc;
	case OC_NOT_OSCAL:
		break;
	}
	return XW_EUNSUPPORTED;
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	const struct xw_host *h = ((const struct state *)state)->host;
	int rc = read_as(h, call, in, "catalog", oc_catalog_read, fw);

	/* not a catalog: say why when it is a profile */
	if (rc == XW_EUNSUPPORTED && oc_oscal_root(in) == OC_ROOT_PROFILE)
		return h->error(call, XW_EUNSUPPORTED,
				"an OSCAL profile, which selects controls of a catalog: "
				"read the catalog as the framework and this file as its "
				"profiles (xwalk convert CATALOG OUT --profiles FILE)");
	return rc;
}

static int read_profiles(void *state, struct xw_call *call,
			 const struct xw_input *in, struct xw_framework *fw)
{
	const struct xw_host *h = ((const struct state *)state)->host;
	int rc;

	if (!HOST_HAS(h, item_find))
		return h->error(call, XW_EPLUGIN, "reading OSCAL profiles needs "
				"plugin ABI 1.3, which this xwalk does not have");
	rc = read_as(h, call, in, "profile", oc_profile_read, fw);
	if (rc == XW_EUNSUPPORTED)
		return h->error(call, XW_EUNSUPPORTED,
				oc_oscal_root(in) == OC_ROOT_CATALOG
				? "an OSCAL catalog, not a profile: read it as the framework"
				: "not an OSCAL profile");
	return rc;
}

static const char *const extensions[] = { "xml", "json", NULL };
static const char *const contents[] = { "xml", "json", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "oscal",
	.version = "1.1.0",
	.description = "NIST OSCAL catalogs (XML, JSON) as frameworks, OSCAL profiles as their profiles",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_framework = read_framework,
	.read_profiles = read_profiles,
	.contents = contents,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &descriptor;
}
