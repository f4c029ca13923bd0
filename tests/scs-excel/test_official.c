/* SPDX-License-Identifier: MIT */
/*
 * The reconstruction of IPA's workbook (XW_SHARED_DATA) read as the
 * scs-2026 catalog with official text: its counts and levels, its text
 * kept to the byte, and the same ids, parents, kinds, profiles and
 * metadata as the bundled frameworks/scs-2026.yaml, so that the one
 * lays over the other.
 */
#include "helpers.h"
#include "xwalk/enrich.h"

static struct xw_registry *reg;
static struct xw_doc official, bundled;

static void load(void)
{
	char *path = shared_path("scs-20260327-reconstructed.xlsx");
	char *yaml = src_path("frameworks/scs-2026.yaml");
	struct xw_error e;

	reg = plugin_registry(SCS_PLUGIN);
	must_read(reg, path, XW_DOC_FRAMEWORK, &official);
	xw_error_clear(&e);
	cr_assert_eq(xw_native_load(yaml, &bundled, &e), 0, "%s", e.message);
	free(path);
	free(yaml);
}

static void unload(void)
{
	xw_doc_clear(&official);
	xw_doc_clear(&bundled);
	xw_registry_free(reg);
}

TestSuite(official, .init = load, .fini = unload);

static size_t count(const struct xw_framework *fw, enum xw_item_kind k, size_t profile)
{
	size_t n = 0;

	for (size_t i = 0; i < fw->n_items; i++)
		if (fw->items[i]->kind == k &&
		    (profile == XW_NONE || xw_item_in_profile(fw->items[i], profile)))
			n++;
	return n;
}

Test(official, counts)
{
	const struct xw_framework *fw = official.framework;

	cr_assert_eq(count(fw, XW_KIND_CATEGORY, XW_NONE), 7);
	cr_assert_eq(count(fw, XW_KIND_SUBCATEGORY, XW_NONE), 16);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, XW_NONE), 43);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, XW_NONE), 153);
	cr_assert_eq(fw->n_items, 7 + 16 + 43 + 153);
}

Test(official, levels)
{
	const struct xw_framework *fw = official.framework;
	size_t s3 = xw_framework_profile(fw, "star3"), s4 = xw_framework_profile(fw, "star4");
	size_t s5 = xw_framework_profile(fw, "star5");

	cr_assert_neq(s3, XW_NONE);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, s3), 26);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, s3), 81);
	cr_assert_eq(count(fw, XW_KIND_REQUIREMENT, s4), 43);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, s4), 153);
	cr_assert_not(fw->profiles[s5]->defined);
	cr_assert_eq(count(fw, XW_KIND_CRITERION, s5), 0);
}

static void same_ltext(const struct xw_ltext *a, const struct xw_ltext *b, const char *what)
{
	for (int l = 0; l < XW_LANG_COUNT; l++)
		cr_assert_str_eq(a->s[l] ? a->s[l] : "", b->s[l] ? b->s[l] : "", "%s", what);
}

Test(official, metadata_as_bundled)
{
	const struct xw_framework *o = official.framework, *b = bundled.framework;

	cr_assert_str_eq(o->id, b->id);
	cr_assert_str_eq(o->version, b->version);
	cr_assert_str_eq(o->publisher, b->publisher);
	cr_assert_str_eq(o->date, b->date);
	cr_assert_str_eq(o->source, b->source);
	cr_assert_str_eq(o->licence, b->licence);
	cr_assert_str_eq(o->id_pattern, b->id_pattern);
	same_ltext(&o->name, &b->name, "name");
	cr_assert_eq(o->n_profiles, b->n_profiles);
	for (size_t p = 0; p < b->n_profiles; p++) {
		const struct xw_profile *x = o->profiles[p], *y = b->profiles[p];

		cr_assert_str_eq(x->id, y->id);
		cr_assert_eq(x->extends, y->extends, "%s", x->id);
		cr_assert_eq(x->assurance, y->assurance, "%s", x->id);
		cr_assert_eq(x->defined, y->defined, "%s", x->id);
		same_ltext(&x->title, &y->title, x->id);
	}
}

static const char *or_dash(const char *s)
{
	return s ? s : "-";
}

Test(official, items_as_bundled)
{
	const struct xw_framework *o = official.framework, *b = bundled.framework;

	cr_assert_eq(o->n_items, b->n_items);
	for (size_t i = 0; i < b->n_items; i++) {
		const struct xw_item *x = o->items[i], *y = b->items[i];
		const char *csf = xw_props_get(&y->props, "csf-function");

		cr_assert_str_eq(x->id, y->id, "item %zu", i);
		cr_assert_str_eq(or_dash(x->parent_id), or_dash(y->parent_id), "%s", x->id);
		cr_assert_eq(x->kind, y->kind, "%s", x->id);
		cr_assert_eq(x->profiles, y->profiles, "%s", x->id);
		cr_assert_eq(x->profile_ids.n, y->profile_ids.n, "%s", x->id);
		for (size_t k = 0; k < y->profile_ids.n; k++)
			cr_assert_str_eq(x->profile_ids.v[k], y->profile_ids.v[k], "%s", x->id);
		cr_assert_str_eq(or_dash(xw_props_get(&x->props, "csf-function")),
				 or_dash(csf), "%s", x->id);
		/* the bundled catalog already has IPA's short titles above the criteria */
		if (x->kind != XW_KIND_CRITERION)
			cr_assert_str_eq(ja_title(x), ja_title(y), "%s", x->id);
	}
}

Test(official, official_text)
{
	const struct xw_framework *fw = official.framework;

	for (size_t i = 0; i < fw->n_items; i++) {
		const struct xw_item *it = fw->items[i];

		cr_assert_eq(it->authoritative, XW_LANG_JA, "%s", it->id);
		cr_assert_null(it->title.s[XW_LANG_EN], "%s", it->id);
		cr_assert_null(it->text.s[XW_LANG_EN], "%s", it->id);
		if (it->kind == XW_KIND_CRITERION) {
			cr_assert_null(it->title.s[XW_LANG_JA], "%s: no short title in the workbook", it->id);
			cr_assert(*ja_text(it), "%s", it->id);
		} else {
			cr_assert(*ja_title(it), "%s", it->id);
		}
		cr_assert_eq(it->kind == XW_KIND_REQUIREMENT || it->kind == XW_KIND_CRITERION,
			     it->text.s[XW_LANG_JA] != NULL, "%s", it->id);
	}
	cr_assert_str_eq(ja_title(item(fw, "1-2-1")), "セキュリティ推進活動部門");
	cr_assert_str_eq(ja_title(item(fw, "1")), "ガバナンスの整備");
}

static int ends_with(const char *s, const char *end)
{
	size_t n = strlen(s), m = strlen(end);

	return n >= m && strcmp(s + n - m, end) == 0;
}

/* The facts the fixture's README lists about its text, which no trimming may change. */
Test(official, text_kept_to_the_byte)
{
	static const char *const end_nl[] = {
		"1-2-3-3", "2-1-1-3", "4-1-9-1", "4-4-5-1", "4-5-1-2", "4-5-1-6", "6-1-1-1",
	};
	const struct xw_framework *fw = official.framework;
	size_t with_nl = 0, ending_nl = 0, bullet = 0;

	for (size_t i = 0; i < fw->n_items; i++) {
		const char *t = ja_text(fw->items[i]);

		if (fw->items[i]->kind != XW_KIND_CRITERION)
			continue;
		with_nl += strchr(t, '\n') != NULL;
		ending_nl += ends_with(t, "\n");
		bullet += strncmp(t, "・", strlen("・")) == 0;
	}
	cr_assert_eq(with_nl, 32);
	cr_assert_eq(ending_nl, 7);
	for (size_t i = 0; i < sizeof(end_nl) / sizeof(end_nl[0]); i++)
		cr_assert(ends_with(ja_text(item(fw, end_nl[i])), "\n"), "%s", end_nl[i]);
	cr_assert(ends_with(ja_text(item(fw, "4-1-8-1")), " "));
	cr_assert(strstr(ja_text(item(fw, "2-1-3-1")), " \n"));
	cr_assert(strstr(ja_text(item(fw, "4-4-4-2")), " \n"));
	cr_assert(ends_with(ja_text(item(fw, "1-3-1")), "\xE3\x80\x80"));  /* U+3000 */
	cr_assert(ends_with(ja_text(item(fw, "3-1-1")), "\xE3\x80\x80"));
	cr_assert_eq(bullet, 150);
	cr_assert(strncmp(ja_text(item(fw, "3-1-3-1")), "・", 3) != 0);
	cr_assert(strncmp(ja_text(item(fw, "4-1-1-4")), "・", 3) != 0);
	cr_assert(strncmp(ja_text(item(fw, "4-1-5-5")), "・", 3) != 0);
}

Test(official, lays_over_the_bundled_catalog)
{
	struct xw_framework *b = bundled.framework;
	const struct xw_item *before = item(b, "1-2-1-1");
	char *summary = strdup(ja_title(before));
	struct xw_enrich_stats st;
	struct xw_error e;

	xw_error_clear(&e);
	cr_assert_eq(xw_framework_enrich(b, official.framework, &st, &e), 0, "%s", e.message);
	cr_assert_eq(st.enriched, 219);
	cr_assert_eq(st.only_official, 0);
	cr_assert_eq(st.only_bundled, 0);
	/* the criterion gets IPA's text and keeps our summary as its title */
	cr_assert_str_eq(ja_text(item(b, "1-2-1-1")), ja_text(item(official.framework, "1-2-1-1")));
	cr_assert_str_eq(ja_title(item(b, "1-2-1-1")), summary);
	cr_assert_eq(item(b, "1-2-1-1")->authoritative, XW_LANG_JA);
	free(summary);
}

/* A filled-in copy holds the same catalog; read by content, it is read as one. */
Test(official, working_copy_is_the_same_catalog)
{
	char *path = shared_path("scs-20260327-selfassessment-sample.xlsx");
	struct xw_doc doc;

	must_read(reg, path, XW_DOC_FRAMEWORK, &doc);
	cr_assert_eq(doc.framework->n_items, official.framework->n_items);
	for (size_t i = 0; i < doc.framework->n_items; i++)
		cr_assert_eq(xw_item_hash(doc.framework->items[i]),
			     xw_item_hash(official.framework->items[i]));
	xw_doc_clear(&doc);
	must_read(reg, path, XW_DOC_NONE, &doc);
	cr_assert_eq(doc.kind, XW_DOC_FRAMEWORK);
	xw_doc_clear(&doc);
	free(path);
}
