/* SPDX-License-Identifier: MIT */
#include <getopt.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>
#include <time.h>
#include <unistd.h>

#include "xwalk/coverage.h"
#include "xwalk/enrich.h"
#include "xwalk/io.h"
#include "cli.h"

void cli_print_error(const struct xw_error *e)
{
	char msg[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32];

	xw_error_format(e, msg, sizeof(msg));
	fprintf(stderr, "xwalk: %s\n", msg);
}

void cli_report(void *ctx, const struct xw_error *e)
{
	struct cli *cli = ctx;

	cli_print_error(e);
	cli->errors++;
	cli->out_of_memory |= e->code == XW_ENOMEM;
}

int cli_usage(const struct verb *v, const char *fmt, ...)
{
	va_list ap;

	fputs("xwalk: ", stderr);
	va_start(ap, fmt);
	vfprintf(stderr, fmt, ap);
	va_end(ap);
	fprintf(stderr, "\nusage: %s\nTry 'xwalk %s --help'.\n", v->usage, v->name);
	return EXIT_USAGE;
}

int cli_help(const struct verb *v)
{
	printf("usage: %s\n\n%s\n", v->usage, v->summary);
	return EXIT_OK;
}

int cli_bad_option(const struct verb *v, int c, char **argv)
{
	if (c == ':')
		return cli_usage(v, "option '%s' needs a value", argv[optind - 1]);
	return cli_usage(v, "unknown option '%s'", argv[optind - 1]);
}

/*
 * A broken plugin does not stop the others; say so, once, when it is met.
 * Running out of memory while loading them is an error, not a warning:
 * any plugin may be missing.
 */
static void warn_plugin(void *ctx, const struct xw_error *e)
{
	char msg[XW_ERROR_FILE_MAX + XW_ERROR_MSG_MAX + 32];

	if (e->code == XW_ENOMEM) {
		cli_report(ctx, e);
		return;
	}
	xw_error_format(e, msg, sizeof(msg));
	fprintf(stderr, "xwalk: warning: %s\n", msg);
}

struct xw_registry *cli_registry(struct cli *cli)
{
	struct xw_error e;

	if (cli->registry)
		return cli->registry;
	if (xw_registry_new(&cli->registry, &e) < 0) {
		cli_report(cli, &e);
		return NULL;
	}
	cli->registry->on_problem = warn_plugin;
	cli->registry->on_problem_ctx = cli;
	xw_registry_load_default(cli->registry, cli->plugin_dirs,
				 cli->n_plugin_dirs);
	return cli->registry;
}

/* Lays official text over a bundled framework as it loads (the hook). */
static void enrich(void *ctx, struct xw_framework *fw)
{
	struct cli *cli = ctx;
	struct xw_enrich_stats st;
	struct xw_error e;

	for (size_t i = 0; cli->officials && i < cli->officials->n_docs; i++) {
		const struct xw_framework *o = cli->officials->docs[i].framework;

		if (strcmp(o->id, fw->id) != 0)
			continue;
		if (xw_framework_enrich(fw, o, &st, &e) < 0) {
			cli_report(cli, &e);
			continue;
		}
		fprintf(stderr, "xwalk: %s: official text for %zu items of %s", o->path,
			st.enriched, fw->id);
		if (st.only_official)
			fprintf(stderr, "; %zu items not in the catalog (first %s)",
				st.only_official, st.first_only_official);
		if (st.only_bundled)
			fprintf(stderr, "; %zu catalog items not in the file (first %s)",
				st.only_bundled, st.first_only_bundled);
		fputc('\n', stderr);
	}
}

static bool bundled_has(const struct xw_catalog *cat, const char *id)
{
	for (size_t i = 0; i < cat->n_stubs; i++)
		if (cat->stubs[i].kind == XW_DOC_FRAMEWORK && cat->stubs[i].id &&
		    !strcmp(cat->stubs[i].id, id))
			return true;
	return false;
}

/*
 * The --official files are read once. One whose framework is bundled
 * enriches it when it loads; any other joins the catalog on its own.
 */
static void read_officials(struct cli *cli)
{
	struct xw_error e;

	if (!cli->n_official || xw_catalog_new(&cli->officials, &e) < 0)
		return;
	for (size_t i = 0; i < cli->n_official; i++) {
		struct xw_doc doc;

		xw_error_clear(&e);
		if (xw_registry_read(cli_registry(cli), cli->official[i], NULL,
				     XW_DOC_FRAMEWORK, &doc, &e) < 0) {
			cli_report(cli, &e);
			continue;
		}
		if (xw_catalog_add(bundled_has(cli->bundled, doc.framework->id)
					   ? cli->officials : cli->bundled,
				   &doc, &e) < 0)
			cli_report(cli, &e);
		xw_doc_clear(&doc);
	}
}

struct xw_catalog *cli_bundled(struct cli *cli)
{
	struct xw_error e;

	if (cli->bundled)
		return cli->bundled;
	if (xw_catalog_new(&cli->bundled, &e) < 0) {
		cli_report(cli, &e);
		return NULL;
	}
	cli->bundled->on_framework = enrich;
	xw_catalog_index_bundled(cli->bundled, cli_report, cli);
	read_officials(cli);
	return cli->bundled;
}

struct xw_catalog *cli_all(struct cli *cli)
{
	struct xw_catalog *cat = cli_bundled(cli);

	if (cat)
		xw_catalog_need_all(cat);
	return cat;
}

void cli_need_sets(struct cli *cli, const char *a, const char *b)
{
	struct xw_catalog *cat = cli_bundled(cli);

	if (cat)
		xw_catalog_need_sets(cat, a, b);
}

/*
 * Whether an answer may be given: not one built after running out of
 * memory, which may lack anything; one built past other errors (printed
 * above) is shown, but replaces no file.
 */
static bool may_answer(struct cli *cli)
{
	if (cli->output && cli->errors && !cli->out_of_memory)
		fprintf(stderr, "xwalk: %s: not written, after the errors above\n", cli->output);
	return !cli->out_of_memory && !(cli->output && cli->errors);
}

int cli_emit(struct cli *cli, struct xw_report *r)
{
	struct xw_buf out = XW_BUF_INIT;
	struct xw_error e;
	int rc;

	xw_error_clear(&e);
	/* what every writer may rely on, whichever verb made the report */
	if (!xw_report_meta_get(r, "verb"))
		xw_report_meta(r, "verb", cli->verb);
	if (!xw_report_meta_get(r, "lang"))
		xw_report_meta(r, "lang", cli->lang == XW_LANG_JA ? "ja" : "en");
	if (!cli->format_plugin)
		rc = xw_report_render(r, (enum xw_report_format)cli->format, &out, &e);
	else
		rc = xw_registry_render_report(cli_registry(cli), r, cli->format_plugin,
					       cli->output, &out, &e);
	if (rc == 0 && cli->format_plugin && !cli->output && isatty(STDOUT_FILENO))
		rc = xw_error_set(&e, XW_EUSAGE, NULL, 0, 0,
				  "--format %s writes a file, not a terminal; add --output FILE",
				  cli->format_plugin);
	if (rc < 0) {
		cli_print_error(&e);
	} else if (!may_answer(cli)) {
		/* asked after rendering: a plugin is loaded when first needed */
		rc = -1;
	} else if (cli->output) {
		rc = xw_file_write_atomic(cli->output, out.data ? out.data : "", out.len, &e);
		if (rc < 0)
			cli_print_error(&e);
	} else {
		fwrite(out.data ? out.data : "", 1, out.len, stdout);
	}
	xw_buf_reset(&out);
	xw_report_clear(r);
	return rc == 0 ? EXIT_OK : EXIT_FAIL;
}

const struct xw_framework *cli_framework(struct cli *cli, const char *id)
{
	struct xw_catalog *cat = cli_bundled(cli);
	const struct xw_framework *fw;

	if (cat)
		xw_catalog_need_framework(cat, id);
	fw = cat ? xw_catalog_framework(cat, id) : NULL;

	if (!fw)
		fprintf(stderr, "xwalk: no framework '%s'; see 'xwalk list'\n", id);
	return fw;
}

long cli_profile(const struct xw_framework *fw, const char *id)
{
	size_t p;

	if (!id)
		return (long)XW_NONE;
	p = xw_framework_profile(fw, id);
	if (p == XW_NONE) {
		fprintf(stderr, "xwalk: %s has no profile '%s'\n", fw->id, id);
		return -2;
	}
	return (long)p;
}

void cli_link_text(const struct xw_link *k, char *buf, size_t size)
{
	enum xw_relationship r = k->row->relationship;
	size_t len;

	/* a reversed row reads from its targets: subset and superset swap */
	if (k->reversed && r == XW_REL_SUBSET)
		r = XW_REL_SUPERSET;
	else if (k->reversed && r == XW_REL_SUPERSET)
		r = XW_REL_SUBSET;
	len = (size_t)snprintf(buf, size, "%s:", k->row->id);
	if (!k->from->n && len < size)
		len += (size_t)snprintf(buf + len, size - len, " (nothing)");
	for (size_t i = 0; i < k->from->n && len < size; i++)
		len += (size_t)snprintf(buf + len, size - len, "%s%s", i ? "+" : " ",
					k->from->v[i]);
	if (len < size)
		snprintf(buf + len, size - len, " %s", xw_relationship_name(r));
}

/* The profiles an item is in, as "star3 star4". */
void cli_levels(const struct xw_framework *fw, const struct xw_item *it,
		   char *buf, size_t size)
{
	size_t len = 0;

	buf[0] = '\0';
	for (size_t p = 0; p < fw->n_profiles && len < size; p++)
		if (xw_item_in_profile(it, p))
			len += (size_t)snprintf(buf + len, size - len, "%s%s",
						len ? " " : "", fw->profiles[p]->id);
}

void cli_coverage_section(struct xw_report *r, const struct xw_coverage *c,
			  long profile, int lang)
{
	const struct xw_framework *to = c->links.to, *from = c->links.from;
	char title[512];

	snprintf(title, sizeof(title), "Coverage of %s by %s", to->id, from->id);
	xw_report_section(r, title, (const char *const[]){
		"ITEM", "PROFILES", "STATUS", "BY", "TITLE", NULL });
	xw_report_kind(r, "coverage");
	for (size_t i = 0; i < to->n_items; i++) {
		const struct xw_item *it = to->items[i];
		char lv[128], by[512] = "";

		if (!xw_item_is_leaf(to, i) || it->withdrawn ||
		    (profile != (long)XW_NONE && !xw_item_in_profile(it, (size_t)profile)))
			continue;
		cli_levels(to, it, lv, sizeof(lv));
		if (c->why[i])
			cli_link_text(c->why[i], by, sizeof(by));
		xw_report_row(r, (const char *const[]){
			it->id, lv, xw_cover_name(c->status[i]), by,
			xw_ltext_get(&it->title, lang) });
	}
}

void cli_totals_section(struct xw_report *r)
{
	xw_report_section(r, "Totals (leaf items)", (const char *const[]){
		"FRAMEWORK", "BY", "PROFILE", "ITEMS", "COVERED", "PARTLY",
		"NOT COVERED", "UNKNOWN", NULL });
	xw_report_kind(r, "totals");
}

static void totals_row(struct xw_report *r, const struct xw_coverage *c,
		       size_t profile)
{
	const struct xw_framework *to = c->links.to;
	struct xw_coverage_totals t;
	char n[5][32];

	xw_coverage_totals(c, profile, &t);
	snprintf(n[0], 32, "%zu", t.total);
	snprintf(n[1], 32, "%zu", t.n[XW_COVER_FULL]);
	snprintf(n[2], 32, "%zu", t.n[XW_COVER_PARTLY]);
	snprintf(n[3], 32, "%zu", t.n[XW_COVER_NONE]);
	snprintf(n[4], 32, "%zu", t.n[XW_COVER_UNKNOWN]);
	xw_report_row(r, (const char *const[]){
		to->id, c->links.from->id,
		profile == XW_NONE ? "(all)" : to->profiles[profile]->id,
		n[0], n[1], n[2], n[3], n[4] });
}

void cli_totals_rows(struct xw_report *r, const struct xw_coverage *c)
{
	const struct xw_framework *to = c->links.to;

	for (size_t p = 0; p < to->n_profiles; p++)
		if (to->profiles[p]->defined)
			totals_row(r, c, p);
	totals_row(r, c, XW_NONE);
}

void cli_today(char buf[11])
{
	time_t now = time(NULL);
	struct tm tm;

	gmtime_r(&now, &tm);
	strftime(buf, 11, "%Y-%m-%d", &tm);
}

int cli_read(struct cli *cli, const char *path, const char *format,
	     enum xw_doc_kind kind, struct xw_doc *out, struct xw_error *err)
{
	struct xw_registry *reg = NULL;
	char head[64];
	FILE *f;
	size_t n = 0;

	/* a native file needs no plugin: do not load them for it */
	if (!format && (f = fopen(path, "rb"))) {
		n = fread(head, 1, sizeof(head), f);
		fclose(f);
	}
	if ((format && strcmp(format, "native") != 0) || !xw_native_probe(head, n))
		reg = cli_registry(cli);
	if (!reg && xw_registry_new(&reg, err) < 0)
		return err->code;
	n = (size_t)xw_registry_read(reg, path, format, kind, out, err);
	if (reg != cli->registry)
		xw_registry_free(reg);
	return (int)n;
}
