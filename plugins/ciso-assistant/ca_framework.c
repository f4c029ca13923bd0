/* SPDX-License-Identifier: MIT */
#include <string.h>

#include "ca_framework.h"
#include "ca_nodes.h"
#include "ca_options.h"

/* A library has no id pattern: any id on one line. */
#define ANY_ID "[^\\n]+"

struct fw_read {
	struct ca_ctx c;
	const struct ca_lib *lib;
	struct xw_framework *fw;
};

int ca_framework_ident(const struct ca_ctx *c, const struct ca_lib *lib, const char *id,
		       const char *version, const char **id_out, const char **version_out,
		       const char **urn_out)
{
	static const char *const keys[] = { "urn" };
	const struct ytree_node *urn;
	int rc;

	if ((rc = ca_fields(c, lib->framework, "the framework", keys, 1, &urn)) < 0 ||
	    (rc = ca_text_needed(c, urn, lib->framework, "the framework's urn", urn_out)) < 0)
		return rc;
	*id_out = id ? id : ca_urn_key(*urn_out);
	if (!**id_out || strspn(*id_out, "abcdefghijklmnopqrstuvwxyz0123456789.-") != strlen(*id_out))
		return ca_fail(c, id ? NULL : urn, XW_EINVAL,
			       "framework id '%s' may hold only a-z, 0-9, '.' and '-'%s", *id_out,
			       id ? "" : "; give one with --from ciso-assistant:id=ID");
	if (version) {
		*version_out = version;
		return 0;
	}
	if ((rc = ca_text(c, lib->key[CA_LIB_VERSION], "the library's version", version_out)) < 0)
		return rc;
	if (!*version_out)
		return ca_fail(c, lib->tree.root, XW_EINVAL,
			       "the library has no version; give one with --from ciso-assistant:version=V");
	return 0;
}

static int fw_set(struct fw_read *r, const char *key, const char *sub, const char *value)
{
	return value ? r->c.h->framework_set(r->c.call, r->fw, key, sub, value) : 0;
}

static int fw_texts(struct fw_read *r, const struct ytree_node *owner, const char *from,
		    const char *key, struct ca_texts *t)
{
	int rc = ca_lib_texts(&r->c, r->lib, owner, from, t);

	if (rc == 0)
		rc = fw_set(r, key, "ja", t->ja);
	if (rc == 0)
		rc = fw_set(r, key, "en", t->en);
	return rc;
}

static int metadata(struct fw_read *r, const struct ca_options *o)
{
	const char *id, *version, *urn, *text;
	struct ca_texts name, summary;
	int rc;

	if ((rc = ca_framework_ident(&r->c, r->lib, o->id, o->version, &id, &version, &urn)) < 0 ||
	    (rc = fw_set(r, "id", NULL, id)) < 0 ||
	    (rc = fw_set(r, "version", NULL, version)) < 0 ||
	    (rc = fw_set(r, "id-pattern", NULL, ANY_ID)) < 0 ||
	    (rc = fw_texts(r, r->lib->framework, "name", "name", &name)) < 0 ||
	    (rc = fw_texts(r, r->lib->framework, "description", "summary", &summary)) < 0)
		return rc;
	if (!name.en)
		return ca_fail(&r->c, r->lib->framework, XW_EINVAL, "the framework has no English name "
			       "(the library's locale is '%s', and no 'en' translation gives one); "
			       "xwalk needs one", r->lib->locale);
	if ((rc = ca_text(&r->c, r->lib->key[CA_LIB_PROVIDER], "provider", &text)) < 0 ||
	    (rc = fw_set(r, "publisher", NULL, text)) < 0 ||
	    (rc = ca_text(&r->c, r->lib->key[CA_LIB_COPYRIGHT], "copyright", &text)) < 0)
		return rc;
	return fw_set(r, "licence", NULL, text);
}

/* implementation_groups_definition: each group is a profile. */
static int profiles(struct fw_read *r)
{
	static const char *const keys[] = { "implementation_groups_definition" };
	static const char *const group_keys[] = { "ref_id" };
	const struct ytree_node *list, *ref;
	int rc = ca_fields(&r->c, r->lib->framework, "the framework", keys, 1, &list);

	if (rc < 0 || !list || ytree_is_null(list))
		return rc;
	if (list->type != YTREE_SEQ)
		return ca_fail(&r->c, list, XW_EINVAL, "implementation_groups_definition must be a list");
	for (const struct ytree_node *g = list->first; g; g = g->next) {
		struct xw_profile *p;
		struct ca_texts t;
		const char *id;

		r->c.h->at(r->c.call, g->line, g->column);
		if ((rc = ca_fields(&r->c, g, "an implementation group", group_keys, 1, &ref)) < 0 ||
		    (rc = ca_text_needed(&r->c, ref, g, "the group's ref_id", &id)) < 0 ||
		    (rc = r->c.h->profile_add(r->c.call, r->fw, &p)) < 0 ||
		    (rc = r->c.h->profile_set(r->c.call, p, "id", NULL, id)) < 0 ||
		    (rc = ca_lib_texts(&r->c, r->lib, g, "name", &t)) < 0 ||
		    (t.ja && (rc = r->c.h->profile_set(r->c.call, p, "title", "ja", t.ja)) < 0) ||
		    (t.en && (rc = r->c.h->profile_set(r->c.call, p, "title", "en", t.en)) < 0))
			return rc;
	}
	return 0;
}

static int item_texts(struct fw_read *r, struct xw_item *it, const struct ytree_node *node,
		      const char *from, const char *key)
{
	struct ca_texts t;
	int rc = ca_lib_texts(&r->c, r->lib, node, from, &t);

	if (rc == 0 && t.ja)
		rc = r->c.h->item_set(r->c.call, it, key, "ja", t.ja);
	if (rc == 0 && t.en)
		rc = r->c.h->item_set(r->c.call, it, key, "en", t.en);
	return rc;
}

/* implementation_groups (profiles) and annotation (a prop) of a node. */
static int item_extras(struct fw_read *r, struct xw_item *it, const struct ytree_node *node)
{
	static const char *const keys[] = { "implementation_groups", "annotation" };
	const struct ytree_node *v[2];
	const char *text;
	int rc = ca_fields(&r->c, node, "a requirement node", keys, 2, v);

	if (rc < 0)
		return rc;
	if (v[0] && !ytree_is_null(v[0])) {
		if (v[0]->type != YTREE_SEQ)
			return ca_fail(&r->c, v[0], XW_EINVAL, "implementation_groups must be a list");
		for (const struct ytree_node *g = v[0]->first; g; g = g->next)
			if ((rc = ca_text_needed(&r->c, g, v[0], "an implementation group", &text)) < 0 ||
			    (rc = r->c.h->item_set(r->c.call, it, "profiles", NULL, text)) < 0)
				return rc;
	}
	if ((rc = ca_text(&r->c, v[1], "annotation", &text)) < 0 || !text)
		return rc;
	r->c.h->at(r->c.call, v[1]->line, v[1]->column);
	return r->c.h->item_set(r->c.call, it, "props", "annotation", text);
}

static int items(struct fw_read *r)
{
	struct ca_nodes ns;
	int rc = ca_nodes_load(&r->c, r->lib, &ns);

	for (size_t i = 0; i < ns.n && rc == 0; i++) {
		const struct ca_node *n = &ns.v[i];
		struct xw_item *it;

		r->c.h->at(r->c.call, n->map->line, n->map->column);
		if ((rc = r->c.h->item_add(r->c.call, r->fw, &it)) < 0 ||
		    (rc = r->c.h->item_set(r->c.call, it, "id", NULL, n->id)) < 0 ||
		    (n->parent != CA_NO_PARENT &&
		     (rc = r->c.h->item_set(r->c.call, it, "parent", NULL, ns.v[n->parent].id)) < 0) ||
		    (rc = r->c.h->item_set(r->c.call, it, "kind", NULL,
					   n->assessable ? "requirement" : "category")) < 0 ||
		    (rc = item_texts(r, it, n->map, "name", "title")) < 0 ||
		    (rc = item_texts(r, it, n->map, "description", "text")) < 0)
			break;
		rc = item_extras(r, it, n->map);
	}
	ca_nodes_free(&ns);
	return rc;
}

int ca_read_framework(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		      struct xw_framework *fw)
{
	struct fw_read r = { .c = { h, call, NULL }, .fw = fw };
	struct ca_options o;
	struct ca_lib lib;
	const char *foreign;
	int rc = h->check_utf8(call, (const char *)in->data, in->size, 1);

	if (rc < 0 || (rc = ca_lib_open(&r.c, (const char *)in->data, in->size, &lib)) < 0)
		return rc;
	r.lib = &lib;
	if (!lib.framework)
		rc = XW_EUNSUPPORTED;  /* a mapping library: read_mapping's */
	else if ((rc = ca_options_parse(&r.c, in, &o)) == 0 &&
		 (foreign = ca_options_foreign(&o, false)))
		rc = ca_fail(&r.c, NULL, XW_EUSAGE, "the option %s= is for mapping libraries; "
			     "this is a framework library", foreign);
	if (rc == 0 && (rc = metadata(&r, &o)) == 0 && (rc = profiles(&r)) == 0)
		rc = items(&r);
	ca_lib_close(&lib);
	return rc;
}
