/* SPDX-License-Identifier: MIT */
#ifndef XWALK_CLI_H
#define XWALK_CLI_H

/* What every verb of the `xwalk` command shares. */

#include <stdio.h>

#include "xwalk/catalog.h"
#include "xwalk/registry.h"

enum { EXIT_OK = 0, EXIT_FAIL = 1, EXIT_USAGE = 2 };

struct cli {
	const char *plugin_dirs[16];
	size_t n_plugin_dirs;
	int lang;                       /* XW_LANG_JA or XW_LANG_EN */
	struct xw_registry *registry;   /* loaded on first use */
	struct xw_catalog *bundled;     /* loaded on first use */
	size_t errors;                  /* problems printed so far */
};

struct verb {
	const char *name;
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

/* Loads the plugins (once). Never fails: problems are kept in the registry. */
struct xw_registry *cli_registry(struct cli *cli);
/* Loads the bundled catalog (once); NULL when it cannot be loaded. */
struct xw_catalog *cli_bundled(struct cli *cli);

extern const struct verb verb_list, verb_show, verb_lint, verb_convert,
	verb_plugins;

#endif
