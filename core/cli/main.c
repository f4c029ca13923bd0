/* SPDX-License-Identifier: MIT */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "config.h"
#include "cli.h"

static const struct verb *const verbs[] = {
	&verb_list, &verb_show, &verb_lint, &verb_convert, &verb_plugins,
	&verb_coverage, &verb_gap, &verb_infer, &verb_check, &verb_compare,
	&verb_level_advice, &verb_review, &verb_diff, &verb_migrate, &verb_report,
	&verb_status,
};

#define N_VERBS (sizeof(verbs) / sizeof(verbs[0]))

static void help(FILE *out)
{
	size_t width = 0;

	for (size_t i = 0; i < N_VERBS; i++)
		if (strlen(verbs[i]->name) > width)
			width = strlen(verbs[i]->name);
	fputs("usage: xwalk [--plugin-dir DIR]... [--official FILE]... [--lang ja|en]\n"
	      "             [--format text|csv|json|md|PLUGIN] [--output FILE] VERB [ARGS]\n"
	      "\n"
	      "Maps security frameworks onto the METI/IPA supply-chain security\n"
	      "evaluation scheme (SCS, levels ★3/★4/★5) and onto each other.\n"
	      "\n"
	      "Verbs:\n", out);
	for (size_t i = 0; i < N_VERBS; i++)
		fprintf(out, "  %-*s  %s\n", (int)width, verbs[i]->name, verbs[i]->brief);
	fputs("\n"
	      "Every verb has --help. Global options may stand anywhere.\n"
	      "--official FILE reads a publisher's official file through a plugin and\n"
	      "lays its official text over the bundled catalog of the same framework.\n"
	      "--format PLUGIN renders a verb's tables through a plugin that writes\n"
	      "reports (xlsx, html: see 'xwalk plugins'); --output FILE replaces FILE\n"
	      "atomically instead of writing to standard output.\n"
	      "Environment: XWALK_DATA_PATH (bundled data folders),\n"
	      "XWALK_PLUGIN_PATH (plugin folders), both colon-separated.\n"
	      "Exit status: 0 success, 1 failure, 2 usage error.\n", out);
}

static int default_lang(void)
{
	static const char *const vars[] = { "LC_ALL", "LC_MESSAGES", "LANG" };

	for (size_t i = 0; i < 3; i++) {
		const char *v = getenv(vars[i]);
		if (v && *v)
			return strncmp(v, "ja", 2) == 0 ? XW_LANG_JA : XW_LANG_EN;
	}
	return XW_LANG_EN;
}

/*
 * Takes the global options out of @argv wherever they stand (before the
 * first "--"), so `xwalk show X --lang en` works like `xwalk --lang en
 * show X`. Returns the new argc, or -1 after a usage error.
 */
static int take_globals(struct cli *cli, int argc, char **argv)
{
	static const char *const names[] = {
		"--plugin-dir", "--lang", "--format", "--official", "--output",
	};
	int out = 1, i;

	for (i = 1; i < argc; i++) {
		const char *a = argv[i], *val = NULL;
		size_t k = 0, len = 0;

		if (strcmp(a, "--") == 0)
			break;
		for (; k < sizeof(names) / sizeof(names[0]); k++) {
			len = strlen(names[k]);
			if (strncmp(a, names[k], len) == 0 && (a[len] == '=' || !a[len]))
				break;
		}
		if (k == sizeof(names) / sizeof(names[0])) {
			argv[out++] = argv[i];
			continue;
		}
		val = a[len] == '=' ? a + len + 1 : (i + 1 < argc ? argv[++i] : NULL);
		if (!val) {
			fprintf(stderr, "xwalk: option '%s' needs a value; see 'xwalk --help'\n", a);
			return -1;
		}
		switch (k) {
		case 0:
			if (cli->n_plugin_dirs < 16)
				cli->plugin_dirs[cli->n_plugin_dirs++] = val;
			break;
		case 1:
			cli->lang = xw_lang_parse(val);
			if (cli->lang == XW_LANG_NONE) {
				fprintf(stderr, "xwalk: --lang takes 'ja' or 'en', not '%s'; see 'xwalk --help'\n", val);
				return -1;
			}
			break;
		case 2:
			/* any other name is a plugin's, checked when there is output */
			cli->format = xw_report_format_parse(val);
			cli->format_plugin = cli->format < 0 ? val : NULL;
			break;
		case 3:
			if (cli->n_official == 16) {
				fprintf(stderr, "xwalk: at most 16 --official files\n");
				return -1;
			}
			cli->official[cli->n_official++] = val;
			break;
		default:
			cli->output = val;
		}
	}
	for (; i < argc; i++)
		argv[out++] = argv[i];
	argv[out] = NULL;
	return out;
}

int main(int argc, char **argv)
{
	struct cli cli = { .lang = default_lang() };
	const struct verb *verb = NULL;
	int rc;

	argc = take_globals(&cli, argc, argv);
	if (argc < 0)
		return EXIT_USAGE;
	if (argc < 2) {
		help(stderr);
		return EXIT_USAGE;
	}
	if (strcmp(argv[1], "--version") == 0 || strcmp(argv[1], "-V") == 0) {
		printf("xwalk %s (plugin ABI %d.%d)\n", XW_VERSION,
		       XW_PLUGIN_ABI_MAJOR, XW_PLUGIN_ABI_MINOR);
		return EXIT_OK;
	}
	if (strcmp(argv[1], "--help") == 0 || strcmp(argv[1], "-h") == 0 ||
	    strcmp(argv[1], "help") == 0) {
		help(stdout);
		return EXIT_OK;
	}
	for (size_t i = 0; i < N_VERBS; i++)
		if (strcmp(argv[1], verbs[i]->name) == 0)
			verb = verbs[i];
	if (!verb) {
		fprintf(stderr, "xwalk: unknown %s '%s'; see 'xwalk --help'\n",
			argv[1][0] == '-' ? "option" : "verb", argv[1]);
		return EXIT_USAGE;
	}
	cli.verb = verb->name;
	rc = verb->run(&cli, argc - 1, argv + 1);
	/* a verb that went on past an error it printed (a bundled file that
	 * did not load) answered from less than it should have */
	if (rc == EXIT_OK && cli.errors)
		rc = EXIT_FAIL;
	xw_catalog_free(cli.bundled);
	xw_catalog_free(cli.officials);
	xw_registry_free(cli.registry);
	return rc;
}
