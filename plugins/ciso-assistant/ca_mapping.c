/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "ca_fwfile.h"
#include "ca_mapping.h"
#include "ca_options.h"
#include "ca_relation.h"

enum { S_URN, S_REF_ID, S_SOURCE, S_TARGET, S_ROWS, S_DESCRIPTION, S_KEYS };
static const char *const set_keys[S_KEYS] = {
	"urn", "ref_id", "source_framework_urn", "target_framework_urn", "requirement_mappings",
	"description",
};

enum { R_SOURCE, R_TARGET, R_RELATIONSHIP, R_RATIONALE, R_STRENGTH, R_KEYS };
static const char *const row_keys[R_KEYS] = {
	"source_requirement_urn", "target_requirement_urn", "relationship", "rationale",
	"strength_of_relationship",
};

struct map_read {
	struct ca_ctx c;
	struct ca_lib lib;
	struct ca_options o;
	struct ca_fwfile files[CA_MAX_FRAMEWORK_FILES];
	const struct ytree_node *set, *f[S_KEYS];
	const struct ca_fwfile *source, *target;
	struct xw_mapping *m;
};

static int m_set(struct map_read *r, const char *key, const char *sub, const char *value)
{
	return value ? r->c.h->mapping_set(r->c.call, r->m, key, sub, value) : 0;
}

/* The set @o->set names (its urn's last part or its ref_id), or the first with a warning when there are several. */
static int choose_set(struct map_read *r)
{
	const struct ytree_node *list = r->lib.mapping_sets, *first = list->first;
	size_t n = 0;
	int rc;

	for (const struct ytree_node *s = first; s; s = s->next, n++) {
		const char *urn, *ref;

		if ((rc = ca_fields(&r->c, s, "a requirement mapping set", set_keys, S_KEYS, r->f)) < 0 ||
		    (rc = ca_text_needed(&r->c, r->f[S_URN], s, "the set's urn", &urn)) < 0 ||
		    (rc = ca_text(&r->c, r->f[S_REF_ID], "the set's ref_id", &ref)) < 0)
			return rc;
		if (r->o.set && (strcmp(ca_urn_key(urn), r->o.set) == 0 ||
				 (ref && strcmp(ref, r->o.set) == 0))) {
			r->set = s;
			return 0;
		}
	}
	if (!first)
		return ca_fail(&r->c, list, XW_EINVAL, "the library holds no requirement mapping set");
	if (r->o.set)
		return ca_fail(&r->c, list, XW_ENOTFOUND,
			       "no requirement mapping set has the urn or ref_id '%s'", r->o.set);
	r->set = first;
	if ((rc = ca_fields(&r->c, first, "a requirement mapping set", set_keys, S_KEYS, r->f)) < 0)
		return rc;
	if (n > 1) {
		r->c.h->at(r->c.call, first->line, first->column);
		r->c.h->warn(r->c.call, "the library holds %zu requirement mapping sets; reading the "
			     "first, '%s' (choose one with --from ciso-assistant:set=KEY)", n,
			     ca_urn_key(r->f[S_URN]->value));
	}
	return 0;
}

/* The framework library of @key's urn among those named by framework=FILE. */
static int framework_of(struct map_read *r, int key, const struct ca_fwfile **out)
{
	const char *urn;
	int rc = ca_text_needed(&r->c, r->f[key], r->set, set_keys[key], &urn);

	if (rc < 0)
		return rc;
	for (size_t i = 0; i < r->o.n_framework; i++)
		if (strcmp(r->files[i].urn, urn) == 0) {
			*out = &r->files[i];
			return 0;
		}
	return ca_fail(&r->c, r->f[key], XW_ENOTFOUND,
		       "the set's %s is %s; its library is needed to turn requirement URNs into "
		       "ids: name it with --from ciso-assistant:framework=FILE", set_keys[key], urn);
}

static int author(struct map_read *r)
{
	const char *provider, *packager;
	char text[512];
	int rc;

	if ((rc = ca_text(&r->c, r->lib.key[CA_LIB_PROVIDER], "provider", &provider)) < 0 ||
	    (rc = ca_text(&r->c, r->lib.key[CA_LIB_PACKAGER], "packager", &packager)) < 0)
		return rc;
	if (!provider && !packager)
		return ca_fail(&r->c, r->lib.tree.root, XW_EINVAL,
			       "the library names no provider or packager, one of which is its author");
	if (provider && packager && strcmp(packager, "xwalk") != 0)
		snprintf(text, sizeof(text), "%s (CISO Assistant library packaged by %s)", provider,
			 packager);
	else
		snprintf(text, sizeof(text), "%s", provider ? provider : packager);
	return m_set(r, "author", NULL, text);
}

static int metadata(struct map_read *r)
{
	const char *version, *date, *description;
	struct ca_texts title;
	char use[1024];
	int rc;

	if ((rc = m_set(r, "id", NULL, ca_urn_key(r->f[S_URN]->value))) < 0 ||
	    (rc = ca_lib_texts(&r->c, &r->lib, r->set, "name", &title)) < 0 ||
	    (rc = m_set(r, "title", "ja", title.ja)) < 0 ||
	    (rc = m_set(r, "title", "en", title.en)) < 0 ||
	    (rc = m_set(r, "source", "framework", r->source->id)) < 0 ||
	    (rc = m_set(r, "source", "version", r->source->version)) < 0 ||
	    (rc = m_set(r, "target", "framework", r->target->id)) < 0 ||
	    (rc = m_set(r, "target", "version", r->target->version)) < 0 ||
	    (rc = author(r)) < 0 ||
	    (rc = ca_text(&r->c, r->lib.key[CA_LIB_VERSION], "the library's version", &version)) < 0 ||
	    (rc = m_set(r, "version", NULL, version)) < 0 ||
	    (rc = ca_text(&r->c, r->lib.key[CA_LIB_DATE], "publication_date", &date)) < 0 ||
	    (rc = m_set(r, "date", NULL, date)) < 0 ||
	    (rc = ca_text(&r->c, r->f[S_DESCRIPTION], "the set's description", &description)) < 0)
		return rc;
	if (description && !*description)
		description = NULL;
	/* CISO Assistant records no method: xwalk needs one, so say which was chosen and why */
	snprintf(use, sizeof(use), "%s%sCISO Assistant mapping set %s. The library does not say "
		 "how its rows were made; method 'hybrid' is recorded because xwalk needs one.",
		 description ? description : "", !description ? "" :
		 description[strlen(description) - 1] == '.' ? " " : ". ", r->f[S_URN]->value);
	if ((rc = m_set(r, "method", NULL, "hybrid")) < 0 || (rc = m_set(r, "status", NULL, "draft")) < 0)
		return rc;
	return m_set(r, "intended-use", NULL, use);
}

/* The item id of the node @key of row @row names, in framework library @f. */
static int end_id(struct map_read *r, const struct ytree_node *row, const struct ytree_node *v[],
		  int key, const struct ca_fwfile *f, const char **out)
{
	const struct ca_node *n;
	const char *urn;
	int rc = ca_text_needed(&r->c, v[key], row, row_keys[key], &urn);

	if (rc < 0)
		return rc;
	if (!(n = ca_nodes_find(&f->nodes, urn)))
		return ca_fail(&r->c, v[key], XW_ENOTFOUND, "%s '%s' is no requirement node of %s",
			       row_keys[key], urn, f->path);
	*out = n->id;
	return 0;
}

/* Relationship, rationale and strength of @row onto @xr. */
static int claim(struct map_read *r, const struct ytree_node *v[], struct xw_row *xr)
{
	const char *theirs, *ours, *rationale, *strength;
	char why[256];
	int rc;

	if ((rc = ca_text_needed(&r->c, v[R_RELATIONSHIP], v[R_SOURCE], "relationship", &theirs)) < 0 ||
	    (rc = ca_text(&r->c, v[R_RATIONALE], "rationale", &rationale)) < 0 ||
	    (rc = ca_text(&r->c, v[R_STRENGTH], "strength_of_relationship", &strength)) < 0)
		return rc;
	if (!(ours = ca_relation_ours(theirs)))
		return ca_fail(&r->c, v[R_RELATIONSHIP], XW_EINVAL,
			       "relationship '%s' is not " CA_RELATIONS, theirs);
	if (!rationale && strcmp(ours, "no-relationship") != 0) {
		if (!r->o.missing_rationale_related)
			return ca_fail(&r->c, v[R_RELATIONSHIP], XW_EINVAL,
				       "relationship '%s' without a rationale (syntactic, semantic or "
				       "functional), which xwalk needs for it; to read such rows as "
				       "'related', add missing-rationale=related to the reader's options",
				       theirs);
		snprintf(why, sizeof(why), "CISO Assistant gives '%s' without a rationale; read as "
			 "related.", theirs);
		ours = "related";
		if ((rc = r->c.h->row_set(r->c.call, xr, "justification", NULL, why)) < 0)
			return rc;
	}
	if ((rc = r->c.h->row_set(r->c.call, xr, "relationship", NULL, ours)) < 0 ||
	    (rationale && (rc = r->c.h->row_set(r->c.call, xr, "rationale", NULL, rationale)) < 0))
		return rc;
	return strength ? r->c.h->row_set(r->c.call, xr, "strength", NULL, strength) : 0;
}

static int rows(struct map_read *r)
{
	const struct ytree_node *list = r->f[S_ROWS], *v[R_KEYS];
	size_t n = 0;
	int rc;

	if (!list || ytree_is_null(list))
		return 0;
	if (list->type != YTREE_SEQ)
		return ca_fail(&r->c, list, XW_EINVAL, "requirement_mappings must be a list");
	for (const struct ytree_node *e = list->first; e; e = e->next) {
		const char *src = NULL, *tgt = NULL;
		struct xw_row *xr;
		char id[32];

		snprintf(id, sizeof(id), "ca-%04zu", ++n);
		if ((rc = ca_fields(&r->c, e, "a requirement mapping", row_keys, R_KEYS, v)) < 0 ||
		    (rc = end_id(r, e, v, R_SOURCE, r->source, &src)) < 0 ||
		    (rc = end_id(r, e, v, R_TARGET, r->target, &tgt)) < 0)
			return rc;
		r->c.h->at(r->c.call, e->line, e->column);
		if ((rc = r->c.h->row_add(r->c.call, r->m, &xr)) < 0 ||
		    (rc = r->c.h->row_set(r->c.call, xr, "id", NULL, id)) < 0 ||
		    (rc = r->c.h->row_set(r->c.call, xr, "sources", NULL, src)) < 0 ||
		    (rc = r->c.h->row_set(r->c.call, xr, "targets", NULL, tgt)) < 0 ||
		    (rc = claim(r, v, xr)) < 0)
			return rc;
	}
	return 0;
}

static int read_set(struct map_read *r, const struct xw_input *in)
{
	const char *foreign;
	int rc;

	if ((rc = ca_options_parse(&r->c, in, &r->o)) < 0)
		return rc;
	if ((foreign = ca_options_foreign(&r->o, true)))
		return ca_fail(&r->c, NULL, XW_EUSAGE, "the option %s= is for framework libraries; "
			       "this is a mapping library", foreign);
	for (size_t i = 0; i < r->o.n_framework; i++)
		if ((rc = ca_fwfile_load(r->c.h, r->c.call, r->o.framework[i], &r->files[i])) < 0)
			return rc;
	if ((rc = choose_set(r)) < 0 ||
	    (rc = framework_of(r, S_SOURCE, &r->source)) < 0 ||
	    (rc = framework_of(r, S_TARGET, &r->target)) < 0 ||
	    (rc = metadata(r)) < 0)
		return rc;
	return rows(r);
}

int ca_read_mapping(const struct xw_host *h, struct xw_call *call, const struct xw_input *in,
		    struct xw_mapping *m)
{
	static struct map_read zero;
	struct map_read *r = malloc(sizeof(*r));
	int rc;

	if (!r)
		return XW_ENOMEM;
	*r = zero;
	r->c = (struct ca_ctx){ h, call, NULL };
	r->m = m;
	rc = h->check_utf8(call, (const char *)in->data, in->size, 1);
	if (rc == 0)
		rc = ca_lib_open(&r->c, (const char *)in->data, in->size, &r->lib);
	if (rc < 0) {
		free(r);
		return rc;
	}
	rc = r->lib.mapping_sets ? read_set(r, in) : XW_EUNSUPPORTED;
	for (size_t i = 0; i < CA_MAX_FRAMEWORK_FILES; i++)
		ca_fwfile_free(&r->files[i]);
	ca_lib_close(&r->lib);
	free(r);
	return rc;
}
