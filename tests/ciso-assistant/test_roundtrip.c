/* SPDX-License-Identifier: MIT */
/*
 * Our frameworks and ★ mapping sets written as CISO Assistant libraries
 * and read back: what the format holds comes back the same (docs/
 * formats.md says what it cannot hold), and the same model gives the
 * same bytes.
 */
#include "helpers.h"

TestSuite(roundtrip, .fini = scratch_remove);

/* @native read, written as a library to the scratch file @name; the model is left in @doc. */
static const char *export(struct xw_registry *reg, const char *native, const char *name,
			  struct xw_doc *doc)
{
	const char *out = scratch_at(name);

	must_read(reg, bundled(native), "native", XW_DOC_NONE, doc);
	must_write(reg, doc, out);
	return out;
}

static void same_text(const struct xw_ltext *a, const struct xw_ltext *b, const char *what,
		      const char *id)
{
	for (int l = 0; l < XW_LANG_COUNT; l++) {
		const char *x = a->s[l], *y = b->s[l];

		cr_assert((!x && !y) || (x && y && strcmp(x, y) == 0), "%s of %s (%s): '%s' / '%s'",
			  what, id, l == XW_LANG_JA ? "ja" : "en", x ? x : "(none)", y ? y : "(none)");
	}
}

/* The ids of the profiles @it is in, effectively, as one string. */
static const char *profiles_of(const struct xw_framework *fw, const struct xw_item *it)
{
	static char buf[2][512];
	static unsigned k;
	char *out = buf[k++ % 2];

	out[0] = '\0';
	for (size_t p = 0; p < fw->n_profiles; p++)
		if (xw_item_in_profile(it, p)) {
			strcat(out, fw->profiles[p]->id);
			strcat(out, " ");
		}
	return out;
}

static void same_framework(const struct xw_framework *a, const struct xw_framework *b)
{
	cr_assert_str_eq(a->id, b->id);
	same_text(&a->name, &b->name, "name", a->id);
	same_text(&a->summary, &b->summary, "summary", a->id);
	cr_assert_str_eq(a->publisher, b->publisher);
	cr_assert_str_eq(a->licence, b->licence);
	cr_assert_eq(a->n_items, b->n_items);
	for (size_t i = 0; i < a->n_items; i++) {
		const struct xw_item *x = a->items[i], *y = b->items[i];
		bool leaf = i + 1 == a->n_items || a->items[i + 1]->parent != i;

		cr_assert_str_eq(x->id, y->id);
		cr_assert((!x->parent_id && !y->parent_id) ||
			  (x->parent_id && y->parent_id && strcmp(x->parent_id, y->parent_id) == 0),
			  "parent of %s", x->id);
		same_text(&x->title, &y->title, "title", x->id);
		same_text(&x->text, &y->text, "text", x->id);
		cr_assert_eq(y->kind, leaf ? XW_KIND_REQUIREMENT : XW_KIND_CATEGORY, "kind of %s", x->id);
		cr_assert_str_eq(profiles_of(a, x), profiles_of(b, y), "profiles of %s", x->id);
	}
}

/*
 * @native written as a library and read back with @format: the same
 * framework, with version @version and @n_profiles profiles.
 */
static void framework_roundtrip(const char *native, const char *format, const char *version,
				size_t n_profiles)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc ours, back;
	const char *lib = export(reg, native, "framework.yaml", &ours);

	must_read(reg, lib, format, XW_DOC_NONE, &back);
	cr_assert_eq(back.kind, XW_DOC_FRAMEWORK);
	cr_assert_str_eq(back.framework->version, version);
	cr_assert_eq(back.framework->n_profiles, n_profiles);
	same_framework(ours.framework, back.framework);
	xw_doc_clear(&ours);
	xw_doc_clear(&back);
	xw_registry_free(reg);
}

/* ★5 is announced but holds nothing: no implementation group. */
Test(roundtrip, the_star_framework)
{
	framework_roundtrip("frameworks/scs-2026.yaml", "ciso-assistant:version=2026-03-27",
			    "2026-03-27", 2);
}

/* Ids in upper case come back from ref_id; without version= the version is the date as a number. */
Test(roundtrip, upper_case_ids_and_the_version_from_the_library)
{
	framework_roundtrip("frameworks/iso27001-2022.yaml", NULL, "20221025", 2);
}

Test(roundtrip, the_same_model_gives_the_same_bytes)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc doc;
	const char *a = export(reg, "mappings/iso27001-2022--scs-2026.yaml", "a.yaml", &doc);
	const char *b = scratch_at("b.yaml");
	size_t na, nb;
	char *x, *y;

	must_write(reg, &doc, b);
	x = slurp(a, &na);
	y = slurp(b, &nb);
	cr_assert(na == nb && memcmp(x, y, na) == 0, "%s and %s differ", a, b);
	free(x);
	free(y);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* The row of @back for the pair @s -> @t, or NULL. */
static const struct xw_row *pair_row(const struct xw_mapping *back, const char *s, const char *t)
{
	for (size_t i = 0; i < back->n_rows; i++)
		if (strcmp(back->rows[i]->sources.v[0], s) == 0 &&
		    strcmp(back->rows[i]->targets.v[0], t) == 0)
			return back->rows[i];
	return NULL;
}

/*
 * What each pair of @r must read back as: the row's own claim for a
 * single pair, else what the claim for them together says of each pair.
 */
static enum xw_relationship expected(const struct xw_row *r)
{
	size_t n = r->sources.n, m = r->targets.n;

	if (n == 1 && m == 1)
		return r->relationship;
	switch (r->relationship) {
	case XW_REL_EQUAL:
		return n == 1 ? XW_REL_SUPERSET : m == 1 ? XW_REL_SUBSET : XW_REL_INTERSECTS;
	case XW_REL_SUBSET:
		return m == 1 ? XW_REL_SUBSET : XW_REL_INTERSECTS;
	case XW_REL_SUPERSET:
		return n == 1 ? XW_REL_SUPERSET : XW_REL_INTERSECTS;
	default:
		return r->relationship;
	}
}

static bool names_pair(const struct xw_row *r, const char *s, const char *t)
{
	bool hit_s = false, hit_t = false;

	for (size_t i = 0; i < r->sources.n; i++)
		hit_s |= strcmp(r->sources.v[i], s) == 0;
	for (size_t i = 0; i < r->targets.n; i++)
		hit_t |= strcmp(r->targets.v[i], t) == 0;
	return hit_s && hit_t && r->relationship != XW_REL_RELATED;
}

/* True when no row before row @i names the pair @s -> @t: CISO Assistant holds a pair once. */
static bool first_naming(const struct xw_mapping *m, size_t i, const char *s, const char *t)
{
	for (size_t j = 0; j < i; j++)
		if (names_pair(m->rows[j], s, t))
			return false;
	return true;
}

static void check_pair(const struct xw_row *r, const struct xw_row *b, const char *s, const char *t)
{
	cr_assert_not_null(b, "row %s: no pair %s -> %s", r->id, s, t);
	cr_assert_eq(b->relationship, expected(r), "row %s, %s -> %s", r->id, s, t);
	if (r->relationship != XW_REL_NONE)
		cr_assert_eq(b->rationale, r->rationale, "row %s", r->id);
	cr_assert_eq(b->strength, r->sources.n == 1 && r->targets.n == 1 ? r->strength
		     : XW_STRENGTH_NONE, "row %s", r->id);
}

/* Every pair of every row of @ours is in @back as the first row naming it says; nothing else is. */
static void same_pairs(const struct xw_mapping *ours, const struct xw_mapping *back)
{
	size_t pairs = 0;

	for (size_t i = 0; i < ours->n_rows; i++) {
		const struct xw_row *r = ours->rows[i];

		for (size_t s = 0; s < r->sources.n && r->relationship != XW_REL_RELATED; s++)
			for (size_t t = 0; t < r->targets.n; t++) {
				const char *src = r->sources.v[s], *tgt = r->targets.v[t];

				if (!first_naming(ours, i, src, tgt))
					continue;
				pairs++;
				check_pair(r, pair_row(back, src, tgt), src, tgt);
			}
	}
	cr_assert_eq(back->n_rows, pairs);
}

static void mapping_roundtrip(const char *set, const char *source_framework, bool intuitem_source)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc ours, fw, back;
	const char *scs = export(reg, "frameworks/scs-2026.yaml", "scs.yaml", &fw);
	const char *source, *lib;

	xw_doc_clear(&fw);
	if (intuitem_source) {
		source = intuitem(source_framework);
	} else {
		source = export(reg, text_of("frameworks/%s", source_framework), "source.yaml", &fw);
		xw_doc_clear(&fw);
	}
	lib = export(reg, set, "set.yaml", &ours);
	must_read(reg, lib, text_of("ciso-assistant:framework=%s,framework=%s", source, scs),
		  XW_DOC_NONE, &back);
	cr_assert_eq(back.kind, XW_DOC_MAPPING);
	cr_assert_str_eq(back.mapping->id, ours.mapping->id);
	cr_assert_str_eq(back.mapping->source, ours.mapping->source);
	cr_assert_str_eq(back.mapping->target, "scs-2026");
	same_text(&back.mapping->title, &ours.mapping->title, "title", ours.mapping->id);
	same_pairs(ours.mapping, back.mapping);
	xw_doc_clear(&ours);
	xw_doc_clear(&back);
	xw_registry_free(reg);
}

/* intuitem ships ISO/IEC 27001:2022: the set names its nodes, so CISO Assistant's ISO audits attach. */
Test(roundtrip, iso_to_star_onto_intuitems_iso_library)
{
	mapping_roundtrip("mappings/iso27001-2022--scs-2026.yaml", "iso27001-2022.yaml", true);
}

Test(roundtrip, csf_to_star_onto_intuitems_csf_library)
{
	mapping_roundtrip("mappings/nist-csf-2.0--scs-2026.yaml", "nist-csf-2.0.yaml", true);
}

/* Gap rows and no-relationship rows; the source is our own library. */
Test(roundtrip, security_action_to_star)
{
	mapping_roundtrip("mappings/security-action--scs-2026.yaml", "security-action.yaml", false);
}

Test(roundtrip, jama_to_star_with_rows_of_several_targets)
{
	mapping_roundtrip("mappings/jama-japia-2.2--scs-2026.yaml", "jama-japia-2.2.yaml", false);
}

/* The canonical native YAML of framework @fw, malloc'd. */
static char *native_text(const struct xw_framework *fw)
{
	struct xw_buf b = XW_BUF_INIT;

	xw_native_write_framework(fw, &b);
	cr_assert(!b.failed && b.data);
	return b.data;
}

/* intuitem's library, read, written by us and read again: the same framework to the byte. */
static void intuitem_roundtrip(const char *name, const char *format)
{
	struct xw_registry *reg = plugin_registry(CA_PLUGIN);
	struct xw_doc first, again;
	const char *lib = scratch_at("again.yaml");
	char *a, *b;

	must_read(reg, intuitem(name), format, XW_DOC_FRAMEWORK, &first);
	must_write(reg, &first, lib);
	must_read(reg, lib, format, XW_DOC_FRAMEWORK, &again);
	a = native_text(first.framework);
	b = native_text(again.framework);
	cr_assert_str_eq(a, b);
	free(a);
	free(b);
	xw_doc_clear(&first);
	xw_doc_clear(&again);
	xw_registry_free(reg);
}

Test(roundtrip, intuitems_iso_library_through_our_writer)
{
	intuitem_roundtrip("iso27001-2022.yaml", "ciso-assistant:version=18");
}

Test(roundtrip, intuitems_csf_library_through_our_writer)
{
	intuitem_roundtrip("nist-csf-2.0.yaml", "ciso-assistant:version=6");
}
