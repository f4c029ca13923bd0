/* SPDX-License-Identifier: MIT */
#ifndef XWALK_CLI_H
#define XWALK_CLI_H

/* What every verb of the `xwalk` command shares. */

#include <stdbool.h>
#include <stdio.h>

#include "xwalk/catalog.h"
#include "xwalk/links.h"
#include "xwalk/report.h"
#include "xwalk/registry.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli {
	const char *plugin_dirs[16];
	size_t n_plugin_dirs;
	const char *official[16];       /* --official files laid over the catalog */
	size_t n_official;
	int lang;                       /* XW_LANG_JA or XW_LANG_EN */
	int format;                     /* enum xw_report_format; -1 with: */
	const char *format_plugin;      /* a plugin format, "NAME[:OPTIONS]" */
	const char *output;             /* --output FILE, or NULL for stdout */
	const char *verb;               /* the verb running */
	struct xw_registry *registry;   /* loaded on first use */
	struct xw_catalog *bundled;     /* indexed on first use, loaded as needed */
	struct xw_catalog *officials;   /* the --official files, as read */
	size_t errors;                  /* problems printed so far */
	bool out_of_memory;             /* one of them: no answer is given */
};

struct verb {
	const char *name;
	const char *brief;              /* one line, for 'xwalk --help' */
	const char *summary;
	const char *usage;              /* printed by --help */
	int (*run)(struct cli *cli, int argc, char **argv);
};

/* "xwalk: file:line:col: message" on stderr. */
void cli_print_error(const struct xw_error *e);
/* An xw_report_fn that prints and counts. */
void cli_report(void *cli, const struct xw_error *e);
/* Prints a usage error and returns EXIT_USAGE. */
int cli_usage(const struct verb *v, const char *fmt, ...)
	__attribute__((format(printf, 2, 3)));

/* Prints the verb's usage and summary to stdout; returns EXIT_OK. */
int cli_help(const struct verb *v);
/* The usage error for getopt's '?' and ':' results. */
int cli_bad_option(const struct verb *v, int c, char **argv);

/* Renders @r in the chosen --format to --output or stdout and frees it. */
int cli_emit(struct cli *cli, struct xw_report *r);
/* A bundled framework by id, or NULL after printing an error. */
const struct xw_framework *cli_framework(struct cli *cli, const char *id);
/* A profile of @fw by id (XW_NONE for NULL), or -2 after printing an error. */
long cli_profile(const struct xw_framework *fw, const char *id);
/* "iso-012: A.8.7 superset-of" — a link as evidence, read from its "from" side. */
void cli_link_text(const struct xw_link *k, char *buf, size_t size);

struct xw_coverage;
/* The profiles @it is in, as "star3 star4". */
void cli_levels(const struct xw_framework *fw, const struct xw_item *it,
		char *buf, size_t size);
/* Per leaf item of the covered framework (in @profile unless XW_NONE):
 * its status and the deciding row (kind "coverage"). */
void cli_coverage_section(struct xw_report *r, const struct xw_coverage *c,
			  long profile, int lang);
/* The coverage totals table: a section, then rows per profile of the
 * covered framework (defined ones, then all). */
void cli_totals_section(struct xw_report *r);
void cli_totals_rows(struct xw_report *r, const struct xw_coverage *c);

/* A reuse report's tables: the results used (kind "results"), reuse per
 * item with the workbook's ○/△/✖ mark (kind "checklist"), what is left
 * to do (kind "todo"), and a summary line per profile (kind "summary"). */
struct xw_gap;
struct xw_assessment;
/*
 * Reads @n assessment files into @docs (the caller clears the first
 * *@loaded of them) and @as, loads the frameworks they are on and the
 * mapping sets from those to @target, and adds the results a certificate
 * implies (xw_assessment_imply_mandatory). Returns 0, or -1 after
 * printing the error.
 */
int cli_read_assessments(struct cli *cli, const char *const *files, size_t n,
			 const struct xw_framework *target, struct xw_doc *docs,
			 const struct xw_assessment **as, size_t *loaded);
void cli_gap_sections(struct xw_report *r, const struct xw_gap *g,
		      const struct xw_assessment *const *as, size_t n,
		      long profile, int lang, const char *today);

/* Today's date in UTC as YYYY-MM-DD. */
void cli_today(char buf[11]);

/*
 * Reads an input file: a native file directly, anything else through the
 * plugins (which are loaded only then). @kind may be XW_DOC_NONE.
 */
int cli_read(struct cli *cli, const char *path, const char *format,
	     enum xw_doc_kind kind, struct xw_doc *out, struct xw_error *err);

/* Loads the plugins (once). Never fails: problems are kept in the registry. */
struct xw_registry *cli_registry(struct cli *cli);
/* The bundled catalog, indexed (once): files load as they are needed. */
struct xw_catalog *cli_bundled(struct cli *cli);
/* The bundled catalog with every file loaded (list, lint, check). */
struct xw_catalog *cli_all(struct cli *cli);
/* Loads the mapping sets between frameworks @a and @b. */
void cli_need_sets(struct cli *cli, const char *a, const char *b);

extern const struct verb verb_list, verb_show, verb_lint, verb_convert,
	verb_plugins, verb_coverage, verb_gap, verb_infer, verb_check, verb_compare,
	verb_level_advice, verb_review, verb_diff, verb_migrate, verb_report,
	verb_status;

#endif
