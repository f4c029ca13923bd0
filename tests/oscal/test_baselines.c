/* SPDX-License-Identifier: MIT */
/*
 * NIST's SP 800-53 5.1.1 baseline profiles (XW_SHARED_DATA) read as
 * profiles of the 5.0.1 catalog: LOW, MODERATE and HIGH become low ⊂
 * moderate ⊂ high by extends, PRIVACY stands alone, and each holds
 * exactly the items of NIST's own resolved-profile catalog of that
 * baseline. NIST publishes the profiles in XML only.
 */
#include "helpers.h"

TestSuite(baselines, .timeout = 120);

#define CATALOG(ext) "oscal/NIST_SP-800-53_rev5_catalog_5.0.1" ext
#define PROFILE(level) "oscal/NIST_SP-800-53_rev5_" level "-baseline_profile_5.1.1.xml"
#define RESOLVED(level) \
	"oscal/NIST_SP-800-53_rev5_" level "-baseline-resolved-profile_catalog_5.1.1.xml"

struct level {
	const char *name;             /* as in the file names */
	const char *id, *extends;
	size_t direct;                /* controls the profile selects */
	size_t controls, families;    /* with the parents they bring in */
};

/* PRIVACY selects 96 controls; 6 more (ac-3, au-3, pe-8, pm-5, sa-8,
 * sc-7) are parents of selected enhancements, as in the resolved file. */
static const struct level levels[] = {
	{ "LOW", "low", NULL, 149, 149, 18 },
	{ "MODERATE", "moderate", "low", 287, 287, 18 },
	{ "HIGH", "high", "moderate", 370, 370, 18 },
	{ "PRIVACY", "privacy", NULL, 96, 102, 16 },
};

#define N_LEVELS (sizeof(levels) / sizeof(levels[0]))

static const char *profile_path(size_t l)
{
	static const char *const paths[N_LEVELS] = {
		PROFILE("LOW"), PROFILE("MODERATE"), PROFILE("HIGH"), PROFILE("PRIVACY"),
	};

	return paths[l];
}

static const char *resolved_path(size_t l)
{
	static const char *const paths[N_LEVELS] = {
		RESOLVED("LOW"), RESOLVED("MODERATE"), RESOLVED("HIGH"), RESOLVED("PRIVACY"),
	};

	return paths[l];
}

/* The catalog @rel, then the four profiles in order, without a warning. */
static struct xw_framework *with_baselines(struct xw_registry *reg, const char *rel,
					   struct xw_doc *doc)
{
	char *path = shared(rel);
	struct xw_framework *fw = must_read(reg, path, doc);

	free(path);
	fflush(stderr);
	cr_redirect_stderr();
	for (size_t l = 0; l < N_LEVELS; l++) {
		path = shared(profile_path(l));
		must_read_profiles(reg, path, fw);
		free(path);
	}
	fflush(stderr);
	cr_expect_stderr_eq_str("", "no id of the 5.1.1 baselines is missing from 5.0.1");
	return fw;
}

static void expect_levels(const char *rel)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = with_baselines(reg, rel, &doc);

	cr_assert_eq(fw->n_profiles, N_LEVELS);
	cr_expect_eq(fw->n_items, 20 + 1189, "no item added");
	for (size_t l = 0; l < N_LEVELS; l++) {
		const struct level *lv = &levels[l];
		const struct xw_profile *p = fw->profiles[l];
		size_t controls = 0, families = 0;
		char title[128];

		cr_expect_str_eq(p->id, lv->id);
		cr_expect_str_eq(p->extends_id ? p->extends_id : "(none)",
				 lv->extends ? lv->extends : "(none)", "%s", lv->id);
		snprintf(title, sizeof(title), "NIST Special Publication 800-53 Revision 5.1.1 %s%s",
			 lv->name, l < 3 ? " IMPACT BASELINE" : " BASELINE");
		cr_expect_str_eq(en(&p->title), title);
		cr_expect_eq(p->assurance, XW_ASSURANCE_UNSET);
		cr_expect_eq(direct_members(fw, lv->id), lv->direct, "%s", lv->id);
		for (size_t i = 0; i < fw->n_items; i++) {
			const struct xw_item *it = fw->items[i];

			if (!xw_item_in_profile(it, l))
				continue;
			cr_expect(!it->withdrawn, "%s: %s is withdrawn", lv->id, it->id);
			controls += it->kind == XW_KIND_CONTROL;
			families += it->kind == XW_KIND_CATEGORY;
		}
		cr_expect_eq(controls, lv->controls, "%s", lv->id);
		cr_expect_eq(families, lv->families, "%s", lv->id);
	}
	/* AC-2(1) is a MODERATE control, so HIGH's too */
	cr_expect_eq(item(fw, "ac-2.1")->profile_ids.n, 2);
	cr_expect(!xw_item_in_profile(item(fw, "ac-2.1"), 0));
	cr_expect(xw_item_in_profile(item(fw, "ac-2.1"), 2));
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

Test(baselines, on_the_xml_catalog)
{
	expect_levels(CATALOG(".xml"));
}

Test(baselines, on_the_json_catalog)
{
	expect_levels(CATALOG(".json"));
}

/* Each profile holds what NIST's resolver made of it, item for item:
 * the resolved catalog's controls and families, all of them in 5.0.1. */
Test(baselines, same_items_as_resolved_catalogs)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	struct xw_doc doc;
	struct xw_framework *fw = with_baselines(reg, CATALOG(".xml"), &doc);

	for (size_t l = 0; l < N_LEVELS; l++) {
		char *path = shared(resolved_path(l));
		struct xw_doc rdoc;
		struct xw_framework *res = must_read(reg, path, &rdoc);
		size_t missing = 0, held = 0;

		for (size_t i = 0; i < res->n_items; i++)
			missing += xw_framework_find(fw, res->items[i]->id) == XW_NONE;
		cr_expect_eq(missing, 0, "%s: items not in 5.0.1", levels[l].id);
		for (size_t i = 0; i < fw->n_items; i++) {
			const struct xw_item *it = fw->items[i];
			bool in_resolved = xw_framework_find(res, it->id) != XW_NONE;

			cr_expect_eq(xw_item_in_profile(it, l), in_resolved, "%s: %s",
				     levels[l].id, it->id);
			held += in_resolved;
		}
		cr_expect_eq(held, res->n_items, "%s", levels[l].id);
		xw_doc_clear(&rdoc);
		free(path);
	}
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* Given HIGH first, nothing extends: only earlier profiles count. */
Test(baselines, other_order_no_extends)
{
	static const size_t order[] = { 2, 1, 0 };
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared(CATALOG(".xml"));
	struct xw_doc doc;
	struct xw_framework *fw = must_read(reg, path, &doc);

	free(path);
	for (size_t k = 0; k < 3; k++) {
		path = shared(profile_path(order[k]));
		must_read_profiles(reg, path, fw);
		free(path);
	}
	for (size_t p = 0; p < fw->n_profiles; p++)
		cr_expect_null(fw->profiles[p]->extends_id, "%s", fw->profiles[p]->id);
	cr_expect_eq(direct_members(fw, "low"), 149);
	xw_doc_clear(&doc);
	xw_registry_free(reg);
}

/* A baseline read onto another baseline's resolved catalog: the import
 * names the full catalog, and what LOW lacks is left out, each id with
 * its warning. */
Test(baselines, onto_a_resolved_catalog, .init = cr_redirect_stderr)
{
	struct xw_registry *reg = plugin_registry(OSCAL_PLUGIN);
	char *path = shared(RESOLVED("LOW"));
	struct xw_doc doc;
	struct xw_framework *fw = must_read(reg, path, &doc);
	char *prof = shared(PROFILE("MODERATE"));

	char line[1024];
	size_t unknown = 0, other = 0, lines = 0;
	FILE *err;

	must_read_profiles(reg, prof, fw);
	cr_expect_eq(direct_members(fw, "moderate"), 149);
	fflush(stderr);
	err = cr_get_redirected_stderr();
	while (fgets(line, sizeof(line), err)) {
		lines++;
		unknown += strstr(line, " is not in nist-sp800-53-r5-low; left out of "
				  "profile 'moderate'\n") != NULL;
		other += strstr(line, "warning: the import's catalog is 'NIST Special "
				"Publication 800-53 Revision 5: Security and Privacy Controls "
				"for Federal Information Systems and Organizations', not "
				"nist-sp800-53-r5-low;") != NULL;
	}
	cr_expect_eq(other, 1);
	cr_expect_eq(unknown, 287 - 149);
	cr_expect_eq(lines, 1 + 287 - 149);
	xw_doc_clear(&doc);
	free(prof);
	free(path);
	xw_registry_free(reg);
}
