/* SPDX-License-Identifier: MIT */
/*
 * The oscal plugin: NIST OSCAL catalogs, in XML or JSON, read as
 * frameworks. An OSCAL profile is recognised but not read: ABI 1.0
 * gives a reader one file, and a profile means nothing without the
 * catalog it selects from (see docs/formats.md).
 */
#include <stddef.h>
#include <stdlib.h>

#include "xwalk/plugin.h"
#include "oscal_catalog.h"
#include "oscal_json.h"
#include "oscal_probe.h"
#include "oscal_xml.h"

/* The plugin's state is the host table it was given. */
struct state {
	const struct xw_host *host;
};

/* The host table must reach item_set, the last entry this plugin calls
 * (all of ABI 1.0); entries appended by later minor versions may be
 * missing from an older host without harm. */
#define HOST_MIN_SIZE \
	(offsetof(struct xw_host, item_set) + sizeof(((struct xw_host *)0)->item_set))

static int init(const struct xw_host *host, void **state)
{
	struct state *s;

	if (host->abi_major != XW_PLUGIN_ABI_MAJOR || host->struct_size < HOST_MIN_SIZE)
		return XW_EPLUGIN;
	s = malloc(sizeof(*s));
	if (!s)
		return XW_ENOMEM;
	s->host = host;
	oscal_xml_init();
	*state = s;
	return 0;
}

static void fini(void *state)
{
	free(state);
}

static int probe(void *state, const struct xw_input *in)
{
	return oc_looks_like_oscal(in) ? 70 : 0;
}

static int read_xml(const struct xw_host *h, struct xw_call *call,
		    const struct xw_input *in, struct xw_framework *fw)
{
	struct oscal_xml *doc;
	struct oc_view view;
	int rc = oscal_xml_open(h, call, in, &doc, &view);

	if (rc < 0)
		return rc;
	rc = oc_catalog_read(h, call, &view, fw);
	oscal_xml_close(doc);
	return rc;
}

static int read_json(const struct xw_host *h, struct xw_call *call,
		     const struct xw_input *in, struct xw_framework *fw)
{
	struct oc_jdoc doc;
	struct oc_view view;
	int rc = oscal_json_open(h, call, in, &doc, &view);

	if (rc < 0)
		return rc;
	rc = oc_catalog_read(h, call, &view, fw);
	oc_json_free(&doc);
	return rc;
}

static int read_framework(void *state, struct xw_call *call,
			  const struct xw_input *in, struct xw_framework *fw)
{
	const struct xw_host *h = ((const struct state *)state)->host;

	switch (oc_sniff(in)) {
	case OC_XML: return read_xml(h, call, in, fw);
	case OC_JSON: return read_json(h, call, in, fw);
	default: return XW_EUNSUPPORTED;
	}
}

static const char *const extensions[] = { "xml", "json", NULL };

static const struct xw_plugin_descriptor descriptor = {
	.abi_major = XW_PLUGIN_ABI_MAJOR,
	.abi_minor = XW_PLUGIN_ABI_MINOR,
	.struct_size = sizeof(struct xw_plugin_descriptor),
	.name = "oscal",
	.version = "1.0.0",
	.description = "NIST OSCAL catalogs (XML, JSON) as frameworks",
	.extensions = extensions,
	.init = init,
	.fini = fini,
	.probe = probe,
	.read_framework = read_framework,
};

__attribute__((visibility("default")))
const struct xw_plugin_descriptor *xwalk_plugin_entry(void);

const struct xw_plugin_descriptor *xwalk_plugin_entry(void)
{
	return &descriptor;
}
